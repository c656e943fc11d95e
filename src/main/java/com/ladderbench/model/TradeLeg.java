package com.ladderbench.model;

/**
 * One leg of a TradeSet: a fill, or the part of a fill on one side of zero when the fill
 * reverses the position.
 *
 * @param isEntry true when the leg opened or added to the position
 * @param wacAtFill the weighted average cost after an entry leg, or the basis an exit leg realised against
 * @param realizedPnl zero for entry legs
 * @param positionAfter the signed cumulative position after this leg (negative = short)
 */
public record TradeLeg(
        String legId,
        String fillId,
        Side side,
        double qty,
        double price,
        double fees,
        long timestamp,
        String triggerId,
        Category category,
        String reason,
        boolean isEntry,
        Double exitFraction,
        double wacAtFill,
        double realizedPnl,
        double positionAfter) {
}
