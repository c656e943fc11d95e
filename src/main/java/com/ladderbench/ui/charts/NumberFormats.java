package com.ladderbench.ui.charts;

import com.ladderbench.core.text.Decimals;

/** Short, stable renderings of figures for axes, cells and tiles (always '.' decimals, ',' thousands; {@link Decimals} rounds). */
public final class NumberFormats {
    private NumberFormats() {
    }

    /** Axis labels: 1.25M, 104.5k, 12.5, 0.034; the step decides the decimals so ticks stay distinct. */
    public static String axis(double v, double step) {
        double a = Math.abs(v);
        if (a >= 1e6 && step >= 1e4) return trim(Decimals.fixed(v / 1e6, 2)) + "M";
        if (a >= 1e4 && step >= 100) return trim(Decimals.fixed(v / 1e3, 1)) + "k";
        int decimals = step >= 1 ? 0 : (int) Math.min(6, Math.ceil(-Math.log10(step)));
        return Decimals.grouped(v, decimals);
    }

    /** A figure with a fixed number of decimals and thousands separators; "n/a" for NaN; never "-0.00". */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) return "n/a";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "-∞";
        return Decimals.grouped(v, decimals);
    }

    /** Like {@link #fixed} with an explicit sign, for deltas. */
    public static String signed(double v, int decimals) {
        if (Double.isNaN(v)) return "n/a";
        String s = fixed(v, decimals);
        // a delta that rounds to zero shows as 0.00, with neither sign
        return v > 0 && !s.matches("[0.,]+") ? "+" + s : s;
    }

    private static String trim(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
