package com.ladderbench.core.explain;

import com.ladderbench.core.engine.DecisionTracer;
import com.ladderbench.core.engine.Guardrail;
import com.ladderbench.core.engine.Tier;
import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.core.rules.EvalContext;
import com.ladderbench.core.rules.RuleExplanation;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Lots;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Records the engine's decisions at chosen bars (symbol, timestamp) into {@link BarTrace}s. One
 * run can trace many bars, so the HTML report traces every leg in one pass.
 */
final class TraceRecorder implements DecisionTracer {
    private final String side;
    private final double lotSize;
    private final Map<String, long[]> wanted = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Draft> latestBySymbol = new HashMap<>();
    private final List<BarTrace.GuardCheck> pendingGuards = new ArrayList<>();
    private Draft current;

    /** @param bars per symbol, the timestamps to trace */
    TraceRecorder(String side, double lotSize, Map<String, List<Long>> bars) {
        this.side = side;
        this.lotSize = lotSize;
        bars.forEach((symbol, times) -> {
            long[] t = times.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
            wanted.put(symbol, t);
        });
    }

    @Override
    public boolean traces(String symbol, long barTime) {
        long[] t = wanted.get(symbol);
        if (t == null || Arrays.binarySearch(t, barTime) < 0) return false;
        current = new Draft(symbol, barTime);
        drafts.add(current);
        latestBySymbol.put(symbol, current);
        return true;
    }

    @Override
    public void position(long lots, double wac, int barsHeld) {
        current.before = positionOf(lots, wac, barsHeld);
    }

    @Override
    public void trigger(Trigger trigger) {
        current.trigger(trigger);
    }

    @Override
    public void rule(Trigger trigger, RuleRole role, CompiledRule rule, EvalContext ctx, int result) {
        RuleExplanation x = rule.explain(ctx);
        if (x.result() != result) {
            throw new IllegalStateException("rule explanation disagrees with the engine: " + rule.source());
        }
        if (role == RuleRole.REGIME) {
            current.regime = x;
            return;
        }
        current.trigger(trigger).rules.add(new BarTrace.RuleTrace(role.name().toLowerCase(Locale.ROOT), x));
    }

    @Override
    public void guard(Trigger trigger, Tier tier, Guardrail guard, boolean fails, double a, double b) {
        pendingGuards.add(new BarTrace.GuardCheck(guard.reason().wire(),
                fails ? BarTrace.GuardStatus.FAILED : BarTrace.GuardStatus.PASSED, a, b));
    }

    @Override
    public void candidate(Trigger trigger, Tier tier, String kind, long lots, boolean dust, BlockReason blockedBy) {
        List<BarTrace.GuardCheck> row = new ArrayList<>();
        for (Guardrail g : Guardrail.values()) {
            BarTrace.GuardCheck seen = null;
            for (BarTrace.GuardCheck c : pendingGuards) {
                if (c.guard().equals(g.reason().wire())) seen = c;
            }
            if (seen != null) {
                row.add(seen);
            } else {
                BarTrace.GuardStatus status = !g.appliesTo(tier) ? BarTrace.GuardStatus.NOT_APPLICABLE
                        : blockedBy == g.reason() ? BarTrace.GuardStatus.FAILED : BarTrace.GuardStatus.NOT_CHECKED;
                row.add(new BarTrace.GuardCheck(g.reason().wire(), status, Double.NaN, Double.NaN));
            }
        }
        pendingGuards.clear();
        current.trigger(trigger).candidates.add(new BarTrace.CandidateTrace(tier.name().toLowerCase(Locale.ROOT),
                kind, lots, Lots.qty(lots, lotSize), dust, row, blockedBy == null ? null : blockedBy.wire()));
    }

    @Override
    public void winner(Trigger trigger, String kind, long signedLots) {
        current.winner = trigger == null ? null : trigger.id();
        current.winnerKind = kind;
        current.orderLots = signedLots;
    }

    @Override
    public void filled(Fill fill, long lotsAfter, double wacAfter) {
        Draft d = latestBySymbol.get(fill.symbol());
        d.order = fill;
        d.after = positionOf(lotsAfter, wacAfter, null);
    }

    private BarTrace.Position positionOf(long lots, double wac, Integer barsHeld) {
        return new BarTrace.Position(lots, Lots.qty(lots, lotSize), lots == 0 ? Double.NaN : wac, barsHeld);
    }

    /** The traces, in the order the bars were decided, each with its bar's events from {@code events}. */
    List<BarTrace> traces(List<BlockEvent> events, java.util.function.ToDoubleBiFunction<String, Long> closeOf) {
        Map<String, List<BlockEvent>> byBar = new HashMap<>();
        for (BlockEvent e : events) byBar.computeIfAbsent(e.symbol() + '@' + e.timestamp(), k -> new ArrayList<>()).add(e);
        List<BarTrace> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            List<BlockEvent> mine = byBar.getOrDefault(d.symbol + '@' + d.time, List.of());
            List<BarTrace.Loser> losers = new ArrayList<>();
            for (BlockEvent e : mine) {
                if (e.preemptedBy() != null) {
                    losers.add(new BarTrace.Loser(e.triggerId(), e.reason().wire(), e.preemptedBy(), e.detail()));
                }
            }
            List<BarTrace.TriggerTrace> triggers = new ArrayList<>();
            d.triggers.values().forEach(t -> triggers.add(new BarTrace.TriggerTrace(t.trigger.id(),
                    t.trigger.category(), t.trigger.timeframe(), t.rules, t.candidates)));
            BarTrace.Position after = d.after != null ? d.after
                    : new BarTrace.Position(d.before.lots(), d.before.qty(), d.before.wac(), null);
            BarTrace.Resolution resolution = new BarTrace.Resolution(d.winner, d.winnerKind, d.orderLots, losers);
            out.add(new BarTrace(side, d.symbol, d.time, closeOf.applyAsDouble(d.symbol, d.time), d.before, triggers, d.regime,
                    resolution, d.order, after, mine));
        }
        return out;
    }

    /** A bar being traced. */
    private static final class Draft {
        final String symbol;
        final long time;
        BarTrace.Position before;
        BarTrace.Position after;
        final Map<String, TriggerDraft> triggers = new LinkedHashMap<>();
        RuleExplanation regime;
        String winner;
        String winnerKind;
        long orderLots;
        Fill order;

        Draft(String symbol, long time) {
            this.symbol = symbol;
            this.time = time;
        }

        TriggerDraft trigger(Trigger t) {
            return triggers.computeIfAbsent(t.id(), k -> new TriggerDraft(t));
        }
    }

    private static final class TriggerDraft {
        final Trigger trigger;
        final List<BarTrace.RuleTrace> rules = new ArrayList<>();
        final List<BarTrace.CandidateTrace> candidates = new ArrayList<>();

        TriggerDraft(Trigger t) { trigger = t; }
    }
}
