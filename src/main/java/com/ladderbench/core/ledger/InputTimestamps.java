package com.ladderbench.core.ledger;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Timestamps as users write them in CSV files: ISO-8601 (with or without offset, zone-less
 * values read as UTC, a space allowed for the 'T') or epoch seconds or milliseconds.
 */
final class InputTimestamps {
    private static final Pattern EPOCH = Pattern.compile("-?\\d{1,19}");
    /** Epoch values at or above this are milliseconds: as seconds they would lie past the year 5000. */
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private InputTimestamps() {
    }

    /** Epoch milliseconds, or empty when the text is not a timestamp. */
    static OptionalLong parse(String text) {
        String s = text.trim();
        if (s.isEmpty()) return OptionalLong.empty();
        try {
            if (EPOCH.matcher(s).matches()) {
                long v = Long.parseLong(s);
                return OptionalLong.of(Math.abs(v) >= MILLIS_THRESHOLD ? v : Math.multiplyExact(v, 1000L));
            }
            String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            if (iso.endsWith("Z") || iso.endsWith("z")) {
                return OptionalLong.of(Instant.parse(iso.substring(0, iso.length() - 1) + 'Z').toEpochMilli());
            }
            if (iso.length() == 10) {
                return OptionalLong.of(LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
            }
            if (hasOffset(iso)) return OptionalLong.of(OffsetDateTime.parse(iso).toInstant().toEpochMilli());
            return OptionalLong.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli());
        } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean hasOffset(String iso) {
        int t = iso.indexOf('T');
        return t > 0 && (iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0);
    }
}
