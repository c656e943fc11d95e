package com.ladderbench.ui;

import com.ladderbench.core.text.Decimals;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers and times read on screen. Display only: files are written by the core's writers
 * with full precision and ISO-8601 timestamps.
 */
public final class Formats {
    // UTC like every output, without the seconds and the 'T' so a timestamp column stays narrow
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    public static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    public static String time(Long epochMillis) {
        return epochMillis == null ? "open" : time(epochMillis.longValue());
    }

    /** Money and prices: two decimals with grouping, blank for undefined values. */
    public static String money(double v) {
        return Double.isFinite(v) ? Decimals.grouped(v, 2) : "";
    }

    /** Large amounts where cents are noise (exposure): grouped, no decimals. */
    public static String whole(double v) {
        return Double.isFinite(v) ? Decimals.grouped(v, 0) : "";
    }

    /** Fractions and percentages of a plan (exit_fraction): up to 8 decimals, trailing zeros dropped. Quantities: {@link Quantities}. */
    public static String decimal(double v) {
        if (!Double.isFinite(v)) return "";
        String s = Decimals.fixed(v, 8);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** A ratio such as the R multiple; "n/a" when undefined (an entry without a stop has no R). */
    public static String ratio(Double v) {
        return v == null || !Double.isFinite(v) ? "n/a" : Decimals.fixed(v, 2);
    }

    public static String hours(double h) {
        if (!Double.isFinite(h)) return "";
        if (h < 48) return Decimals.fixed(h, 0) + " h";
        return Decimals.fixed(h / 24.0, 1) + " d";
    }

    public static String orBlank(Object o) {
        return o == null ? "" : o.toString();
    }
}
