package com.ladderbench.core.engine;

/**
 * The symbols holding a position, with each one's mark (quantity times last close), and equity:
 * the cash plus the open symbols' marks summed left to right in symbol order. Equity is asked many
 * times a bar with many symbols open while only one symbol's mark changes per step, so the running
 * sum through each open symbol is kept: a changed mark makes only the sums from its symbol on
 * stale, and equity re-adds from the first stale one. The additions are the same ones in the same
 * order as summing from the cash every time, so the value is the same double bit for bit (outputs
 * are byte-identical); it only skips re-adding an unchanged prefix. The open symbols are a bit set,
 * read in ascending order, so a position opening or closing costs the same with any number open.
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
    // the symbols with a position: bit s % 64 of word s / 64
    private final long[] open;
    private int count;
    // for an open symbol s: the cash plus the marks of the open symbols up to s, added in symbol order,
    // and beside it the same over absolute values (what bounds the sum's rounding)
    private final double[] partial;
    private final double[] partialAbs;
    // the partial sums of the open symbols below it are current for the present marks and open symbols
    private int firstStale;
    // otherExposure(exposureFor) as last summed, until a mark or the open symbols change
    private int exposureFor = -1;
    private double exposure;
    // the last equity summed, its cash (every partial sum starts from it) and its absolute sum; summedOnce: there was one
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
        open = new long[(symbols + 63) >>> 6];
        partial = new double[symbols];
        partialAbs = new double[symbols];
    }

    private boolean isOpen(int s) {
        return (open[s >>> 6] & 1L << s) != 0;
    }

    /** Sets a symbol's mark; it counts towards equity while the symbol is open. */
    void mark(int s, double value) {
        if (isOpen(s)) {
            drifts(value, -mark[s]);
            if (s < firstStale) firstStale = s;
        }
        mark[s] = value;
        exposureFor = -1;
    }

    /** A symbol opens ({@code true}) or closes a position: it joins or leaves the sums in symbol order. */
    void track(int s, boolean nowOpen) {
        drifts(nowOpen ? mark[s] : -mark[s], 0);
        if (nowOpen) {
            open[s >>> 6] |= 1L << s;
            count++;
        } else {
            open[s >>> 6] &= ~(1L << s);
            count--;
        }
        if (s < firstStale) firstStale = s;
        exposureFor = -1;
    }

    private void drifts(double plus, double minus) {
        drift += plus + minus;
        driftAbs += Math.abs(plus) + Math.abs(minus);
        changes++;
    }

    /** How many open marks the next {@link #equity} re-adds (for the same cash as the last one). */
    int staleMarks() {
        int w = firstStale >>> 6;
        if (w >= open.length) return 0;
        int n = Long.bitCount(open[w] & -1L << firstStale);
        for (w++; w < open.length; w++) n += Long.bitCount(open[w]);
        return n;
    }

    boolean any() {
        return count > 0;
    }

    /** {@code cash} plus the open symbols' marks, added left to right in symbol order. */
    double equity(double cash) {
        // every partial sum starts from the cash
        if (!summedOnce || Double.doubleToRawLongBits(lastCash) != Double.doubleToRawLongBits(cash)) {
            firstStale = 0;
        } else if (firstStale == mark.length) {
            return lastEquity; // nothing changed since the last sum
        }
        int before = lastOpenBelow(firstStale);
        double e = before < 0 ? cash : partial[before];
        // beside the sum, its absolute terms: an independent chain, so it costs the loop next to nothing
        double abs = before < 0 ? Math.abs(cash) : partialAbs[before];
        for (int w = firstStale >>> 6; w < open.length; w++) {
            long bits = open[w];
            if (w == firstStale >>> 6) bits &= -1L << firstStale;
            for (; bits != 0; bits &= bits - 1) {
                int s = w << 6 | Long.numberOfTrailingZeros(bits);
                double m = mark[s];
                e += m;
                abs += Math.abs(m);
                partial[s] = e;
                partialAbs[s] = abs;
            }
        }
        firstStale = mark.length;
        summedOnce = true;
        lastEquity = e;
        lastCash = cash;
        lastAbs = abs;
        drift = 0;
        driftAbs = 0;
        changes = 0;
        return e;
    }

    /** The highest open symbol below {@code s}, -1 if none. */
    private int lastOpenBelow(int s) {
        if (s == 0) return -1;
        int w = (s - 1) >>> 6;
        // the bits of the word below s: s - 1 and under
        long bits = open[w] & -1L >>> 63 - ((s - 1) & 63);
        while (bits == 0) {
            if (--w < 0) return -1;
            bits = open[w];
        }
        return w << 6 | 63 - Long.numberOfLeadingZeros(bits);
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
        for (int w = 0; w < open.length; w++) {
            for (long bits = open[w]; bits != 0; bits &= bits - 1) {
                int s = w << 6 | Long.numberOfTrailingZeros(bits);
                if (s != except) x += Math.abs(mark[s]);
            }
        }
        exposure = x;
        exposureFor = except;
        return x;
    }
}
