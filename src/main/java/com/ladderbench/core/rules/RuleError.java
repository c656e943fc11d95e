package com.ladderbench.core.rules;

/** One problem in a rule, at a 1-based column. */
public record RuleError(int column, String message) {

    /** {@code "col 14: unknown identifier 'rsi14' (did you mean 'rsi_14'?)"} */
    public String render() {
        return "col " + column + ": " + message;
    }
}
