package com.ladderbench.core.engine;

import com.ladderbench.model.Category;

/**
 * Precedence tiers of the de-risk ladder (runbook "Precedence Tiering"). Exits resolve by
 * tier, lowest first; entries sit below every exit and may override tiers 1-3 only with
 * enough confidence.
 */
public enum Tier {
    /** Circuit breaker: always wins, never overridden. */
    EMERGENCY_EXIT,
    /** Defensive flatten: beats every other exit; beats entries in the risk-off regime or latch. */
    RISK_OFF,
    /** Partial trim: beats normal exits on the same bar. */
    RISK_REDUCE,
    /** Strategy exit. */
    NORMAL_EXIT,
    ENTRY;

    public static Tier ofExit(Category category) {
        switch (category) {
            case EMERGENCY_EXIT: return EMERGENCY_EXIT;
            case RISK_OFF: return RISK_OFF;
            case RISK_REDUCE: return RISK_REDUCE;
            default: return NORMAL_EXIT;
        }
    }

    /** Negotiable exits obey every guardrail; only the circuit breaker bypasses some. */
    public boolean isEmergency() { return this == EMERGENCY_EXIT; }
}
