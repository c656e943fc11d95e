package com.ladderbench.model;

import java.util.Optional;

/**
 * Every reason a block event can carry: guardrail blocks, rule problems, the dust sweep
 * note, and the outcomes of tier resolution. The wire names are part of the contract.
 */
public enum BlockReason {
    // guardrails
    SAME_BAR_VETO("same_bar_veto", Kind.GUARDRAIL),
    MIN_HOLD("min_hold", Kind.GUARDRAIL),
    HOLD_RULE("hold_rule", Kind.GUARDRAIL),
    COOLDOWN("cooldown", Kind.GUARDRAIL),
    SPREAD_CHECK("spread_check", Kind.GUARDRAIL),
    LIQUIDITY_CHECK("liquidity_check", Kind.GUARDRAIL),
    MIN_TRADE("min_trade", Kind.GUARDRAIL),
    EXPOSURE_CAP("exposure_cap", Kind.GUARDRAIL),
    DAILY_LOSS_LIMIT("daily_loss_limit", Kind.GUARDRAIL),
    STALE_DATA("stale_data", Kind.GUARDRAIL),
    MISSING_INDICATOR("missing_indicator", Kind.GUARDRAIL),
    MISSING_EXIT_RULE("missing_exit_rule", Kind.GUARDRAIL),
    /** Not a block: a partial exit grew to a full close because the remainder was below min trade. */
    DUST_SWEEP("dust_sweep", Kind.NOTE),
    // tier resolution
    EMERGENCY_EXIT_PREEMPTS_ENTRY("emergency_exit_preempts_entry", Kind.PREEMPTION),
    EMERGENCY_EXIT_PREEMPTS_EXIT("emergency_exit_preempts_exit", Kind.PREEMPTION),
    RISK_OFF_PREEMPTS_EXIT("risk_off_preempts_exit", Kind.PREEMPTION),
    RISK_OFF_PREEMPTS_ENTRY("risk_off_preempts_entry", Kind.PREEMPTION),
    RISK_REDUCE_PREEMPTS_EXIT("risk_reduce_preempts_exit", Kind.PREEMPTION),
    EXIT_PREEMPTS_ENTRY("exit_preempts_entry", Kind.PREEMPTION),
    ENTRY_OVERRIDES_RISK_OFF("entry_overrides_risk_off", Kind.OVERRIDE),
    ENTRY_OVERRIDES_RISK_REDUCE("entry_overrides_risk_reduce", Kind.OVERRIDE),
    ENTRY_OVERRIDES_EXIT("entry_overrides_exit", Kind.OVERRIDE),
    PRIORITY_SKIP("priority_skip", Kind.PREEMPTION);

    /** What kind of decision an event records. */
    public enum Kind { GUARDRAIL, NOTE, PREEMPTION, OVERRIDE }

    private final String wire;
    private final Kind kind;

    BlockReason(String wire, Kind kind) {
        this.wire = wire;
        this.kind = kind;
    }

    public String wire() { return wire; }

    public Kind kind() { return kind; }

    public static Optional<BlockReason> fromWire(String s) {
        for (BlockReason r : values()) {
            if (r.wire.equals(s)) return Optional.of(r);
        }
        return Optional.empty();
    }

    @Override
    public String toString() { return wire; }
}
