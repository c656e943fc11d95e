package com.ladderbench.core.rules;

/** Position state a rule can read; values come from the engine's {@link EvalContext}. */
public enum PositionField {
    POSITION("position"),
    IS_FLAT("is_flat"),
    IS_LONG("is_long"),
    IS_SHORT("is_short"),
    BARS_IN_POSITION("bars_in_position"),
    UNREALIZED_PNL_PCT("unrealized_pnl_pct");

    private final String ruleName;

    PositionField(String ruleName) {
        this.ruleName = ruleName;
    }

    /** The identifier as written in rules. */
    public String ruleName() { return ruleName; }
}
