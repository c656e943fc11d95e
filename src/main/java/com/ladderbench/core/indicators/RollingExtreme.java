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
        double[] out = new double[x.length];
        extreme(x, n, true, out, 0);
        return out;
    }

    /** {@link #max(double[], int)} written into {@code out[off..off+x.length)}. */
    static void max(double[] x, int n, double[] out, int off) {
        extreme(x, n, true, out, off);
    }

    /** Lowest of {@code x[i-n+1..i]}; NaN for {@code i < n-1}. */
    static double[] min(double[] x, int n) {
        double[] out = new double[x.length];
        extreme(x, n, false, out, 0);
        return out;
    }

    /** {@link #min(double[], int)} written into {@code out[off..off+x.length)}. */
    static void min(double[] x, int n, double[] out, int off) {
        extreme(x, n, false, out, off);
    }

    private static void extreme(double[] x, int n, boolean highest, double[] out, int off) {
        int len = x.length;
        Arrays.fill(out, off, off + Math.min(len, n - 1), Double.NaN);
        if (len == 0) return;
        Window w = new Window(Math.min(n, len), highest);
        // the bars before the first full window, then the bars with a value: two loops rather than
        // a branch on the bar index in one, which a loop compiled from a profile taken mid-run (it
        // runs once per run) does not expect, sending each later run back to the interpreter
        int warm = Math.min(len, n - 1);
        for (int i = 0; i < warm; i++) w.push(x, i, n);
        for (int i = warm; i < len; i++) {
            w.push(x, i, n);
            out[off + i] = x[w.front()];
        }
    }

    /** The monotonic deque of one window's indices, in a ring. */
    private static final class Window {
        private final boolean highest;
        private final int[] ring;
        private final int mask;
        private int head;
        private int size;

        /** @param needed the most indices a window holds */
        Window(int needed, boolean highest) {
            this.highest = highest;
            // a power of two lets the ring wrap with a mask instead of a division
            int capacity = Integer.highestOneBit(needed) == needed ? needed : Integer.highestOneBit(needed) << 1;
            this.ring = new int[capacity];
            this.mask = capacity - 1;
        }

        void push(double[] x, int i, int n) {
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
        }

        /** The index of the window's extreme. */
        int front() {
            return ring[head];
        }
    }
}
