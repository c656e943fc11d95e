package com.ladderbench.core.analysis;

import com.ladderbench.model.EquityCurve;

/**
 * What the metrics read from an equity curve, taken point by point as the curve is marked: the
 * number of points, the final equity, the deepest drawdown from the running peak and the sums
 * behind Sharpe and Sortino. A run that keeps only its metrics (a sweep's point) marks its equity
 * here instead of into a curve of one value per bar; a stored curve gives the same summary through
 * {@link #of}, with the same arithmetic in the same order, so the metrics are identical either way.
 */
public final class EquitySummary {
    private final double initialCash;
    private int points;
    // the last equity marked, from which the next return is taken; the initial cash before any
    private double prev;
    private double peak = Double.NEGATIVE_INFINITY;
    private double maxDrawdownPct;
    private double sum;
    private double sumSq;
    private double downSq;

    /** An empty summary of a run that starts with {@code initialCash}. */
    public EquitySummary(double initialCash) {
        this.initialCash = initialCash;
        this.prev = initialCash;
    }

    /** The summary of a stored curve. */
    public static EquitySummary of(double initialCash, EquityCurve curve) {
        EquitySummary s = new EquitySummary(initialCash);
        for (double e : curve.equity()) s.add(e);
        return s;
    }

    /** The equity marked at the curve's next point. */
    public void add(double equity) {
        // the drawdown as EquityCurve.drawdownPct computes it, the return as a per-bar return
        peak = Math.max(peak, equity);
        double dd = peak > 0 ? (equity / peak - 1.0) * 100.0 : 0.0;
        maxDrawdownPct = Math.min(maxDrawdownPct, dd);
        double r = prev > 0 ? equity / prev - 1 : 0;
        sum += r;
        sumSq += r * r;
        if (r < 0) downSq += r * r;
        prev = equity;
        points++;
    }

    public double initialCash() { return initialCash; }

    /** Points marked so far. */
    public int points() { return points; }

    /** The last equity marked; the initial cash before any. */
    public double finalEquity() { return prev; }

    /** The deepest drawdown from the running peak, a percentage: 0 or negative. */
    public double maxDrawdownPct() { return maxDrawdownPct; }

    /** Σ per-point return (the first point's from the initial cash). */
    double returnSum() { return sum; }

    /** Σ squared per-point return. */
    double returnSumSq() { return sumSq; }

    /** Σ squared negative per-point return. */
    double downsideSumSq() { return downSq; }
}
