package com.ladderbench.model;

import java.util.List;

/** Everything one backtest produced. */
public record RunResult(
        RunInfo info,
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
