package com.ladderbench.core.data;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.util.Arrays;

/**
 * Growable primitive columns a reader appends bars to, so a file of millions of rows never
 * exists as row objects. {@link #toSeries} hands the (trimmed) arrays over to a BarSeries.
 */
final class BarColumns {
    private long[] time;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private double[] spread;
    private int size;

    BarColumns(int initialCapacity, boolean withSpread) {
        int cap = Math.max(16, initialCapacity);
        time = new long[cap];
        open = new double[cap];
        high = new double[cap];
        low = new double[cap];
        close = new double[cap];
        volume = new double[cap];
        spread = withSpread ? new double[cap] : null;
    }

    int size() { return size; }

    /** Grows to at least {@code capacity} in one step; avoids repeated copying when the row count can be estimated. */
    void ensureCapacity(int capacity) {
        if (capacity > time.length) resize(capacity);
    }

    /** Corrects one bar's time: the first bar's, once its file's epoch unit is known from the second row. */
    void setTime(int i, long t) {
        if (i >= size) throw new IndexOutOfBoundsException(i);
        time[i] = t;
    }

    void add(long t, double o, double h, double l, double c, double v, double s) {
        if (size == time.length) resize(grow(time.length));
        time[size] = t;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        if (spread != null) spread[size] = s;
        size++;
    }

    BarSeries toSeries(String symbol, Timeframe timeframe, String source) {
        if (time.length != size) resize(size);
        return new BarSeries(symbol, timeframe, time, open, high, low, close, volume, spread, source);
    }

    private static int grow(int cap) {
        long next = cap + (cap >> 1) + 16L;
        if (next > Integer.MAX_VALUE - 16) {
            if (cap >= Integer.MAX_VALUE - 16) throw new IllegalStateException("too many bars");
            return Integer.MAX_VALUE - 16;
        }
        return (int) next;
    }

    private void resize(int cap) {
        time = Arrays.copyOf(time, cap);
        open = Arrays.copyOf(open, cap);
        high = Arrays.copyOf(high, cap);
        low = Arrays.copyOf(low, cap);
        close = Arrays.copyOf(close, cap);
        volume = Arrays.copyOf(volume, cap);
        if (spread != null) spread = Arrays.copyOf(spread, cap);
    }
}
