package com.ladderbench.model;

/**
 * An execution: the ledger's input. {@code qty} is positive; the side gives the sign.
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
        double qty,
        double price,
        double fee,
        String triggerId,
        Category category,
        String reason,
        Double exitFraction,
        Double stopLossPct) {
}
