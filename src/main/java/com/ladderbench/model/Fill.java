package com.ladderbench.model;

/**
 * An execution: the ledger's input. {@code lots} is positive, a whole number of lots of
 * {@code lotSize}; the side gives the sign. The quantity in units is derived ({@link #qty()}).
 *
 * @param fillId unique and deterministic within a run or a fills file
 * @param timestamp epoch milliseconds
 * @param triggerId null when unknown (imported fills)
 * @param category null when unknown
 * @param reason null when unknown
 * @param exitFraction the trigger's exit_fraction when the fill came from a partial exit
 * @param stopLossPct the trigger's stop when it was an entry with a stop; used for R-multiples
 */
public record Fill(
        String fillId,
        long timestamp,
        String symbol,
        Timeframe timeframe,
        Side side,
        long lots,
        double lotSize,
        double price,
        double fee,
        String triggerId,
        Category category,
        String reason,
        Double exitFraction,
        Double stopLossPct) {

    /** The exact quantity in units, lots × lot size: for display and files. */
    public java.math.BigDecimal qty() {
        return Lots.qty(lots, lotSize);
    }

    /** The quantity as the nearest double: for money arithmetic only (notional, fees, P&L). */
    public double qtyAsDouble() {
        return Lots.toDouble(lots, lotSize);
    }
}
