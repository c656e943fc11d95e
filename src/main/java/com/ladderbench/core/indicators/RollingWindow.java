package com.ladderbench.core.indicators;

import java.util.Arrays;

/**
 * Sums and variances over the last {@code n} values, in O(1) per bar whatever {@code n} is.
 *
 * <p>Both keep compensated running sums and, every {@code max(n, RESYNC)} bars, recompute them
 * exactly from the window, so rounding cannot build up over millions of bars; the resync costs
 * at most one extra addition per bar on average. Sums are meant for same-signed inputs (prices,
 * volumes), where no cancellation occurs. A window holding a non-finite value yields NaN,
 * and the value is kept out of the sums so it cannot poison later windows.
 */
final class RollingWindow {
    /** Shortest interval between exact recomputations; keeps short windows from resyncing every bar. */
    static final int RESYNC = 1024;
    /**
     * Largest tolerated ratio of squared mean offset to variance in the shifted-sum formula: it
     * multiplies the rounding error, so 1e4 keeps the variance good to about 1e-12.
     */
    static final double CANCELLATION = 1e4;

    private RollingWindow() {
    }

    /** Sum of {@code x[i-n+1..i]}; NaN for {@code i < n-1}. */
    static double[] sum(double[] x, int n) {
        int len = x.length;
        double[] out = new double[len];
        Arrays.fill(out, 0, Math.min(len, n - 1), Double.NaN);
        int resyncEvery = Math.max(n, RESYNC);
        CompensatedSum s = new CompensatedSum();
        int nonFinite = 0;
        int sinceResync = 0;
        for (int i = 0; i < len; i++) {
            double in = x[i];
            if (Double.isFinite(in)) s.add(in); else nonFinite++;
            if (i >= n) {
                double outgoing = x[i - n];
                if (Double.isFinite(outgoing)) s.add(-outgoing); else nonFinite--;
            }
            if (i < n - 1) continue;
            if (++sinceResync >= resyncEvery) {
                sinceResync = 0;
                s.reset();
                for (int j = i - n + 1; j <= i; j++) {
                    if (Double.isFinite(x[j])) s.add(x[j]);
                }
            }
            out[i] = nonFinite > 0 ? Double.NaN : s.value();
        }
        return out;
    }

    /** Arithmetic mean of the last {@code n} values; NaN for {@code i < n-1}. */
    static double[] mean(double[] x, int n) {
        double[] out = sum(x, n);
        for (int i = n - 1; i < out.length; i++) out[i] /= n;
        return out;
    }

    /**
     * Population standard deviation (divisor {@code n}, as ta4j's StandardDeviationIndicator) of
     * the last {@code n} values; NaN for {@code i < n-1}.
     *
     * <p>The sums are of {@code x - c} for a shift {@code c} reset to the window mean at every
     * resync: raw sums of squares would cancel catastrophically for a price of 50,000 moving by
     * cents. Each {@code (x - c)^2} is subtracted bit-identical to how it was added, so the
     * compensated sums stay exact to a rounding of their current value; the only remaining loss
     * is the final {@code E[d^2] - E[d]^2}, and the window is recentred whenever that would
     * cancel more than {@link #CANCELLATION} allows.
     */
    static double[] populationStdDev(double[] x, int n) {
        int len = x.length;
        double[] out = new double[len];
        Arrays.fill(out, 0, Math.min(len, n - 1), Double.NaN);
        int resyncEvery = Math.max(n, RESYNC);
        // Recentring costs O(n); spacing recentrings n/16 bars apart keeps the total O(bars).
        int minRecentre = Math.max(1, n / 16);
        CompensatedSum s1 = new CompensatedSum();
        CompensatedSum s2 = new CompensatedSum();
        CompensatedSum scratch = new CompensatedSum();
        double shift = Double.NaN;
        int nonFinite = 0;
        int sinceResync = 0;
        for (int i = 0; i < len; i++) {
            double in = x[i];
            if (Double.isFinite(in)) {
                if (Double.isNaN(shift)) shift = in;
                double d = in - shift;
                s1.add(d);
                s2.add(d * d);
            } else {
                nonFinite++;
            }
            if (i >= n) {
                double outgoing = x[i - n];
                if (Double.isFinite(outgoing)) {
                    double d = outgoing - shift;
                    s1.add(-d);
                    s2.add(-d * d);
                } else {
                    nonFinite--;
                }
            }
            if (i < n - 1) continue;
            if (++sinceResync >= resyncEvery) {
                sinceResync = 0;
                shift = resync(x, i - n + 1, i, shift, scratch, s1, s2);
            }
            if (nonFinite > 0) {
                out[i] = Double.NaN;
                continue;
            }
            double m1 = s1.value() / n;
            double variance = s2.value() / n - m1 * m1;
            if (m1 * m1 > CANCELLATION * variance && sinceResync >= minRecentre) {
                // The window's mean has wandered so far from the shift that the subtraction above
                // would cancel most digits (e.g. a quiet window after a crash): recentre exactly.
                sinceResync = 0;
                shift = resync(x, i - n + 1, i, shift, scratch, s1, s2);
                m1 = s1.value() / n;
                variance = s2.value() / n - m1 * m1;
            }
            out[i] = Math.sqrt(Math.max(0.0, variance));
        }
        return out;
    }

    /** Recomputes both shifted sums over {@code x[from..to]} about the window's mean; returns the new shift. */
    private static double resync(double[] x, int from, int to, double oldShift, CompensatedSum m,
            CompensatedSum s1, CompensatedSum s2) {
        m.reset();
        int count = 0;
        for (int j = from; j <= to; j++) {
            if (Double.isFinite(x[j])) {
                m.add(x[j]);
                count++;
            }
        }
        double shift = count == 0 ? oldShift : m.value() / count;
        s1.reset();
        s2.reset();
        for (int j = from; j <= to; j++) {
            if (Double.isFinite(x[j])) {
                double d = x[j] - shift;
                s1.add(d);
                s2.add(d * d);
            }
        }
        return shift;
    }
}
