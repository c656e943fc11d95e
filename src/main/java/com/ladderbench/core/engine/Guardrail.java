package com.ladderbench.core.engine;

import com.ladderbench.model.BlockReason;
import java.util.EnumSet;
import java.util.Set;

/**
 * The guardrail matrix of SPEC §4 in one place: which guard applies to which kind of
 * candidate. Guards are checked in declaration order and the first that fails names the
 * block event. Emergency exits bypass the negotiable checks (hold rule, cooldown, spread,
 * liquidity, min trade) but never the anti-whipsaw and sanity checks (same-bar veto, min hold,
 * stale data). The min-trade guard never blocks an order that closes the whole position, and
 * a partial exit that rounds to zero lots is always blocked by it (see {@link Guardrails}).
 */
public enum Guardrail {
    STALE_DATA(BlockReason.STALE_DATA, EnumSet.allOf(Tier.class)),
    SAME_BAR_VETO(BlockReason.SAME_BAR_VETO, exits()),
    MIN_HOLD(BlockReason.MIN_HOLD, exits()),
    HOLD_RULE(BlockReason.HOLD_RULE, negotiableExits()),
    COOLDOWN(BlockReason.COOLDOWN, negotiable()),
    SPREAD_CHECK(BlockReason.SPREAD_CHECK, negotiable()),
    LIQUIDITY_CHECK(BlockReason.LIQUIDITY_CHECK, negotiable()),
    MIN_TRADE(BlockReason.MIN_TRADE, negotiable()),
    EXPOSURE_CAP(BlockReason.EXPOSURE_CAP, EnumSet.of(Tier.ENTRY)),
    DAILY_LOSS_LIMIT(BlockReason.DAILY_LOSS_LIMIT, EnumSet.of(Tier.ENTRY));

    private final BlockReason reason;
    /** One bit per {@link Tier} ordinal: asked for every candidate on every bar, so a mask, not a set lookup. */
    private final int tierMask;

    Guardrail(BlockReason reason, Set<Tier> appliesTo) {
        this.reason = reason;
        int mask = 0;
        for (Tier t : appliesTo) mask |= 1 << t.ordinal();
        this.tierMask = mask;
    }

    public BlockReason reason() { return reason; }

    public boolean appliesTo(Tier tier) { return (tierMask & (1 << tier.ordinal())) != 0; }

    private static Set<Tier> exits() {
        return EnumSet.of(Tier.EMERGENCY_EXIT, Tier.RISK_OFF, Tier.RISK_REDUCE, Tier.NORMAL_EXIT);
    }

    private static Set<Tier> negotiableExits() {
        return EnumSet.of(Tier.RISK_OFF, Tier.RISK_REDUCE, Tier.NORMAL_EXIT);
    }

    private static Set<Tier> negotiable() {
        return EnumSet.of(Tier.RISK_OFF, Tier.RISK_REDUCE, Tier.NORMAL_EXIT, Tier.ENTRY);
    }
}
