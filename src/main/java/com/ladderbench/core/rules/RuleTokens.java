package com.ladderbench.core.rules;

/**
 * Where a rule's problem sits in its text: problems name the 1-based column of the offending
 * token ({@code col 14: unknown identifier 'rsi14'}); this gives the whole token there, so an
 * editor can select exactly what is wrong.
 */
public final class RuleTokens {
    private RuleTokens() {
    }

    /** Characters {@code [start, end)} of the rule text (0-based). */
    public record Span(int start, int end) {
    }

    /**
     * The token at a 1-based {@code column}; a column past the end (an expression that stops
     * too early) is the empty span at the end.
     */
    public static Span at(String rule, int column) {
        int start = Math.max(0, Math.min(rule.length(), column - 1));
        return new Span(start, start + Lexer.tokenLength(rule, start));
    }
}
