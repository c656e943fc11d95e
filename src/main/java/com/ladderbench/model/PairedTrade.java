package com.ladderbench.model;

/**
 * The old one-row-per-trade view, derived from a TradeSet with exactly one entry and one exit.
 * Kept so reports reconcile with the pair-based system the ladder replaces.
 *
 * @param qty the entry's exact quantity in units (lots × lot size)
 */
public record PairedTrade(
        String setId,
        String symbol,
        PositionSide side,
        long entryTime,
        long exitTime,
        double entryPrice,
        double exitPrice,
        String entryTrigger,
        String exitTrigger,
        java.math.BigDecimal qty,
        double pnl,
        double fees,
        double holdDurationHours,
        Double rMultiple) {
}
