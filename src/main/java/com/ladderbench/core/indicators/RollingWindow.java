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
        double[] out = new double[x.length];
        sum(x, n, out, 0);
        return out;
    }

    /** {@link #sum(double[], int)} written into {@code out[off..off+x.length)}. */
    static void sum(double[] x, int n, double[] out, int off) {
        int len = x.length;
        int warm = Math.min(len, n - 1);
        Arrays.fill(out, off, off + warm, Double.NaN);
        int resyncEvery = Math.max(n, RESYNC);
        CompensatedSum s = new CompensatedSum();
        int nonFinite = 0;
        int sinceResync = 0;
        // The bars before the first full window, the first full window (nothing leaves it), then
        // every later bar: three loops rather than branches on the bar index in one, which a loop
        // compiled from a profile taken mid-run (it runs once per run) does not expect at bar 0,
        // sending each later run back to the interpreter. The same additions in the same order.
        for (int i = 0; i < warm; i++) {
            double in = x[i];
            if (Double.isFinite(in)) s.add(in); else nonFinite++;
        }
        if (warm < len) {
            int i = warm;
            double in = x[i];
            if (Double.isFinite(in)) s.add(in); else nonFinite++;
            sinceResync++; // never a resync here: resyncEvery is at least RESYNC
            out[off + i] = nonFinite > 0 ? Double.NaN : s.value();
        }
        for (int i = Math.max(n, warm + 1); i < len; i++) {
            double in = x[i];
            if (Double.isFinite(in)) s.add(in); else nonFinite++;
            double outgoing = x[i - n];
            if (Double.isFinite(outgoing)) s.add(-outgoing); else nonFinite--;
            if (++sinceResync >= resyncEvery) {
                sinceResync = 0;
                s.reset();
                for (int j = i - n + 1; j <= i; j++) {
                    if (Double.isFinite(x[j])) s.add(x[j]);
                }
            }
            out[off + i] = nonFinite > 0 ? Double.NaN : s.value();
        }
    }

    /** Arithmetic mean of the last {@code n} values; NaN for {@code i < n-1}. */
    static double[] mean(double[] x, int n) {
        double[] out = new double[x.length];
        mean(x, n, out, 0);
        return out;
    }

    /** {@link #mean(double[], int)} written into {@code out[off..off+x.length)}. */
    static void mean(double[] x, int n, double[] out, int off) {
        sum(x, n, out, off);
        for (int i = n - 1; i < x.length; i++) out[off + i] /= n;
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
        double[] out = new double[x.length];
        populationStdDev(x, n, out, 0);
        return out;
    }

    /** {@link #populationStdDev(double[], int)} written into {@code out[off..off+x.length)}. */
    static void populationStdDev(double[] x, int n, double[] out, int off) {
        int len = x.length;
        int warm = Math.min(len, n - 1);
        Arrays.fill(out, off, off + warm, Double.NaN);
        Deviation w = new Deviation(n);
        // before the first full window, the first full window (nothing leaves it), every later
        // bar: three loops, not branches on the bar index (see sum); the same steps in the same order
        for (int i = 0; i < warm; i++) w.enter(x[i]);
        if (warm < len) {
            w.enter(x[warm]);
            out[off + warm] = w.deviation(x, warm);
        }
        for (int i = Math.max(n, warm + 1); i < len; i++) {
            w.enter(x[i]);
            w.leave(x[i - n]);
            out[off + i] = w.deviation(x, i);
        }
    }

    /** The state of {@link #populationStdDev} over one series: shifted sums of the window's values. */
    private static final class Deviation {
        private final int n;
        private final int resyncEvery;
        // Recentring costs O(n); spacing recentrings n/16 bars apart keeps the total O(bars).
        private final int minRecentre;
        private final CompensatedSum s1 = new CompensatedSum();
        private final CompensatedSum s2 = new CompensatedSum();
        private final CompensatedSum scratch = new CompensatedSum();
        private double shift = Double.NaN;
        private int nonFinite;
        private int sinceResync;

        Deviation(int n) {
            this.n = n;
            this.resyncEvery = Math.max(n, RESYNC);
            this.minRecentre = Math.max(1, n / 16);
        }

        void enter(double in) {
            if (Double.isFinite(in)) {
                if (Double.isNaN(shift)) shift = in;
                double d = in - shift;
                s1.add(d);
                s2.add(d * d);
            } else {
                nonFinite++;
            }
        }

        void leave(double outgoing) {
            if (Double.isFinite(outgoing)) {
                double d = outgoing - shift;
                s1.add(-d);
                s2.add(-d * d);
            } else {
                nonFinite--;
            }
        }

        /** The deviation of the window ending at bar {@code i} of {@code x}, its values entered. */
        double deviation(double[] x, int i) {
            if (++sinceResync >= resyncEvery) {
                sinceResync = 0;
                shift = resync(x, i - n + 1, i, shift, scratch, s1, s2);
            }
            if (nonFinite > 0) return Double.NaN;
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
            return Math.sqrt(Math.max(0.0, variance));
        }
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
