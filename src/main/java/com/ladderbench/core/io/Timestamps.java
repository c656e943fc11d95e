package com.ladderbench.core.io;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The one place timestamps are rendered for outputs: ISO-8601 in UTC, e.g. 2024-01-01T03:00:00Z. */
public final class Timestamps {
    private static final long DAY_MILLIS = 86_400_000L;
    /** 10000-01-01T00:00:00Z: from here on Instant writes a '+' and five or more year digits. */
    private static final long YEAR_10000 = 253_402_300_800_000L;

    private Timestamps() {
    }

    /**
     * Exactly what {@link Instant#toString()} writes for the instant, seconds always, milliseconds
     * only when non-zero. Years 1970–9999 are written straight from the epoch value (writers call
     * this once per row); anything else goes through {@link Instant}.
     */
    public static String format(long epochMillis) {
        if (epochMillis < 0 || epochMillis >= YEAR_10000) return Instant.ofEpochMilli(epochMillis).toString();
        byte[] b = new byte[(int) (epochMillis % 1000) == 0 ? 20 : 24];
        fill(b, epochMillis);
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** Appends {@link #format}{@code (epochMillis)} to {@code sb}; the writers' per-row form, without a String per row. */
    public static StringBuilder append(StringBuilder sb, long epochMillis) {
        if (epochMillis < 0 || epochMillis >= YEAR_10000) return sb.append(Instant.ofEpochMilli(epochMillis));
        byte[] b = new byte[(int) (epochMillis % 1000) == 0 ? 20 : 24];
        fill(b, epochMillis);
        for (byte c : b) sb.append((char) c);
        return sb;
    }

    /** Writes the fields of a time in 1970–9999 into {@code b}, 20 bytes or 24 with milliseconds. */
    private static void fill(byte[] b, long epochMillis) {
        long day = epochMillis / DAY_MILLIS;
        int ms = (int) (epochMillis - day * DAY_MILLIS);
        int millis = ms % 1000;
        // civil date from days since 1970-01-01 (Howard Hinnant's days_from_civil, inverted)
        long z = day + 719_468;
        long era = z / 146_097;
        int doe = (int) (z - era * 146_097);
        int yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        int mp = (5 * doy + 2) / 153;
        int dom = doy - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = (int) (yoe + era * 400) + (month <= 2 ? 1 : 0);
        digits(b, 0, year, 4);
        b[4] = '-';
        digits(b, 5, month, 2);
        b[7] = '-';
        digits(b, 8, dom, 2);
        b[10] = 'T';
        int secs = ms / 1000;
        digits(b, 11, secs / 3600, 2);
        b[13] = ':';
        digits(b, 14, secs / 60 % 60, 2);
        b[16] = ':';
        digits(b, 17, secs % 60, 2);
        if (millis != 0) {
            b[19] = '.';
            digits(b, 20, millis, 3);
        }
        b[b.length - 1] = 'Z';
    }

    private static void digits(byte[] b, int at, int v, int width) {
        for (int k = at + width - 1; k >= at; k--) {
            b[k] = (byte) ('0' + v % 10);
            v /= 10;
        }
    }

    /** Parses what {@link #format} writes. */
    public static long parse(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }
}
