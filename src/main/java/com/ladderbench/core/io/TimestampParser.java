package com.ladderbench.core.io;

/**
 * Turns a timestamp cell of a data or fills file into epoch milliseconds (UTC).
 *
 * <p>Accepted: ISO-8601 date-times with {@code Z} or an offset, without a zone (read as UTC),
 * with {@code T} or a space between date and time, with or without seconds and fraction;
 * a date alone ({@code 2024-01-01} = midnight UTC); epoch numbers, whose unit is told by
 * magnitude: below 1e11 seconds, below 1e14 milliseconds, below 1e17 microseconds (newer
 * Binance exports), nanoseconds above. Epoch milliseconds before 1973-03-03 would read as
 * seconds; no market file we load goes back that far.
 *
 * <p>Hand-written rather than {@code java.time} parsing: a formatter costs microseconds and
 * objects per call, and a file has millions of rows. Sub-millisecond fractions are truncated.
 */
public final class TimestampParser {
    private static final double SECONDS_BELOW = 1e11;
    private static final double MILLIS_BELOW = 1e14;
    private static final double MICROS_BELOW = 1e17;

    private TimestampParser() {
    }

    /** What a timestamp cell may look like, for error messages. */
    public static final String FORMATS = "expected ISO-8601 (2024-01-01T00:00:00Z), a date (2024-01-01), "
            + "or epoch seconds/milliseconds";

    /** @throws IllegalArgumentException with a short reason when the text is not a timestamp */
    public static long parse(String s) {
        if (s.isEmpty()) throw new IllegalArgumentException("empty timestamp");
        if (looksNumeric(s)) return parseEpoch(s);
        return parseIso(s);
    }

    /** True when the text is an epoch number rather than a date (used to spot header-less files). */
    public static boolean looksNumeric(String s) {
        if (s.isEmpty()) return false; // an empty first header cell (found by fuzzing)
        int start = s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length()) return false;
        boolean digit = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != 'e' && c != 'E' && c != '+') {
                return false;
            }
        }
        return digit;
    }

    private static long parseEpoch(String s) {
        boolean integral = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(i == 0 && c == '-')) integral = false;
        }
        if (integral && s.length() <= 19) {
            // exact path: nanosecond values exceed what a double holds exactly
            long v;
            try {
                v = Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("epoch number out of range: '" + s + "'");
            }
            long a = Math.abs(v);
            if (a < SECONDS_BELOW) return v * 1000L;
            if (a < MILLIS_BELOW) return v;
            if (a < MICROS_BELOW) return Math.floorDiv(v, 1000L);
            return Math.floorDiv(v, 1_000_000L);
        }
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unrecognised timestamp '" + s + "'; " + FORMATS);
        }
        if (!Double.isFinite(d)) throw new IllegalArgumentException("unrecognised timestamp '" + s + "'");
        double a = Math.abs(d);
        double millis;
        if (a < SECONDS_BELOW) millis = d * 1000.0;
        else if (a < MILLIS_BELOW) millis = d;
        else if (a < MICROS_BELOW) millis = d / 1000.0;
        else millis = d / 1e6;
        if (Math.abs(millis) > 9e15) throw new IllegalArgumentException("epoch number out of range: '" + s + "'");
        return Math.round(millis); // nearest: 1704067200.123 * 1000 is 1704067200122.9998
    }

    private static long parseIso(String s) {
        Cursor c = new Cursor(s);
        int year = c.digits(4);
        c.expect('-');
        int month = c.digits(2);
        c.expect('-');
        int day = c.digits(2);
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            throw new IllegalArgumentException("no such date in '" + s + "'");
        }
        long millis = daysFromCivil(year, month, day) * 86_400_000L;
        if (c.atEnd()) return millis;
        char sep = c.next();
        if (sep != 'T' && sep != 't' && sep != ' ') throw c.bad();
        int hour = c.digits(2);
        c.expect(':');
        int minute = c.digits(2);
        int second = 0;
        int fractionMillis = 0;
        if (c.peek(':')) {
            c.next();
            second = c.digits(2);
            if (c.peek('.') || c.peek(',')) {
                c.next();
                int n = 0;
                int value = 0;
                while (!c.atEnd() && Character.isDigit(c.current())) {
                    int digit = c.next() - '0';
                    if (n < 3) value = value * 10 + digit;
                    n++;
                }
                if (n == 0) throw c.bad();
                for (int k = n; k < 3; k++) value *= 10;
                fractionMillis = value;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) throw new IllegalArgumentException("no such time in '" + s + "'");
        millis += hour * 3_600_000L + minute * 60_000L + second * 1000L + fractionMillis;
        if (c.atEnd()) return millis;
        char zone = c.next();
        if ((zone == 'Z' || zone == 'z') && c.atEnd()) return millis;
        if (zone != '+' && zone != '-') throw c.bad();
        int offH = c.digits(2);
        int offM = 0;
        if (!c.atEnd()) {
            if (c.peek(':')) c.next();
            offM = c.digits(2);
        }
        if (!c.atEnd() || offH > 18 || offM > 59) throw c.bad();
        long offset = offH * 3_600_000L + offM * 60_000L;
        return zone == '+' ? millis - offset : millis + offset;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    public static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Reads a string left to right; every failure names the whole text. */
    private static final class Cursor {
        private final String s;
        private int pos;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() { return pos >= s.length(); }

        char current() { return s.charAt(pos); }

        boolean peek(char ch) { return !atEnd() && s.charAt(pos) == ch; }

        char next() {
            if (atEnd()) throw bad();
            return s.charAt(pos++);
        }

        void expect(char ch) {
            if (next() != ch) throw bad();
        }

        int digits(int n) {
            int v = 0;
            for (int i = 0; i < n; i++) {
                char ch = next();
                if (ch < '0' || ch > '9') throw bad();
                v = v * 10 + (ch - '0');
            }
            return v;
        }

        IllegalArgumentException bad() {
            return new IllegalArgumentException("unrecognised timestamp '" + s + "'; " + FORMATS);
        }
    }
}
