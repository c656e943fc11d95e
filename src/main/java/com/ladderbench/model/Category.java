package com.ladderbench.model;

import java.util.Optional;

/**
 * Trigger categories. The last three form the de-risk ladder; they are exit-only and
 * resolve by {@link #tier()} (lower wins).
 */
public enum Category {
    TREND_CONTINUATION("trend_continuation"),
    REVERSAL("reversal"),
    VOLATILITY_BREAKOUT("volatility_breakout"),
    MEAN_REVERSION("mean_reversion"),
    OTHER("other"),
    RISK_REDUCE("risk_reduce"),
    RISK_OFF("risk_off"),
    EMERGENCY_EXIT("emergency_exit");

    private final String wire;

    Category(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    /** risk_reduce, risk_off and emergency_exit never open positions. */
    public boolean isExitOnly() {
        return this == RISK_REDUCE || this == RISK_OFF || this == EMERGENCY_EXIT;
    }

    /** These always flatten: an exit_fraction on them is a plan error. */
    public boolean alwaysFlattens() { return this == RISK_OFF || this == EMERGENCY_EXIT; }

    /** Precedence tier of an exit of this category: 0 emergency, 1 risk_off, 2 risk_reduce, 3 normal. */
    public int tier() {
        switch (this) {
            case EMERGENCY_EXIT: return 0;
            case RISK_OFF: return 1;
            case RISK_REDUCE: return 2;
            default: return 3;
        }
    }

    public static Optional<Category> fromWire(String s) {
        for (Category c : values()) {
            if (c.wire.equals(s)) return Optional.of(c);
        }
        return Optional.empty();
    }

    public static String wires() {
        StringBuilder sb = new StringBuilder();
        for (Category c : values()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(c.wire);
        }
        return sb.toString();
    }

    @Override
    public String toString() { return wire; }
}
