package com.ladderbench.model;

import java.util.List;

/**
 * One symbol's continuous non-flat interval: the position lifecycle from leaving zero to
 * returning to exactly zero.
 *
 * @param closedAt null while the position is still open
 * @param avgExitPrice NaN when the set has no exit leg yet
 * @param holdDurationHours to the close, or to the last leg while open
 * @param rMultiple null when the entry trigger had no stop
 */
public record TradeSet(
        String setId,
        String symbol,
        Timeframe timeframe,
        PositionSide side,
        long openedAt,
        Long closedAt,
        List<TradeLeg> legs,
        double pnlRealizedTotal,
        double feesTotal,
        double pnlNet,
        int numLegs,
        int numEntries,
        int numExits,
        double avgEntryPrice,
        double avgExitPrice,
        double maxExposure,
        double holdDurationHours,
        Double rMultiple,
        String entryTrigger,
        String exitTrigger) {

    public TradeSet {
        legs = List.copyOf(legs);
    }

    public boolean isClosed() { return closedAt != null; }

    /** Exactly one entry and one exit: the set reads like the old paired trade. */
    public boolean isPaired() { return numEntries == 1 && numExits == 1 && isClosed(); }
}
