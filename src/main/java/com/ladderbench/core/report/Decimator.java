package com.ladderbench.core.report;

/**
 * Reduces a long series to at most two points per pixel column, keeping each column's minimum
 * and maximum in time order, so a million-point curve draws in a few thousand segments without
 * losing its spikes. Used by the HTML report and the workbench charts.
 */
public final class Decimator {
    private Decimator() {
    }

    /** Indices of the points to draw, ascending; all of them when there are few enough. */
    public static int[] indices(double[] values, int columns) {
        int n = values.length;
        if (n <= 2L * columns) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        int[] out = new int[2 * columns + 2];
        int k = 0;
        for (int c = 0; c < columns; c++) {
            int from = (int) ((long) c * n / columns);
            int to = (int) ((long) (c + 1) * n / columns);
            int lo = from;
            int hi = from;
            for (int i = from + 1; i < to; i++) {
                if (values[i] < values[lo]) lo = i;
                if (values[i] > values[hi]) hi = i;
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            if (k == 0 || out[k - 1] != first) out[k++] = first;
            if (second != first) out[k++] = second;
        }
        if (out[k - 1] != n - 1) out[k++] = n - 1;
        return java.util.Arrays.copyOf(out, k);
    }
}
