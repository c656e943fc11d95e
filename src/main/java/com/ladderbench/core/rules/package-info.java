/**
 * The rule language of SPEC §3: parse ({@link com.ladderbench.core.rules.RuleParser}), validate
 * ({@link com.ladderbench.core.rules.RuleChecker}), compile once per run
 * ({@link com.ladderbench.core.rules.RuleCompiler}) and evaluate per bar without allocating
 * ({@link com.ladderbench.core.rules.CompiledRule#evaluate}).
 *
 * <p>Decisions the spec leaves open:
 * <ul>
 * <li>Three values: a NaN series value, a lag before the start, an index map entry of -1, or a bar
 *     outside the arrays is <em>missing</em>; any comparison with a missing operand is MISSING, and
 *     and/or/not follow Kleene logic. <em>none</em> (the literal, division by zero, or any other NaN
 *     arithmetic produces from present values) makes a comparison FALSE, even {@code !=}; missing beats none.</li>
 * <li>{@code x between a and b} is a single comparison of three operands (inclusive), so one missing
 *     operand makes it MISSING even when another is none. Chains {@code a < b < c} are Kleene
 *     {@code a < b and b < c}, with {@code b} written once.</li>
 * <li>{@code unrealized_pnl_pct} that the engine leaves NaN (flat) reads as none, not missing, so flat
 *     bars do not raise missing_indicator events.</li>
 * <li>Conditions compare with {@code ==}/{@code !=} to conditions; {@code cond == none} is FALSE.
 *     {@code position} compares only with 'flat', 'long' or 'short'.</li>
 * <li>Limits: 100,000 characters, 200 levels of nesting (parentheses, not, unary minus), lags up to
 *     1,000,000 bars. Chains of one operator are n-ary nodes, so long flat rules never recurse deeply.</li>
 * </ul>
 */
package com.ladderbench.core.rules;
