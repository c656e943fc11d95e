package com.ladderbench.core.ledger;

import com.ladderbench.model.Category;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;

/** Compact fill construction for ledger tests: ids F1, F2, ... and one hour between fills by default. */
final class TestFills {
    static final long T0 = 1_700_000_000_000L;
    static final long HOUR = 3_600_000L;
    static final double LOT = 1e-8;

    private final String symbol;
    private int n;
    private long time = T0;

    private final double lot;

    TestFills(String symbol) {
        this(symbol, LOT);
    }

    TestFills(String symbol, double lot) {
        this.symbol = symbol;
        this.lot = lot;
    }

    Fill buy(double qty, double price) {
        return fill(Side.BUY, qty, price, 0.0);
    }

    Fill sell(double qty, double price) {
        return fill(Side.SELL, qty, price, 0.0);
    }

    Fill fill(Side side, double qty, double price, double fee) {
        return full(side, qty, price, fee, "t" + (n + 1), Category.OTHER, null, null);
    }

    Fill full(Side side, double qty, double price, double fee, String trigger, Category category,
              Double exitFraction, Double stopLossPct) {
        n++;
        Fill f = new Fill("F" + n + symbol, time, symbol, Timeframe.H1, side, lots(qty, lot), lot, price, fee, trigger, category,
                "reason " + n, exitFraction, stopLossPct);
        time += HOUR;
        return f;
    }

    /** A fill of an exact lot count, for counts a double quantity cannot express (near 2^63). */
    Fill ofLots(Side side, long lots, double price) {
        n++;
        Fill f = new Fill("F" + n + symbol, time, symbol, Timeframe.H1, side, lots, lot, price, 0.0, "t" + n,
                Category.OTHER, "reason " + n, null, null);
        time += HOUR;
        return f;
    }

    /** Lots of the default 1e-8 lot size; these tests' quantities are on the grid by construction. */
    static long lots(double qty) {
        return lots(qty, LOT);
    }

    static long lots(double qty, double lot) {
        return new LotSize(lot).toLotsExact(java.math.BigDecimal.valueOf(qty)).orElseThrow();
    }

    /** Keeps the clock still: the next fills share one timestamp. */
    TestFills at(long timestamp) {
        time = timestamp;
        return this;
    }
}
