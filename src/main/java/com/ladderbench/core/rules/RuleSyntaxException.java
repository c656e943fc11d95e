package com.ladderbench.core.rules;

/**
 * A rule that cannot be used: a syntax error, or (from {@link RuleCompiler}) the first semantic error.
 * Carries the 1-based column of the offending token so callers can point at it.
 */
public final class RuleSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int column;
    private final String reason;

    public RuleSyntaxException(int column, String reason) {
        super("col " + column + ": " + reason);
        this.column = column;
        this.reason = reason;
    }

    /** 1-based column of the offending token; one past the end for "unexpected end of rule". */
    public int column() { return column; }

    /** The message without the column prefix. */
    public String reason() { return reason; }
}
