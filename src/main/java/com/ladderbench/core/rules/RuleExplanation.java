package com.ladderbench.core.rules;

import java.util.List;

/**
 * Why a rule had its value at one bar: the rule as written, its result, the value of every
 * identifier it reads, and, for a false rule, the smallest sub-expressions that made it false.
 * {@code rendered} is the rule printed as segments, so a reader can show each identifier's value
 * beside it and highlight the deciding parts.
 *
 * @param result {@link RuleResult#FALSE}, {@link RuleResult#TRUE} or {@link RuleResult#MISSING}
 * @param deciding for a false rule the false sub-expressions that decide it; for a missing rule
 *     the comparisons that are missing; empty for a true rule
 */
public record RuleExplanation(String source, int result, List<Reading> readings, List<String> deciding,
        List<Segment> rendered) {

    public RuleExplanation {
        readings = List.copyOf(readings);
        deciding = List.copyOf(deciding);
        rendered = List.copyOf(rendered);
    }

    /**
     * One identifier as the rule reads it ({@code rsi_14}, {@code close[1]}, {@code position}).
     *
     * @param value its number; NaN when it has none or is missing
     * @param text a non-numeric value ({@code long}, {@code true}), else null
     */
    public record Reading(String name, double value, boolean missing, String text) {
    }

    /**
     * A piece of the printed rule.
     *
     * @param reading the identifier this segment names, else null
     * @param deciding whether the segment belongs to a deciding sub-expression
     */
    public record Segment(String text, Reading reading, boolean deciding) {
    }
}
