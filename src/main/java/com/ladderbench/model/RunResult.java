package com.ladderbench.model;

import java.util.List;

/**
 * Everything one backtest produced.
 *
 * @param plan the plan as run (after any baseline transform or overrides); null for imported fills
 * @param triggerStats per trigger in plan order; empty for imported fills
 */
public record RunResult(
        RunInfo info,
        Plan plan,
        RunConfig config,
        Metrics metrics,
        List<TradeSet> tradeSets,
        List<Fill> fills,
        List<BlockEvent> events,
        List<EventCount> eventCounts,
        EquityCurve equity,
        List<TriggerStats> triggerStats) {

    public RunResult {
        triggerStats = List.copyOf(triggerStats);
        tradeSets = List.copyOf(tradeSets);
        fills = List.copyOf(fills);
        // columnar events are already read-only; copying would build every event object
        events = events instanceof BlockEventColumns ? events : List.copyOf(events);
        eventCounts = List.copyOf(eventCounts);
    }

    /** A result without per-trigger activity (imported fills, or a run written before trigger_stats). */
    public RunResult(RunInfo info, Plan plan, RunConfig config, Metrics metrics, List<TradeSet> tradeSets,
            List<Fill> fills, List<BlockEvent> events, List<EventCount> eventCounts, EquityCurve equity) {
        this(info, plan, config, metrics, tradeSets, fills, events, eventCounts, equity, List.of());
    }

    /** Number of block events of one category and reason. */
    public record EventCount(Category category, BlockReason reason, long count) {
    }
}
