package com.ladderbench.model;

/**
 * Equity marked at every bar close of the run's merged timeline, stored as columns.
 * {@code time[i]} is epoch milliseconds of the bar timestamp (as in the data files).
 */
public final class EquityCurve {
    private final long[] time;
    private final double[] equity;

    public EquityCurve(long[] time, double[] equity) {
        if (time.length != equity.length) throw new IllegalArgumentException("columns of unequal length");
        this.time = time;
        this.equity = equity;
    }

    public int size() { return time.length; }

    public long[] time() { return time; }

    public double[] equity() { return equity; }

    /** Drawdown from the running peak at each point, as a percentage (0 or negative). */
    public double[] drawdownPct() {
        double[] dd = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < equity.length; i++) {
            peak = Math.max(peak, equity[i]);
            dd[i] = peak > 0 ? (equity[i] / peak - 1.0) * 100.0 : 0.0;
        }
        return dd;
    }
}
