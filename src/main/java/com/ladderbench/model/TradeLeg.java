package com.ladderbench.model;

/**
 * One leg of a TradeSet: a fill, or the part of a fill on one side of zero when the fill
 * reverses the position.
 *
 * <p>The leg and fill ids are held as their sequence numbers when they are generated ids
 * ({@link GeneratedIds}) and as text otherwise (an imported fill's id): a loaded run holds hundreds of
 * thousands of legs, and two id strings each were most of what a young collection copied. Either way
 * {@link #legId()} and {@link #fillId()} give the exact text, and equal texts make equal legs.
 *
 * @param legNumber the {@code L} number of a generated leg id; -1 when the id is held as text
 * @param legIdText the leg id when it is not a generated one, else null
 * @param fillNumber the {@code F} number of a generated fill id; -1 when the id is held as text
 * @param fillIdText the fill id when it is not a generated one, else null
 * @param isEntry true when the leg opened or added to the position
 * @param wacAtFill the weighted average cost after an entry leg, or the basis an exit leg realised against
 * @param realizedPnl zero for entry legs
 * @param lots the leg's quantity in whole lots of {@code lotSize} (positive)
 * @param positionAfterLots the signed cumulative position in lots after this leg (negative = short)
 */
public record TradeLeg(
        long legNumber,
        String legIdText,
        long fillNumber,
        String fillIdText,
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

    static final char LEG = 'L';
    static final char FILL = 'F';

    /** Leg id order as numbers (L999999 before L1000000), with any text id by length, then text. */
    public static final java.util.Comparator<TradeLeg> BY_LEG_ID = (a, b) -> a.legIdText == null
            && b.legIdText == null && a.legNumber >= 0 && b.legNumber >= 0
            ? Long.compare(a.legNumber, b.legNumber)
            : java.util.Comparator.comparingInt((TradeLeg l) -> l.legId().length()).thenComparing(TradeLeg::legId)
                    .compare(a, b);

    /** An id text that is a generated id is held as its number, so equal texts give equal legs. */
    public TradeLeg {
        legNumber = GeneratedIds.keptNumber(LEG, legNumber, legIdText);
        legIdText = GeneratedIds.keptText(LEG, legIdText);
        fillNumber = GeneratedIds.keptNumber(FILL, fillNumber, fillIdText);
        fillIdText = GeneratedIds.keptText(FILL, fillIdText);
    }

    /** A leg with its ids as text: generated ones are kept as their numbers, any other text as it is. */
    public TradeLeg(String legId, String fillId, Side side, long lots, double price, double fees, long timestamp,
            String triggerId, Category category, String reason, boolean isEntry, Double exitFraction,
            double wacAtFill, double realizedPnl, long positionAfterLots, double lotSize) {
        this(-1, legId, -1, fillId, side, lots, price, fees, timestamp, triggerId, category, reason, isEntry,
                exitFraction, wacAtFill, realizedPnl, positionAfterLots, lotSize);
    }

    /** The leg id's text, built from its number for a generated id (null only when made with none). */
    public String legId() {
        return GeneratedIds.text(LEG, legNumber, legIdText);
    }

    /** The fill id's text, built from its number for a generated id (null only when made with none). */
    public String fillId() {
        return GeneratedIds.text(FILL, fillNumber, fillIdText);
    }

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
