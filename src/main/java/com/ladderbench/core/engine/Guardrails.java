package com.ladderbench.core.engine;

import com.ladderbench.model.BlockReason;
import com.ladderbench.model.RunConfig;
import java.util.Arrays;

/**
 * Applies the {@link Guardrail} matrix to one candidate: walks the guards in order, skips the
 * ones that do not apply to the candidate's tier, and records a block event for the first that
 * fails. Rule problems (missing indicators) are caught earlier, when the rule is evaluated.
 */
final class Guardrails {
    /** Per {@link Tier} ordinal, the guards that apply to it in declaration order: no per-check copy or skip. */
    private static final Guardrail[][] BY_TIER = byTier();

    private Guardrails() {
    }

    private static Guardrail[][] byTier() {
        Tier[] tiers = Tier.values();
        Guardrail[][] out = new Guardrail[tiers.length][];
        for (Tier t : tiers) {
            out[t.ordinal()] = Arrays.stream(Guardrail.values()).filter(g -> g.appliesTo(t))
                    .toArray(Guardrail[]::new);
        }
        return out;
    }

    /** @return the reason the candidate is blocked (its event already recorded), or null when it passes */
    static BlockReason check(TriggerEngine e, PreparedTrigger t, Tier tier, long orderLots, int s, int i,
            double price) {
        RunConfig cfg = e.config();
        for (Guardrail g : BY_TIER[tier.ordinal()]) {
            double a = 0;
            double b = 0;
            boolean fails;
            switch (g) {
                case STALE_DATA:
                    a = e.missingBars(s, i);
                    b = cfg.staleGapBars();
                    fails = a > b;
                    break;
                case SAME_BAR_VETO:
                    fails = e.latestEntryBar(s) == i;
                    break;
                case MIN_HOLD:
                    // from the bar the position opened: a scale-in top-up does not restart it
                    a = i - e.openedBar(s);
                    b = cfg.minHoldBars();
                    fails = a < b;
                    break;
                case HOLD_RULE:
                    fails = e.holdRuleTrue(t);
                    break;
                case COOLDOWN:
                    a = i - e.lastFillBar(s);
                    b = cfg.tradeCooldownBars();
                    fails = a < b;
                    break;
                case SPREAD_CHECK: {
                    double[] spread = e.bars(s).spreadBps();
                    fails = cfg.maxSpreadBps() != null && spread != null && spread[i] > cfg.maxSpreadBps();
                    if (fails) {
                        a = spread[i];
                        b = cfg.maxSpreadBps();
                    }
                    break;
                }
                case LIQUIDITY_CHECK: {
                    double q = e.qty(orderLots);
                    double limit = cfg.maxParticipation() == null ? Double.POSITIVE_INFINITY
                            : cfg.maxParticipation() * e.bars(s).volume()[i];
                    fails = q > limit;
                    a = q;
                    b = limit;
                    break;
                }
                case MIN_TRADE: {
                    long position = Math.abs(e.positionLots(s));
                    // closing the whole position is never blocked: a drifted-small position can always go
                    boolean closesAll = tier != Tier.ENTRY && orderLots == position;
                    a = e.qty(orderLots);
                    // a partial exit that rounds to zero lots: b carries the position for its detail
                    b = orderLots == 0 && tier != Tier.ENTRY ? e.qty(position) : a * price;
                    fails = orderLots == 0 || (!closesAll && e.belowMinTrade(orderLots, price));
                    break;
                }
                case EXPOSURE_CAP:
                    // sizing already shrank the order to fit the caps; only a zero order is blocked
                    fails = false;
                    break;
                case DAILY_LOSS_LIMIT: {
                    Double max = e.maxDailyLossPct();
                    // the loss sums every open position's mark: only worked out when a limit or a trace reads it
                    a = max != null || e.tracing() ? e.dailyLossPct() : 0;
                    b = max == null ? 0 : max;
                    fails = max != null && a > 0 && a >= max;
                    break;
                }
                default:
                    throw new AssertionError(g);
            }
            if (e.tracing()) e.tracer().guard(t.trigger(), tier, g, fails, a, b);
            if (fails) {
                e.record(t.index(), g.reason(), EventLog.NONE, a, b);
                return g.reason();
            }
        }
        return null;
    }
}
