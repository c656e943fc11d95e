package com.ladderbench.model;

/**
 * One leg of a TradeSet: a fill, or the part of a fill on one side of zero when the fill
 * reverses the position.
 *
 * @param isEntry true when the leg opened or added to the position
 * @param wacAtFill the weighted average cost after an entry leg, or the basis an exit leg realised against
 * @param realizedPnl zero for entry legs
 * @param lots the leg's quantity in whole lots of {@code lotSize} (positive)
 * @param positionAfterLots the signed cumulative position in lots after this leg (negative = short)
 */
public record TradeLeg(
        String legId,
        String fillId,
        Side side,
        long lots,
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
        long positionAfterLots,
        double lotSize) {

    /** The exact quantity in units: for display and files. */
    public java.math.BigDecimal qty() {
        return Lots.qty(lots, lotSize);
    }

    /** The exact signed position after the leg in units: for display and files. */
    public java.math.BigDecimal positionAfter() {
        return Lots.qty(positionAfterLots, lotSize);
    }

    /** The quantity as the nearest double: for money arithmetic and chart scales only. */
    public double qtyAsDouble() {
        return Lots.toDouble(lots, lotSize);
    }

    /** The position after the leg as the nearest double: for money arithmetic and charts only. */
    public double positionAfterAsDouble() {
        return Lots.toDouble(positionAfterLots, lotSize);
    }
}
