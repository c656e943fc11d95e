/**
 * Loading and validating strategy plans (SPEC §2.1) and run configurations (SPEC §2.3).
 *
 * <p>Inputs are read into a JSON tree and walked by hand, tracking the JSON path, so that every
 * problem in a document is reported at once, in document order, at its path
 * ({@code triggers[3].exit_fraction: must be > 0 and <= 1, got 1.5}). Documents are never bound
 * into classes. Syntax errors are a single problem at {@code line L, col C}. Rule expressions are
 * checked by an injected {@link com.ladderbench.core.plan.ExpressionChecker}.
 */
package com.ladderbench.core.plan;
