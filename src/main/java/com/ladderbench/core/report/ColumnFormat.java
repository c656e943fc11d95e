package com.ladderbench.core.report;

import java.util.Locale;

/**
 * One number precision for a whole table column, so figures line up and compare at a glance
 * (226.30 above 91.49, never 226.297 above 91.4877). Thousands are grouped with ',' and the
 * decimal point is '.', under any locale.
 */
record ColumnFormat(int decimals) {
    private static final int MAX_DECIMALS = 8;

    static ColumnFormat fixed(int decimals) {
        return new ColumnFormat(decimals);
    }

    /**
     * Enough decimals to show the column's smallest non-zero magnitude with {@code significant}
     * digits, at least {@code minDecimals}, at most eight.
     */
    static ColumnFormat fitting(double[] values, int minDecimals, int significant) {
        double smallest = Double.POSITIVE_INFINITY;
        for (double v : values) {
            double a = Math.abs(v);
            if (a > 0 && Double.isFinite(a)) smallest = Math.min(smallest, a);
        }
        if (smallest == Double.POSITIVE_INFINITY) return new ColumnFormat(minDecimals);
        int needed = significant - 1 - (int) Math.floor(Math.log10(smallest));
        return new ColumnFormat(Math.max(minDecimals, Math.min(MAX_DECIMALS, needed)));
    }

    /** The value with this column's decimals; an empty cell for a value that is not a number. */
    String format(double v) {
        if (!Double.isFinite(v)) return "";
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
        // -0.00 reads as a loss that is not there
        return s.startsWith("-") && s.chars().noneMatch(ch -> ch >= '1' && ch <= '9') ? s.substring(1) : s;
    }
}
