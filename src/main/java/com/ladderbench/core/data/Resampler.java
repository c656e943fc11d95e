package com.ladderbench.core.data;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;

/**
 * Builds a coarser timeframe from a base series (SPEC §2.2, "higher timeframes a plan needs are
 * resampled from the base series").
 *
 * <p>Buckets are aligned by {@link Timeframe#barStart}, in UTC (1d buckets start at UTC
 * midnight, 4h buckets at 00:00, 04:00, ..., 1w buckets on Monday 00:00). A bucket takes the first
 * open, highest high, lowest low, last close, summed volume, and the mean of the base bars'
 * spreads (NaN spreads ignored; NaN if none). Gaps are allowed: a bucket holds whichever base bars
 * fall in it.
 *
 * <p>When a bucket is complete, so the engine never looks ahead: at the close of its last base bar
 * if that bar closes at or after the bucket end; otherwise (a gap at the end of the bucket) only
 * at the close of the next base bar, the first moment the data shows the bucket got nothing more.
 * A trailing bucket whose last bar closes before its end is incomplete and left out.
 */
public final class Resampler {
    private Resampler() {
    }

    /** @throws IllegalArgumentException if {@code target} is finer than the base or not a whole multiple of it */
    public static HigherTimeframe resample(BarSeries base, Timeframe target) {
        Timeframe tf = base.timeframe();
        if (target.isFinerThan(tf) || !tf.divides(target)) {
            throw new IllegalArgumentException("cannot resample " + tf + " bars to " + target);
        }
        long len = target.millis();
        long[] time = base.time();
        int n = base.size();
        int buckets = 0;
        for (int i = 0; i < n; i = bucketEnd(time, i, target)) buckets++;
        long[] t = new long[buckets];
        double[] o = new double[buckets];
        double[] h = new double[buckets];
        double[] l = new double[buckets];
        double[] c = new double[buckets];
        double[] v = new double[buckets];
        double[] s = base.hasSpread() ? new double[buckets] : null;
        int[] at = new int[buckets];
        double[] bo = base.open();
        double[] bh = base.high();
        double[] bl = base.low();
        double[] bc = base.close();
        double[] bv = base.volume();
        double[] bs = base.spreadBps();

        int k = -1;
        for (int first = 0, next; first < n; first = next) {
            next = bucketEnd(time, first, target);
            k++;
            t[k] = target.barStart(time[first]);
            o[k] = bo[first];
            double high = bh[first];
            double low = bl[first];
            double volume = 0;
            for (int i = first; i < next; i++) {
                high = Math.max(high, bh[i]);
                low = Math.min(low, bl[i]);
                volume += bv[i];
            }
            h[k] = high;
            l[k] = low;
            c[k] = bc[next - 1];
            v[k] = volume;
            if (s != null) s[k] = meanSpread(bs, first, next);
            // the bucket's last bar is next-1; if it ended short of the bucket end, bar next proves completion
            if (next < n) at[k] = base.closeTime(next - 1) >= t[k] + len ? next - 1 : next;
        }
        int complete = buckets;
        if (k >= 0) {
            if (base.closeTime(n - 1) >= t[k] + len) {
                at[k] = n - 1;
            } else {
                complete = buckets - 1; // trailing partial bucket: its remaining bars have not happened yet
            }
        }
        String source = base.source() + " resampled to " + target.label();
        BarSeries series = new BarSeries(base.symbol(), target, t, o, h, l, c, v, s, source);
        if (complete < buckets) series = series.head(complete);
        int[] completedAt = complete < buckets ? java.util.Arrays.copyOf(at, complete) : at;
        return new HigherTimeframe(series, completedAt);
    }

    /**
     * One past the last bar of the bucket that bar {@code first} opens: the bars that follow it
     * while they fall in the same bucket. A bucket is the interval [start, start + length), so
     * one division per bucket decides it, not one per bar (a decade of minute bars has 5.3
     * million). Bars need not be in time order: a bar outside the interval starts a new bucket.
     */
    private static int bucketEnd(long[] time, int first, Timeframe target) {
        long start = target.barStart(time[first]);
        long len = target.millis();
        int i = first + 1;
        // unsigned: a bar before the start wraps to a huge distance, so it leaves the bucket too
        while (i < time.length && Long.compareUnsigned(time[i] - start, len) < 0) i++;
        return i;
    }

    /** The mean of the bars' spreads that are known, NaN if none is. */
    private static double meanSpread(double[] spread, int from, int to) {
        double sum = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(spread[i])) {
                sum += spread[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
