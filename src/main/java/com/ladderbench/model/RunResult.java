package com.ladderbench.model;

import java.util.List;

/**
 * Everything one backtest produced.
 *
 * @param plan the plan as run (after any baseline transform or overrides); null for imported fills
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
        EquityCurve equity) {

    public RunResult {
        tradeSets = List.copyOf(tradeSets);
        fills = List.copyOf(fills);
        events = List.copyOf(events);
        eventCounts = List.copyOf(eventCounts);
    }

    /** Number of block events of one category and reason. */
    public record EventCount(Category category, BlockReason reason, long count) {
    }
}
