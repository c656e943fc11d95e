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
 * <p>Allocates when created, never afterwards.
 */
final class OpenMarks {
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

    OpenMarks(int symbols) {
        mark = new double[symbols];
        open = new int[symbols];
        place = new int[symbols];
        Arrays.fill(place, -1);
        partial = new double[symbols + 1];
    }

    /** Sets a symbol's mark; it counts towards equity while the symbol is open. */
    void mark(int s, double value) {
        mark[s] = value;
        int p = place[s];
        if (p >= 0 && p < summed) summed = p;
        exposureFor = -1;
    }

    /** A symbol opens ({@code true}) or closes a position: it joins or leaves the sums in symbol order. */
    void track(int s, boolean nowOpen) {
        // open[] is ascending: s's place in it (or where it goes) by bisection, not a scan
        int at = Arrays.binarySearch(open, 0, count, s);
        if (at < 0) at = -at - 1;
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

    boolean any() {
        return count > 0;
    }

    /** {@code cash} plus the open symbols' marks, added left to right in symbol order. */
    double equity(double cash) {
        if (summed < 0 || Double.doubleToRawLongBits(partial[0]) != Double.doubleToRawLongBits(cash)) {
            // every partial sum starts from the cash
            partial[0] = cash;
            summed = 0;
        }
        double e = partial[summed];
        for (int k = summed; k < count; k++) {
            e += mark[open[k]];
            partial[k + 1] = e;
        }
        summed = count;
        return e;
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
