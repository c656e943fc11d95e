package com.ladderbench.core.data;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;

/**
 * Builds a coarser timeframe from a base series (SPEC §2.2, "higher timeframes a plan needs are
 * resampled from the base series").
 *
 * <p>Buckets are aligned to whole multiples of the target length since the epoch, in UTC (1d
 * buckets start at UTC midnight, 4h buckets at 00:00, 04:00, ...). A bucket takes the first
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
        for (int i = 0; i < n; i++) {
            if (i == 0 || bucket(time[i], len) != bucket(time[i - 1], len)) buckets++;
        }
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
        double spreadSum = 0;
        int spreadCount = 0;
        for (int i = 0; i < n; i++) {
            long start = bucket(time[i], len);
            if (k < 0 || start != t[k]) {
                if (k >= 0) {
                    // bucket k's last bar is i-1; if it ended short of the bucket end, bar i proves completion
                    at[k] = base.closeTime(i - 1) >= t[k] + len ? i - 1 : i;
                    if (s != null) s[k] = spreadCount == 0 ? Double.NaN : spreadSum / spreadCount;
                }
                k++;
                t[k] = start;
                o[k] = bo[i];
                h[k] = bh[i];
                l[k] = bl[i];
                v[k] = 0;
                spreadSum = 0;
                spreadCount = 0;
            }
            h[k] = Math.max(h[k], bh[i]);
            l[k] = Math.min(l[k], bl[i]);
            c[k] = bc[i];
            v[k] += bv[i];
            if (bs != null && !Double.isNaN(bs[i])) {
                spreadSum += bs[i];
                spreadCount++;
            }
        }
        int complete = buckets;
        if (k >= 0) {
            if (s != null) s[k] = spreadCount == 0 ? Double.NaN : spreadSum / spreadCount;
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

    /** The start of the interval of length {@code len} holding {@code time}: how every bar in the project is labelled. */
    static long bucket(long time, long len) {
        return Math.floorDiv(time, len) * len;
    }
}
