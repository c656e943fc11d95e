package com.ladderbench.core.indicators;

import java.util.Arrays;

/**
 * Highest and lowest of the last {@code n} values in O(1) amortised per bar: a monotonic deque
 * of indices whose values strictly decrease (for the maximum) from front to back, so the front is
 * always the window's extreme. Inputs are validated prices, hence finite.
 */
final class RollingExtreme {
    private RollingExtreme() {
    }

    /** Highest of {@code x[i-n+1..i]}; NaN for {@code i < n-1}. */
    static double[] max(double[] x, int n) {
        return extreme(x, n, true);
    }

    /** Lowest of {@code x[i-n+1..i]}; NaN for {@code i < n-1}. */
    static double[] min(double[] x, int n) {
        return extreme(x, n, false);
    }

    private static double[] extreme(double[] x, int n, boolean highest) {
        int len = x.length;
        double[] out = new double[len];
        Arrays.fill(out, 0, Math.min(len, n - 1), Double.NaN);
        if (len == 0) return out;
        // A window never holds more than n indices (nor the series more than len); a power of two
        // lets the ring wrap with a mask instead of a division.
        int needed = Math.min(n, len);
        int capacity = Integer.highestOneBit(needed) == needed ? needed : Integer.highestOneBit(needed) << 1;
        int mask = capacity - 1;
        int[] ring = new int[capacity];
        int head = 0;
        int size = 0;
        for (int i = 0; i < len; i++) {
            double v = x[i];
            // Drop the front once it slides out of the window (before pushing, so the ring never
            // holds more than n indices).
            if (size > 0 && ring[head] <= i - n) {
                head = (head + 1) & mask;
                size--;
            }
            // Drop from the back every index the new value dominates: it can never be the extreme again.
            while (size > 0) {
                double back = x[ring[(head + size - 1) & mask]];
                if (highest ? back <= v : back >= v) size--; else break;
            }
            ring[(head + size) & mask] = i;
            size++;
            if (i >= n - 1) out[i] = x[ring[head]];
        }
        return out;
    }
}
