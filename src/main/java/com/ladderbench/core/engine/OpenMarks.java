package com.ladderbench.core.engine;

import java.util.Arrays;

/**
 * The symbols holding a position, in symbol order, with each one's mark (quantity times last
 * close), and equity: the cash plus the marks summed left to right in symbol order. Equity is
 * asked many times a bar with many symbols open while only one symbol's mark changes per step, so
 * the running sums after each open symbol are kept: a changed mark makes only the sums from its
 * place on stale, and equity re-adds from the first stale one. The additions are the same ones in
 * the same order as summing from the cash every time, so the value is the same double bit for bit
 * (outputs are byte-identical); it only skips re-adding an unchanged prefix.
 *
 * <p>Between two equity sums it also keeps their change (each changed mark's difference) and
 * {@link #estimate} bounds: an interval sure to hold the equity the next sum would give, for a
 * decision that reads equity only through a step function (whole lots) to skip re-adding the
 * marks when the function is the same at both ends. The estimate is never a value the run uses.
 *
 * <p>Allocates when created, never afterwards.
 */
final class OpenMarks {
    /** The unit roundoff of a double: a sum's relative rounding is at most this. */
    private static final double ULP_HALF = 0x1p-53;
    private final double[] mark;
    // the symbols with a position, ascending, and each symbol's place in it (-1: none)
    private final int[] open;
    private final int[] place;
    private int count;
    // partial[j]: partial[0] (the cash it was summed from) plus the marks of open[0 .. j-1], added in that order
    private final double[] partial;
    // partial[0 .. summed] are current for the present marks and open symbols; -1: none
    private int summed = -1;
    // otherExposure(exposureFor) as last summed, until a mark or the open symbols change
    private int exposureFor = -1;
    private double exposure;
    // partialAbs[j]: |partial[0]| plus the absolute marks of open[0 .. j-1] (what bounds the rounding of partial[j])
    private final double[] partialAbs;
    // the last equity summed in full, its cash and its partialAbs; summedOnce: there was one
    private boolean summedOnce;
    private double lastEquity;
    private double lastCash;
    private double lastAbs;
    // since then: the marks' changes summed (new minus old, joining plus, leaving minus), the sum of
    // their absolute parts, and how many there were
    private double drift;
    private double driftAbs;
    private int changes;

    OpenMarks(int symbols) {
        mark = new double[symbols];
        open = new int[symbols];
        place = new int[symbols];
        Arrays.fill(place, -1);
        partial = new double[symbols + 1];
        partialAbs = new double[symbols + 1];
    }

    /** Sets a symbol's mark; it counts towards equity while the symbol is open. */
    void mark(int s, double value) {
        int p = place[s];
        if (p >= 0) drifts(value, -mark[s]);
        mark[s] = value;
        if (p >= 0 && p < summed) summed = p;
        exposureFor = -1;
    }

    /** A symbol opens ({@code true}) or closes a position: it joins or leaves the sums in symbol order. */
    void track(int s, boolean nowOpen) {
        // open[] is ascending: s's place in it (or where it goes) by bisection, not a scan
        int at = Arrays.binarySearch(open, 0, count, s);
        if (at < 0) at = -at - 1;
        drifts(nowOpen ? mark[s] : -mark[s], 0);
        if (nowOpen) {
            System.arraycopy(open, at, open, at + 1, count - at);
            open[at] = s;
            count++;
        } else {
            System.arraycopy(open, at + 1, open, at, count - at - 1);
            count--;
            place[s] = -1;
        }
        for (int k = at; k < count; k++) place[open[k]] = k;
        if (at < summed) summed = at;
        exposureFor = -1;
    }

    private void drifts(double plus, double minus) {
        drift += plus + minus;
        driftAbs += Math.abs(plus) + Math.abs(minus);
        changes++;
    }

    /** How many open marks the next {@link #equity} re-adds (for the same cash as the last one). */
    int staleMarks() {
        return count - Math.max(0, summed);
    }

    boolean any() {
        return count > 0;
    }

    /** {@code cash} plus the open symbols' marks, added left to right in symbol order. */
    double equity(double cash) {
        if (summed < 0 || Double.doubleToRawLongBits(partial[0]) != Double.doubleToRawLongBits(cash)) {
            // every partial sum starts from the cash
            partial[0] = cash;
            partialAbs[0] = Math.abs(cash);
            summed = 0;
        }
        double e = partial[summed];
        // beside the sum, its absolute terms: an independent chain, so it costs the loop next to nothing
        double abs = partialAbs[summed];
        for (int k = summed; k < count; k++) {
            double m = mark[open[k]];
            e += m;
            abs += Math.abs(m);
            partial[k + 1] = e;
            partialAbs[k + 1] = abs;
        }
        summed = count;
        summedOnce = true;
        lastEquity = e;
        lastCash = cash;
        lastAbs = abs;
        drift = 0;
        driftAbs = 0;
        changes = 0;
        return e;
    }

    /**
     * The equity {@link #equity} would return for {@code cash}, estimated from the last one summed
     * and the changes since, as {@code {low, high}} into {@code bounds}, which hold it for sure:
     * the estimate's distance to it is at most the rounding of both sums and of the changes, each
     * at most (terms) x 2^-53 x (their absolute sum) (recursive summation, Higham 4.2), bounded
     * here with a factor of eight to spare. False (bounds untouched) before the first sum, after
     * more changes than four per symbol (the bound would widen), or for a bound that is not finite.
     */
    boolean estimate(double cash, double[] bounds) {
        int terms = mark.length + 1;
        if (!summedOnce || changes > 4 * terms) return false;
        double cashChange = cash - lastCash;
        double mid = lastEquity + cashChange + drift;
        double scale = lastAbs + driftAbs + Math.abs(cash) + Math.abs(lastCash) + Math.abs(lastEquity)
                + Math.abs(cashChange) + Math.abs(drift) + Math.abs(mid);
        double error = 8 * ULP_HALF * (terms + 2.0 * changes + 8) * scale;
        double low = mid - error;
        double high = mid + error;
        if (!(high - low < Double.POSITIVE_INFINITY)) return false;
        bounds[0] = low;
        bounds[1] = high;
        return true;
    }

    /** The absolute marks of every open symbol but {@code except}, added in symbol order. */
    double otherExposure(int except) {
        if (exposureFor == except) return exposure;
        double x = 0;
        for (int k = 0; k < count; k++) {
            int s = open[k];
            if (s != except) x += Math.abs(mark[s]);
        }
        exposure = x;
        exposureFor = except;
        return x;
    }
}
