package com.ladderbench.ui.charts;

import java.util.Locale;

/** Short, stable renderings of figures for axes, cells and tiles (always '.' decimals, ',' thousands). */
public final class NumberFormats {
    private NumberFormats() {
    }

    /** Axis labels: 1.25M, 104.5k, 12.5, 0.034; the step decides the decimals so ticks stay distinct. */
    public static String axis(double v, double step) {
        double a = Math.abs(v);
        if (a >= 1e6 && step >= 1e4) return trim(String.format(Locale.ROOT, "%.2f", v / 1e6)) + "M";
        if (a >= 1e4 && step >= 100) return trim(String.format(Locale.ROOT, "%.1f", v / 1e3)) + "k";
        int decimals = step >= 1 ? 0 : (int) Math.min(6, Math.ceil(-Math.log10(step)));
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** A figure with a fixed number of decimals and thousands separators; "n/a" for NaN. */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) return "n/a";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "-∞";
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** Like {@link #fixed} with an explicit sign, for deltas. */
    public static String signed(double v, int decimals) {
        if (Double.isNaN(v)) return "n/a";
        String s = fixed(v, decimals);
        return v > 0 ? "+" + s : s;
    }

    private static String trim(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
