package com.ladderbench.core.indicators;

import java.util.Arrays;

/**
 * Bar-by-bar transforms of price columns, each value depending only on its bar and the one
 * before. Arithmetic follows ta4j's operation order so results match it bit for bit.
 */
final class PriceTransforms {
    private PriceTransforms() {
    }

    /** Wilder's true range; bar 0 has no previous close, so it is {@code high - low} (as ta4j). */
    static double[] trueRange(double[] high, double[] low, double[] close) {
        int len = close.length;
        double[] out = new double[len];
        for (int i = 0; i < len; i++) {
            double range = Math.abs(high[i] - low[i]);
            if (i == 0) {
                out[i] = range;
            } else {
                double prevClose = close[i - 1];
                out[i] = Math.max(range, Math.max(Math.abs(high[i] - prevClose), Math.abs(prevClose - low[i])));
            }
        }
        return out;
    }

    /** {@code ln(c[i] / c[i-1])}; NaN at bar 0. A zero close gives a non-finite return. */
    static double[] logReturns(double[] close) {
        int len = close.length;
        double[] out = new double[len];
        if (len > 0) out[0] = Double.NaN;
        for (int i = 1; i < len; i++) {
            out[i] = Math.log(close[i] / close[i - 1]);
        }
        return out;
    }

    /** Typical price {@code (h + l + c) / 3} times volume, the numerator of VWAP. */
    static double[] typicalPriceVolume(double[] high, double[] low, double[] close, double[] volume) {
        int len = close.length;
        double[] out = new double[len];
        for (int i = 0; i < len; i++) {
            out[i] = (high[i] + low[i] + close[i]) / 3.0 * volume[i];
        }
        return out;
    }

    /** Percent change over {@code n} bars; NaN for {@code i < n} and where the base close is zero. */
    static double[] rateOfChange(double[] close, int n) {
        double[] out = new double[close.length];
        rateOfChange(close, n, out, 0);
        return out;
    }

    /** {@link #rateOfChange(double[], int)} written into {@code out[off..off+close.length)}. */
    static void rateOfChange(double[] close, int n, double[] out, int off) {
        int len = close.length;
        Arrays.fill(out, off, off + Math.min(len, n), Double.NaN);
        for (int i = n; i < len; i++) {
            double base = close[i - n];
            out[off + i] = base == 0.0 ? Double.NaN : (close[i] - base) / base * 100.0;
        }
    }

    /**
     * RSI over {@code close}: Wilder-smoothed ({@link Smoothing#exponential} with {@code alpha})
     * gains over losses (ta4j's GainIndicator and LossIndicator: the upward and the downward
     * close-to-close move, 0 at bar 0), in one pass: one array, not the four series of those
     * steps apart, with per bar the same operations in the same order as they would take.
     * Where there are no losses, ta4j's conventions: 100 if there were gains, 0 if there was no
     * movement at all.
     */
    static double[] rsi(double[] close, double alpha) {
        double[] out = new double[close.length];
        rsi(close, alpha, out, 0);
        return out;
    }

    /** {@link #rsi(double[], double)} written into {@code out[off..off+close.length)}. */
    static void rsi(double[] close, double alpha, double[] out, int off) {
        int len = close.length;
        // bar 0 has no move: both smoothings are seeded with 0, as the gains and losses are, so
        // its RSI is 0 (no movement). Set apart from the loop, which then has no branch for it: a
        // loop run once per run is compiled from a profile that never saw bar 0, and a branch for
        // it sent each later run back to the interpreter to recompile
        if (len > 0) out[off] = 0.0;
        double gain = 0.0;
        double loss = 0.0;
        for (int i = 1; i < len; i++) {
            double up = close[i] > close[i - 1] ? close[i] - close[i - 1] : 0.0;
            double down = close[i] < close[i - 1] ? close[i - 1] - close[i] : 0.0;
            gain = (up - gain) * alpha + gain;
            loss = (down - loss) * alpha + loss;
            if (loss == 0.0) {
                out[off + i] = gain == 0.0 ? 0.0 : 100.0;
            } else {
                double rs = gain / loss;
                out[off + i] = 100.0 - 100.0 / (1.0 + rs);
            }
        }
    }

    /**
     * {@code a[i] / d}, {@code d} the divisor at {@code out[off + i]}, written over the divisor
     * (so no array of the quotients is allocated beside it); NaN where the divisor is zero or
     * either side is missing.
     */
    static void divideInto(double[] a, double[] out, int off) {
        for (int i = 0; i < a.length; i++) {
            double d = out[off + i];
            out[off + i] = d == 0.0 ? Double.NaN : a[i] / d;
        }
    }
}
