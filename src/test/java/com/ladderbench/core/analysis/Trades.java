package com.ladderbench.core.analysis;

import com.ladderbench.model.Category;
import com.ladderbench.model.Fill;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.List;

/**
 * Hand-made legs, sets and fills for analysis tests, built in this one place (quantities in
 * units): timestamps are hours after T0, so a leg's bar is its hour.
 */
final class Trades {
    static final long T0 = 1_704_067_200_000L;
    static final long HOUR = 3_600_000L;

    private Trades() {
    }

    static long at(int hour) {
        return T0 + hour * HOUR;
    }

    /** The bar of a timestamp, one bar per hour, for {@link Whipsaw#of}. */
    static int bar(String symbol, long timestamp) {
        return (int) ((timestamp - T0) / HOUR);
    }

    static TradeLeg entry(int hour, PositionSide side, double qty, double price, double fees) {
        return leg(hour, side == PositionSide.LONG ? Side.BUY : Side.SELL, true, qty, price, fees);
    }

    static TradeLeg exit(int hour, PositionSide side, double qty, double price, double fees) {
        return leg(hour, side == PositionSide.LONG ? Side.SELL : Side.BUY, false, qty, price, fees);
    }

    private static TradeLeg leg(int hour, Side side, boolean isEntry, double qty, double price, double fees) {
        return new TradeLeg("L" + hour, "F" + hour, side, lots(qty), price, fees, at(hour), "t", Category.OTHER,
                isEntry ? "open" : "exit", isEntry, null, price, 0.0, 0L, LOT);
    }

    static TradeSet set(String symbol, PositionSide side, List<TradeLeg> legs) {
        return set(symbol, side, true, 0.0, legs);
    }

    /** A set with only its net P&L of interest; closed or still open. */
    static TradeSet withPnl(double pnlNet, boolean closed) {
        return set("BTC-USD", PositionSide.LONG, closed, pnlNet, List.of());
    }

    private static TradeSet set(String symbol, PositionSide side, boolean closed, double pnlNet, List<TradeLeg> legs) {
        long opened = legs.isEmpty() ? T0 : legs.get(0).timestamp();
        Long closedAt = closed ? (legs.isEmpty() ? T0 + HOUR : legs.get(legs.size() - 1).timestamp()) : null;
        return new TradeSet("S" + opened, symbol, Timeframe.H1, side, opened, closedAt, legs, pnlNet, 0.0, pnlNet,
                legs.size(), 0, 0, 0.0, Double.NaN, 0.0, 0.0, null, "t", closed ? "t" : null);
    }

    /** The default lot size of a run: test quantities are given in units and kept as its whole lots. */
    private static final double LOT = 1e-8;

    private static long lots(double qty) {
        return Math.round(qty / LOT);
    }

    static Fill fill(double qty, double price, double fee) {
        return new Fill("F" + qty + "@" + price, T0, "BTC-USD", Timeframe.H1, Side.BUY, lots(qty), LOT, price, fee, "t",
                Category.OTHER, "open", null, null);
    }
}
