package com.ladderbench.model;

/**
 * A candidate that did not become an order (or, for dust_sweep, one that changed), with why.
 *
 * @param seq 0-based order of recording within a run
 * @param timestamp the deciding bar's timestamp, epoch milliseconds
 * @param category the blocked trigger's category
 * @param price the deciding bar's close
 * @param preemptedBy the winning trigger's id (or {@code risk_off_latch}), null for guardrail blocks
 */
public record BlockEvent(
        long seq,
        long timestamp,
        String symbol,
        Timeframe timeframe,
        String triggerId,
        Category category,
        BlockReason reason,
        String detail,
        double price,
        String preemptedBy) {
}
