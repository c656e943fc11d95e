package com.ladderbench.core.indicators;

/**
 * Exponential smoothing seeded with the first value, exactly as ta4j's AbstractEMAIndicator:
 * {@code y[0] = x[0]}, {@code y[i] = (x[i] - y[i-1]) * alpha + y[i-1]}. Same operations in the
 * same order, so the results are bit-identical to ta4j with DoubleNum.
 */
final class Smoothing {
    private Smoothing() {
    }

    /** EMA weight for a period: {@code 2 / (n + 1)}. */
    static double emaAlpha(int n) {
        return 2.0 / (n + 1);
    }

    /** Wilder's (modified moving average) weight for a period: {@code 1 / n}. */
    static double wilderAlpha(int n) {
        return 1.0 / n;
    }

    /** The smoothed series from bar 0, without any warm-up masking. */
    static double[] exponential(double[] x, double alpha) {
        double[] out = new double[x.length];
        exponential(x, alpha, out, 0);
        return out;
    }

    /** {@link #exponential(double[], double)} written into {@code out[off..off+x.length)}. */
    static void exponential(double[] x, double alpha, double[] out, int off) {
        int len = x.length;
        if (len == 0) return;
        double prev = x[0];
        out[off] = prev;
        for (int i = 1; i < len; i++) {
            prev = (x[i] - prev) * alpha + prev;
            out[off + i] = prev;
        }
    }
}
