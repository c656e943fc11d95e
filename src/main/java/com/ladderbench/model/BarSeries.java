package com.ladderbench.model;

/**
 * One symbol's bars at one timeframe, stored column by column so the per-bar loop reads
 * primitive arrays. {@code time[i]} is the bar's open time in epoch milliseconds (the
 * timestamp in the data file); the bar closes at {@code time[i] + timeframe.millis()}.
 * Spread is in basis points, NaN where the data has none.
 *
 * <p>The arrays are owned by the series and must not be modified after construction.
 */
public final class BarSeries {
    private final String symbol;
    private final Timeframe timeframe;
    private final long[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final double[] spreadBps;
    private final String source;

    public BarSeries(String symbol, Timeframe timeframe, long[] time, double[] open, double[] high, double[] low,
            double[] close, double[] volume, double[] spreadBps, String source) {
        int n = time.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n
                || (spreadBps != null && spreadBps.length != n)) {
            throw new IllegalArgumentException("columns of unequal length");
        }
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.time = time;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.spreadBps = spreadBps;
        this.source = source;
    }

    public String symbol() { return symbol; }

    public Timeframe timeframe() { return timeframe; }

    /** Where the bars came from (a file path, or a description for resampled/generated series). */
    public String source() { return source; }

    public int size() { return time.length; }

    public long[] time() { return time; }

    public double[] open() { return open; }

    public double[] high() { return high; }

    public double[] low() { return low; }

    public double[] close() { return close; }

    public double[] volume() { return volume; }

    /** Spread per bar in bps, or null when the data had no spread or bid/ask columns. */
    public double[] spreadBps() { return spreadBps; }

    public boolean hasSpread() { return spreadBps != null; }

    public long closeTime(int i) { return time[i] + timeframe.millis(); }

    /** The first {@code n} bars as a new series sharing nothing with this one. */
    public BarSeries head(int n) {
        return new BarSeries(symbol, timeframe, java.util.Arrays.copyOf(time, n), java.util.Arrays.copyOf(open, n),
                java.util.Arrays.copyOf(high, n), java.util.Arrays.copyOf(low, n),
                java.util.Arrays.copyOf(close, n), java.util.Arrays.copyOf(volume, n),
                spreadBps == null ? null : java.util.Arrays.copyOf(spreadBps, n), source);
    }
}
