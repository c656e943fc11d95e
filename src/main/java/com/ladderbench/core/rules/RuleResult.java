package com.ladderbench.core.rules;

/** The three outcomes of a rule, as ints so evaluation never boxes. */
public final class RuleResult {
    public static final int FALSE = 0, TRUE = 1, MISSING = 2;

    private RuleResult() {}

    /** "false" / "true" / "missing", for logs and messages. */
    public static String name(int result) {
        switch (result) {
            case FALSE: return "false";
            case TRUE: return "true";
            case MISSING: return "missing";
            default: throw new IllegalArgumentException("not a rule result: " + result);
        }
    }
}
