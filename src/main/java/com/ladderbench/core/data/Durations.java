package com.ladderbench.core.data;

/** Renders a span of milliseconds in the largest whole unit, as timeframes are written: 90m, 4h, 2d. */
final class Durations {
    private Durations() {
    }

    static String format(long millis) {
        if (millis % 86_400_000L == 0) return millis / 86_400_000L + "d";
        if (millis % 3_600_000L == 0) return millis / 3_600_000L + "h";
        if (millis % 60_000L == 0) return millis / 60_000L + "m";
        if (millis % 1000L == 0) return millis / 1000L + "s";
        return millis + "ms";
    }
}
