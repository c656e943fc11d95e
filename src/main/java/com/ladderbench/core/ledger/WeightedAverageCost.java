package com.ladderbench.core.ledger;

/**
 * The arithmetic of booking one fill against a position under weighted average cost (SPEC §5), in
 * one place: {@link PositionLifecycle} (legs and TradeSets) and the sweep's
 * {@code core.analysis.TradeTally} (primitive columns) both call it, so a reader finds WAC here
 * and the two books cannot drift apart. Static and allocation-free (the per-bar loop books fills);
 * the callers keep the position's state. A position is signed whole lots (negative = short), a
 * fill's side a sign (+1 buy, -1 sell).
 */
public final class WeightedAverageCost {
    private WeightedAverageCost() {
    }

    /**
     * The lots of a fill that close the position: a fill against it closes first, at most the
     * whole position; a fill on a flat position or with it closes nothing.
     */
    public static long closingLots(long position, int sign, long fillLots) {
        if (position == 0 || Long.signum(position) == sign) return 0;
        return Math.min(fillLots, Math.abs(position));
    }

    /**
     * The closing leg's share of the fill's fee, pro rata by quantity. A leg that is the whole fill
     * takes the fee unchanged: the ratio is then exactly 1.0 and a product by 1.0 is exact.
     */
    public static double closingFee(long closing, long fillLots, double fee) {
        return fee * ((double) closing / fillLots);
    }

    /**
     * Realized P&L (gross of fees) of closing {@code qty} units at {@code price} out of a position
     * (not flat; only its sign counts) bought, or sold short, at {@code basis}.
     */
    public static double realizedPnl(long position, double qty, double price, double basis) {
        return position > 0 ? qty * (price - basis) : qty * (basis - price);
    }

    /**
     * The fee of the leg that opens or adds: the whole fee when nothing closed first, otherwise
     * what the closing leg left (never below zero by rounding), so that a crossing fill's two legs
     * sum to its fee.
     */
    public static double openingFee(long closing, double fee, double feeLeft) {
        return closing == 0 ? fee : Math.max(0.0, feeLeft);
    }

    /**
     * The weighted average cost after {@code addLots} lots at {@code price} open ({@code position}
     * flat) or add to the position: the fill's price on a flat position, otherwise the
     * quantity-weighted mean of the old cost and the price.
     */
    public static double afterAdding(LotSize lotSize, long position, double wac, long addLots, int sign,
            double price) {
        if (position == 0) return price;
        long after = position + sign * addLots;
        return (lotSize.toQty(Math.abs(position)) * wac + lotSize.toQty(addLots) * price)
                / lotSize.toQty(Math.abs(after));
    }

    /** Unrealized P&L of the position marked at {@code mark}; 0 when flat (its cost is then NaN). */
    public static double unrealizedPnl(LotSize lotSize, long position, double wac, double mark) {
        if (position == 0) return 0.0;
        return lotSize.toQty(position) * (mark - wac);
    }

    /**
     * Whether the fill would take the position past {@link Long#MAX_VALUE} lots. Only a fill that
     * opens or adds can; a closing or crossing fill shrinks the position first.
     */
    public static boolean overflows(long position, int sign, long fillLots) {
        return Long.signum(position) != -sign && Long.MAX_VALUE - Math.abs(position) < fillLots;
    }

    /** Why the books refuse a fill of this many lots, or null when they take it. */
    public static String lotsProblem(long fillLots) {
        return fillLots <= 0 ? "must be at least one lot, got " + fillLots : null;
    }

    /** Why the books refuse a fill at this price, or null when they take it (positive and finite). */
    public static String priceProblem(double price) {
        return !(price > 0) || !Double.isFinite(price) ? "price must be > 0, got " + price : null;
    }

    /** Why the books refuse a fill with this fee, or null when they take it (zero or more, finite). */
    public static String feeProblem(double fee) {
        return !(fee >= 0) || !Double.isFinite(fee) ? "fee must be >= 0, got " + fee : null;
    }

    /** Fills on a symbol come in time order: one earlier than the symbol's previous fill is refused. */
    public static boolean isOutOfOrder(long timestamp, long previousTimestamp) {
        return timestamp < previousTimestamp;
    }

    /** The message for a fill {@link #isOutOfOrder}, after "fill ... ". */
    public static final String OUT_OF_ORDER = "is earlier than the previous fill on that symbol";
}
