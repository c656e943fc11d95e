package com.ladderbench.core.engine;

import static com.ladderbench.core.engine.Guardrail.COOLDOWN;
import static com.ladderbench.core.engine.Guardrail.DAILY_LOSS_LIMIT;
import static com.ladderbench.core.engine.Guardrail.EXPOSURE_CAP;
import static com.ladderbench.core.engine.Guardrail.HOLD_RULE;
import static com.ladderbench.core.engine.Guardrail.LIQUIDITY_CHECK;
import static com.ladderbench.core.engine.Guardrail.MIN_HOLD;
import static com.ladderbench.core.engine.Guardrail.MIN_TRADE;
import static com.ladderbench.core.engine.Guardrail.SAME_BAR_VETO;
import static com.ladderbench.core.engine.Guardrail.SPREAD_CHECK;
import static com.ladderbench.core.engine.Guardrail.STALE_DATA;

import com.ladderbench.model.BlockReason;
import com.ladderbench.model.RunConfig;

/**
 * Applies the {@link Guardrail} matrix to one candidate: walks the guards in order, skips the
 * ones that do not apply to the candidate's tier, and records a block event for the first that
 * fails. Rule problems (missing indicators) are caught earlier, when the rule is evaluated.
 */
final class Guardrails {
    private Guardrails() {
    }

    /**
     * @return the reason the candidate is blocked (its event already recorded), or null when it passes.
     *     The guards are checked one after another in their declaration order (straight code: this runs
     *     for every proposal, and a loop over the guards with a switch costs more than the guards).
     */
    static BlockReason check(TriggerEngine e, PreparedTrigger t, Tier tier, long orderLots, int s, int i,
            double price) {
        RunConfig cfg = e.config();
        if (STALE_DATA.appliesTo(tier)) {
            double missing = e.missingBars(s, i);
            double gap = cfg.staleGapBars();
            if (blocks(e, t, tier, STALE_DATA, missing > gap, missing, gap)) return STALE_DATA.reason();
        }
        if (SAME_BAR_VETO.appliesTo(tier) && blocks(e, t, tier, SAME_BAR_VETO, e.latestEntryBar(s) == i, 0, 0)) {
            return SAME_BAR_VETO.reason();
        }
        if (MIN_HOLD.appliesTo(tier)) {
            // from the bar the position opened: a scale-in top-up does not restart it
            double held = i - e.openedBar(s);
            double minHold = cfg.minHoldBars();
            if (blocks(e, t, tier, MIN_HOLD, held < minHold, held, minHold)) return MIN_HOLD.reason();
        }
        if (HOLD_RULE.appliesTo(tier) && blocks(e, t, tier, HOLD_RULE, e.holdRuleTrue(t), 0, 0)) {
            return HOLD_RULE.reason();
        }
        if (COOLDOWN.appliesTo(tier)) {
            double since = i - e.lastFillBar(s);
            double cooldown = cfg.tradeCooldownBars();
            if (blocks(e, t, tier, COOLDOWN, since < cooldown, since, cooldown)) return COOLDOWN.reason();
        }
        if (SPREAD_CHECK.appliesTo(tier)) {
            double[] spread = e.bars(s).spreadBps();
            boolean fails = cfg.maxSpreadBps() != null && spread != null && spread[i] > cfg.maxSpreadBps();
            if (blocks(e, t, tier, SPREAD_CHECK, fails, fails ? spread[i] : 0, fails ? cfg.maxSpreadBps() : 0)) {
                return SPREAD_CHECK.reason();
            }
        }
        if (LIQUIDITY_CHECK.appliesTo(tier)) {
            double q = e.qty(orderLots);
            double limit = cfg.maxParticipation() == null ? Double.POSITIVE_INFINITY
                    : cfg.maxParticipation() * e.bars(s).volume()[i];
            if (blocks(e, t, tier, LIQUIDITY_CHECK, q > limit, q, limit)) return LIQUIDITY_CHECK.reason();
        }
        if (MIN_TRADE.appliesTo(tier)) {
            long position = Math.abs(e.positionLots(s));
            // closing the whole position is never blocked: a drifted-small position can always go
            boolean closesAll = tier != Tier.ENTRY && orderLots == position;
            double q = e.qty(orderLots);
            // a partial exit that rounds to zero lots: b carries the position for its detail
            double b = orderLots == 0 && tier != Tier.ENTRY ? e.qty(position) : q * price;
            boolean fails = orderLots == 0 || (!closesAll && e.belowMinTrade(orderLots, price));
            if (blocks(e, t, tier, MIN_TRADE, fails, q, b)) return MIN_TRADE.reason();
        }
        // sizing already shrank the order to fit the caps; only a zero order is blocked (by sizing)
        if (EXPOSURE_CAP.appliesTo(tier)) blocks(e, t, tier, EXPOSURE_CAP, false, 0, 0);
        if (DAILY_LOSS_LIMIT.appliesTo(tier)) {
            Double max = e.maxDailyLossPct();
            // the loss sums every open position's mark: only worked out when a limit or a trace reads it
            double loss = max != null || e.tracing() ? e.dailyLossPct() : 0;
            boolean fails = max != null && loss > 0 && loss >= max;
            if (blocks(e, t, tier, DAILY_LOSS_LIMIT, fails, loss, max == null ? 0 : max)) {
                return DAILY_LOSS_LIMIT.reason();
            }
        }
        return null;
    }

    /** Shows one guard's check to a tracer and records its event when it fails; returns whether it did. */
    private static boolean blocks(TriggerEngine e, PreparedTrigger t, Tier tier, Guardrail g, boolean fails,
            double a, double b) {
        if (e.tracing()) e.tracer().guard(t.trigger(), tier, g, fails, a, b);
        if (fails) e.record(t.index(), g.reason(), EventLog.NONE, a, b);
        return fails;
    }
}
