package com.ladderbench.model;

import java.util.Optional;

/** The bar lengths a plan may name. Ordered from finest to coarsest. */
public enum Timeframe {
    M1("1m", 60), M5("5m", 300), M15("15m", 900), M30("30m", 1800),
    H1("1h", 3600), H2("2h", 7200), H4("4h", 14400), H6("6h", 21600), H12("12h", 43200),
    D1("1d", 86400), W1("1w", 604800);

    /** 1970-01-01 was a Thursday; the first Monday 00:00 UTC is four days later. */
    private static final long FIRST_MONDAY_MILLIS = 4 * 86_400_000L;

    private final String label;
    private final long seconds;

    Timeframe(String label, long seconds) {
        this.label = label;
        this.seconds = seconds;
    }

    public String label() { return label; }

    public long seconds() { return seconds; }

    public long millis() { return seconds * 1000L; }

    /** Bars of this length in a 365-day year; used to annualise per-bar statistics. */
    public double barsPerYear() { return 365.0 * 86400.0 / seconds; }

    /**
     * The open time of the bar of this timeframe that holds {@code epochMillis}: bars start at
     * whole multiples of their length since the epoch (1d at UTC midnight, 4h at 00:00, 04:00,
     * ...), except weeks, which start on Monday 00:00 UTC.
     */
    public long barStart(long epochMillis) {
        long len = millis();
        long origin = this == W1 ? FIRST_MONDAY_MILLIS : 0;
        return Math.floorDiv(epochMillis - origin, len) * len + origin;
    }

    public boolean isFinerThan(Timeframe other) { return seconds < other.seconds; }

    /** True when bars of {@code coarser} are whole multiples of this timeframe (resampling is possible). */
    public boolean divides(Timeframe coarser) { return coarser.seconds % seconds == 0; }

    public static Optional<Timeframe> fromLabel(String label) {
        for (Timeframe tf : values()) {
            if (tf.label.equals(label)) return Optional.of(tf);
        }
        return Optional.empty();
    }

    public static String labels() {
        StringBuilder sb = new StringBuilder();
        for (Timeframe tf : values()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(tf.label);
        }
        return sb.toString();
    }

    @Override
    public String toString() { return label; }
}
