package com.ladderbench.core.plan;

import java.util.List;

/**
 * Checks one rule expression's source text (SPEC §3) without running it. Injected so that plan
 * loading does not depend on the rule language's implementation.
 */
@FunctionalInterface
public interface ExpressionChecker {

    /** Every problem in {@code source}, in source order; empty when the expression is valid. */
    List<ExpressionError> check(String source);

    /**
     * One problem in an expression.
     *
     * @param column 1-based column of the offending token within the expression text
     * @param message what is wrong, e.g. {@code unknown identifier 'rsi14'}
     */
    record ExpressionError(int column, String message) {
    }

    /** Accepts every expression: for callers that check rules elsewhere, and for tests. */
    ExpressionChecker NONE = s -> List.of();
}
