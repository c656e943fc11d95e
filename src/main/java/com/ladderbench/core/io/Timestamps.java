package com.ladderbench.core.io;

import java.time.Instant;

/** The one place timestamps are rendered for outputs: ISO-8601 in UTC, e.g. 2024-01-01T03:00:00Z. */
public final class Timestamps {
    private Timestamps() {
    }

    public static String format(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** Parses what {@link #format} writes. */
    public static long parse(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }
}
