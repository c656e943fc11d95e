package com.ladderbench.core.ledger;

import com.ladderbench.model.PositionSide;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A TradeSet being built. Keeps running sums so adding a leg is O(1); the immutable
 * {@link TradeSet} record is built once at the close, or on request while open (then cached).
 */
final class OpenTradeSet {
    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private final long setNumber;
    private final String symbol;
    private final Timeframe timeframe;
    private final PositionSide side;
    private final long openedAt;
    private final List<TradeLeg> legs = new ArrayList<>();

    private double realized;
    private double fees;
    private int numEntries;
    private int numExits;
    private double entryQty;
    private double entryNotional;
    private double exitQty;
    private double exitNotional;
    private double maxExposure;
    private long lastTimestamp;
    private double firstEntryQty;
    private double firstEntryPrice;
    private Double firstEntryStopPct;
    private String entryTrigger;
    private String exitTrigger;
    private TradeSet snapshot;

    OpenTradeSet(long setNumber, String symbol, Timeframe timeframe, PositionSide side, long openedAt) {
        this.setNumber = setNumber;
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.side = side;
        this.openedAt = openedAt;
    }

    /** @param stopLossPct the stop of the fill the leg came from; only the set's first entry's counts */
    void add(TradeLeg leg, Double stopLossPct) {
        legs.add(leg);
        snapshot = null;
        realized += leg.realizedPnl();
        fees += leg.fees();
        double qty = leg.qtyAsDouble();
        double notional = qty * leg.price();
        if (leg.isEntry()) {
            if (numEntries == 0) {
                firstEntryQty = qty;
                firstEntryPrice = leg.price();
                firstEntryStopPct = stopLossPct;
                entryTrigger = leg.triggerId();
            }
            numEntries++;
            entryQty += qty;
            entryNotional += notional;
        } else {
            numExits++;
            exitQty += qty;
            exitNotional += notional;
            exitTrigger = leg.triggerId();
        }
        maxExposure = Math.max(maxExposure, Math.abs(leg.positionAfterAsDouble()) * leg.price());
        lastTimestamp = leg.timestamp();
    }

    /** The set as it stands; {@code closedAt} non-null closes it. */
    TradeSet toTradeSet(Long closedAt) {
        if (closedAt == null && snapshot != null) return snapshot;
        double pnlNet = realized - fees;
        long end = closedAt != null ? closedAt : lastTimestamp;
        boolean hasR = closedAt != null && firstEntryStopPct != null && firstEntryStopPct > 0;
        TradeSet set = new TradeSet(setNumber, null, symbol, timeframe, side, openedAt,
                closedAt == null ? TradeSet.OPEN : closedAt, legs,
                realized, fees, pnlNet, legs.size(), numEntries, numExits,
                entryNotional / entryQty,
                numExits == 0 ? Double.NaN : exitNotional / exitQty,
                maxExposure,
                (end - openedAt) / MILLIS_PER_HOUR,
                hasR, hasR ? rMultiple(pnlNet) : 0,
                entryTrigger,
                closedAt == null ? null : exitTrigger);
        if (closedAt == null) snapshot = set;
        return set;
    }

    /** R = pnl_net over the money at risk on the first entry: qty × price × stop% (only with a stop above 0). */
    private double rMultiple(double pnlNet) {
        double risk = firstEntryQty * firstEntryPrice * firstEntryStopPct / 100.0;
        return pnlNet / risk;
    }
}
