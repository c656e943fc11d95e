package com.ladderbench.core.data;

import com.ladderbench.core.io.Timestamps;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Aggregates trades, given in time order, into OHLCV bars of one timeframe. A trade belongs to the
 * interval that holds its timestamp, labelled by the interval's start exactly as the reader and
 * the {@link Resampler} label bars (UTC, whole multiples of the bar length since the epoch): a
 * trade exactly at an interval's start opens that interval. Only intervals between the first and
 * the last trade exist; one without a trade is left out or filled flat ({@link EmptyIntervals}).
 */
final class TradeBarBuilder {
    /** More flat bars than this for a single gap means a wrong timestamp, not a quiet market. */
    static final long MAX_FILLED_BARS_PER_GAP = 10_000_000L;
    private static final MathContext TWELVE_DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    private final Timeframe timeframe;
    private final long length;
    private final EmptyIntervals empty;
    private final BarColumns bars;
    private long start = Long.MIN_VALUE;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;

    TradeBarBuilder(Timeframe timeframe, EmptyIntervals empty, int expectedBars) {
        this.timeframe = timeframe;
        this.length = timeframe.millis();
        this.empty = empty;
        this.bars = new BarColumns(expectedBars, false);
    }

    /**
     * What would go wrong adding this trade, checked before {@link #add}: a gap needing an absurd
     * number of flat bars, or a bar volume beyond a double. Null when it is fine.
     */
    String problem(long time, double amount) {
        if (start == Long.MIN_VALUE) return null;
        long interval = timeframe.barStart(time);
        if (interval == start && !Double.isFinite(volume + amount)) {
            return "the volume of the " + Timestamps.format(start) + " bar overflows";
        }
        long missing = (interval - start) / length - 1;
        if (empty != EmptyIntervals.FILL_FLAT || missing <= MAX_FILLED_BARS_PER_GAP) return null;
        return "the gap since the previous trade would need " + missing + " flat " + timeframe.label()
                + " bars (at most " + MAX_FILLED_BARS_PER_GAP + " per gap); check the timestamp";
    }

    /** Adds one trade; {@code time} is never before the previous trade's (the reader checks that). */
    void add(long time, double price, double amount) {
        long interval = timeframe.barStart(time);
        if (interval != start) {
            if (start != Long.MIN_VALUE) {
                flush();
                if (empty == EmptyIntervals.FILL_FLAT) {
                    for (long t = start + length; t < interval; t += length) bars.add(t, close, close, close, close, 0, Double.NaN);
                }
            }
            start = interval;
            open = price;
            high = price;
            low = price;
            volume = 0;
        }
        if (price > high) high = price;
        if (price < low) low = price;
        close = price;
        volume += amount;
    }

    boolean isEmpty() { return start == Long.MIN_VALUE; }

    BarSeries finish(String symbol, String source) {
        if (start != Long.MIN_VALUE) flush();
        start = Long.MIN_VALUE;
        return bars.toSeries(symbol, timeframe, source);
    }

    private void flush() {
        bars.add(start, open, high, low, close, twelveDigits(volume), Double.NaN);
    }

    /**
     * A sum of many decimal amounts carries binary noise (0.1 + 0.2); outputs keep 12 significant
     * digits (SPEC §7), so the sum is rounded to them once per bar.
     */
    static double twelveDigits(double v) {
        if (v == 0) return 0;
        return new BigDecimal(v).round(TWELVE_DIGITS).doubleValue();
    }
}
