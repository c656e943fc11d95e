package com.ladderbench.core.ledger;

import com.ladderbench.model.Fill;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One symbol's position accounting under weighted average cost (SPEC §5): fills in, legs and
 * TradeSets out. The position is held in whole lots so that it returns to exactly zero.
 * Read-only from outside the package; the {@link Ledger} feeds it.
 */
public final class PositionLifecycle {
    private final String symbol;
    private final LotSize lotSize;

    private long lots;
    private double wac = Double.NaN;
    private OpenTradeSet open;
    private long lastTimestamp = Long.MIN_VALUE;

    PositionLifecycle(String symbol, LotSize lotSize) {
        this.symbol = symbol;
        this.lotSize = lotSize;
    }

    public String symbol() {
        return symbol;
    }

    /** Signed position in lots (negative = short). */
    public long lots() {
        return lots;
    }

    /** Signed position in units, exact: for display. */
    public java.math.BigDecimal qty() {
        return lotSize.toExactQty(lots);
    }

    public boolean isFlat() {
        return lots == 0;
    }

    /** Weighted average cost of the open position; NaN when flat. */
    public double wac() {
        return wac;
    }

    public double unrealizedPnl(double markPrice) {
        return WeightedAverageCost.unrealizedPnl(lotSize, lots, wac, markPrice);
    }

    /** The TradeSet the current position belongs to, as it stands; empty when flat. */
    public Optional<TradeSet> openSet() {
        return open == null ? Optional.empty() : Optional.of(open.toTradeSet(null));
    }

    /**
     * Books one fill of {@code fillLots} lots. A fill against the position closes first; whatever
     * is left opens or adds. So a fill that crosses zero yields two legs in two sets, sharing the
     * fill id and splitting the fee pro rata by quantity.
     *
     * @param legs receives the legs in order, from index 0
     * @return how many legs the fill made (1 or 2)
     */
    int apply(Fill fill, long fillLots, IdSequence legIds, IdSequence setIds, Consumer<TradeSet> onClose,
            TradeLeg[] legs) {
        if (WeightedAverageCost.isOutOfOrder(fill.timestamp(), lastTimestamp)) {
            throw new IllegalArgumentException("fill " + fill.fillId() + " on " + symbol + " "
                    + WeightedAverageCost.OUT_OF_ORDER);
        }
        int sign = fill.side().sign();
        if (WeightedAverageCost.overflows(lots, sign, fillLots)) {
            throw new IllegalArgumentException("fill " + fill.fillId() + " would make the position on " + symbol
                    + " larger than " + Long.MAX_VALUE + " lots of " + lotSize.lotSize());
        }
        lastTimestamp = fill.timestamp();
        int n = 0;
        long remaining = fillLots;
        double feeLeft = fill.fee();

        long closing = WeightedAverageCost.closingLots(lots, sign, fillLots);
        if (closing > 0) {
            double fee = WeightedAverageCost.closingFee(closing, fillLots, fill.fee());
            legs[n++] = exitLeg(fill, closing, fee, legIds);
            remaining -= closing;
            feeLeft -= fee;
            if (lots == 0) {
                onClose.accept(open.toTradeSet(fill.timestamp()));
                open = null;
                wac = Double.NaN;
            }
        }
        if (remaining > 0) {
            if (lots == 0) {
                PositionSide side = sign > 0 ? PositionSide.LONG : PositionSide.SHORT;
                open = new OpenTradeSet(setIds.nextNumber(), symbol, fill.timeframe(), side, fill.timestamp());
            }
            double fee = WeightedAverageCost.openingFee(closing, fill.fee(), feeLeft);
            legs[n++] = entryLeg(fill, remaining, fee, legIds);
        }
        return n;
    }

    private TradeLeg exitLeg(Fill fill, long exitLots, double fee, IdSequence legIds) {
        double qty = lotSize.toQty(exitLots);
        double basis = wac;
        double realized = WeightedAverageCost.realizedPnl(lots, qty, fill.price(), basis);
        lots += fill.side().sign() * exitLots;
        TradeLeg leg = new TradeLeg(legIds.nextNumber(), null, -1, fill.fillId(), fill.side(), exitLots, fill.price(), fee,
                fill.timestamp(), fill.triggerId(), fill.category(), fill.reason(), false,
                fill.exitFraction(), basis, realized, lots, lotSize.lotSize());
        open.add(leg, fill.stopLossPct());
        return leg;
    }

    private TradeLeg entryLeg(Fill fill, long entryLots, double fee, IdSequence legIds) {
        wac = WeightedAverageCost.afterAdding(lotSize, lots, wac, entryLots, fill.side().sign(), fill.price());
        lots += fill.side().sign() * entryLots;
        TradeLeg leg = new TradeLeg(legIds.nextNumber(), null, -1, fill.fillId(), fill.side(), entryLots, fill.price(), fee,
                fill.timestamp(), fill.triggerId(), fill.category(), fill.reason(), true,
                null, wac, 0.0, lots, lotSize.lotSize());
        open.add(leg, fill.stopLossPct());
        return leg;
    }
}
