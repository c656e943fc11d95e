package com.ladderbench.core.io;

/**
 * Turns a timestamp cell of a data or fills file into epoch milliseconds (UTC).
 *
 * <p>Accepted: ISO-8601 date-times with {@code Z} or an offset, without a zone (read as UTC),
 * with {@code T} or a space between date and time, with or without seconds and fraction;
 * a date alone ({@code 2024-01-01} = midnight UTC); epoch numbers in seconds, milliseconds,
 * microseconds (newer Binance exports) or nanoseconds.
 *
 * <p>A file's epoch unit is decided once for the whole file (SPEC §2.2), never row by row: a
 * reader asks {@link EpochUnit#byMagnitude} for the first value's unit (below 1e11 seconds,
 * below 1e14 milliseconds, below 1e17 microseconds, nanoseconds above), may correct it once from
 * the spacing of the first two rows ({@link EpochUnit#fromSpacing}: epoch milliseconds before
 * 1973-03-03 are below 1e11 too), and then reads every cell with {@link #parse(String, EpochUnit)};
 * {@link EpochUnit#fits} tells a row written in another unit.
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

    /** The unit of epoch numbers in one file. */
    public enum EpochUnit {
        SECONDS("seconds"), MILLISECONDS("milliseconds"), MICROSECONDS("microseconds"), NANOSECONDS("nanoseconds");

        private final String label;

        EpochUnit(String label) {
            this.label = label;
        }

        public String label() { return label; }

        /** The unit a value of this size is written in when nothing else is known. */
        public static EpochUnit byMagnitude(double value) {
            double a = Math.abs(value);
            if (a < SECONDS_BELOW) return SECONDS;
            if (a < MILLIS_BELOW) return MILLISECONDS;
            if (a < MICROS_BELOW) return MICROSECONDS;
            return NANOSECONDS;
        }

        /**
         * For a first value below 1e11 (seconds by magnitude, or milliseconds before 1973): the
         * unit in which the step between the first two rows is nearer the bar length, on a log
         * scale (3600 apart is 1h in seconds; 3600000 apart is 1h in milliseconds).
         */
        public static EpochUnit fromSpacing(double step, long barMillis) {
            double asSeconds = Math.abs(Math.log(step * 1000.0 / barMillis));
            double asMillis = Math.abs(Math.log(step / barMillis));
            return asMillis < asSeconds ? MILLISECONDS : SECONDS;
        }

        /**
         * A whole number of this unit as epoch milliseconds, finer units truncated toward the past;
         * seconds must be at most 9e12 in magnitude (the caller checks), so they do not overflow.
         */
        public long toMillis(long v) {
            switch (this) {
                case SECONDS: return v * 1000L;
                case MILLISECONDS: return v;
                case MICROSECONDS: return Math.floorDiv(v, 1000L);
                default: return Math.floorDiv(v, 1_000_000L);
            }
        }

        /**
         * Whether a value could be written in this unit by a file whose first value was
         * {@code first}: its magnitude names this unit, or it is milliseconds before 1973 in a
         * millisecond file that started there.
         */
        public boolean fits(double value, double first) {
            EpochUnit natural = byMagnitude(value);
            if (natural == this) return true;
            return this == MILLISECONDS && natural == SECONDS && byMagnitude(first) == SECONDS;
        }
    }

    /** @throws IllegalArgumentException with a short reason when the text is not a timestamp */
    public static long parse(String s) {
        if (s.isEmpty()) throw new IllegalArgumentException("empty timestamp");
        if (looksNumeric(s)) return parseEpoch(s, null);
        return parseIso(s);
    }

    /**
     * Reads a cell of a file whose epoch unit is decided: epoch numbers are taken in {@code unit}.
     *
     * @throws IllegalArgumentException with a short reason when the text is not a timestamp
     */
    public static long parse(String s, EpochUnit unit) {
        if (s.isEmpty()) throw new IllegalArgumentException("empty timestamp");
        if (looksNumeric(s)) return parseEpoch(s, unit);
        return parseIso(s);
    }

    /** The epoch number in a numeric cell, unconverted (for deciding a file's unit). */
    public static double epochValue(String s) {
        // the common case, a whole number of at most 18 digits, without Double.parseDouble's cost
        int start = !s.isEmpty() && s.charAt(0) == '-' ? 1 : 0;
        int n = s.length() - start;
        if (n > 0 && n <= 18) {
            long v = 0;
            int i = start;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') v = v * 10 + (s.charAt(i++) - '0');
            if (i == s.length()) return start == 1 ? -v : v;
        }
        try {
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) throw new IllegalArgumentException("unrecognised timestamp '" + s + "'");
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unrecognised timestamp '" + s + "'; " + FORMATS);
        }
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

    /** @param unit the file's unit, or null to tell it by this value's magnitude */
    private static long parseEpoch(String s, EpochUnit given) {
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
            EpochUnit unit = given != null ? given : EpochUnit.byMagnitude(v);
            if (unit == EpochUnit.SECONDS && Math.abs(v) > 9e12) {
                throw new IllegalArgumentException("epoch number out of range: '" + s + "'");
            }
            return unit.toMillis(v);
        }
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unrecognised timestamp '" + s + "'; " + FORMATS);
        }
        if (!Double.isFinite(d)) throw new IllegalArgumentException("unrecognised timestamp '" + s + "'");
        EpochUnit unit = given != null ? given : EpochUnit.byMagnitude(d);
        double millis;
        switch (unit) {
            case SECONDS: millis = d * 1000.0; break;
            case MILLISECONDS: millis = d; break;
            case MICROSECONDS: millis = d / 1000.0; break;
            default: millis = d / 1e6;
        }
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

    /**
     * The layout nearly every data file uses, {@code yyyy-MM-ddTHH:mm:ss} with or without a final
     * {@code Z}, read digit by digit; the day number of the last date seen is kept, since
     * consecutive rows share their date (1440 rows a day on 1m bars). Anything else, including an
     * impossible date or time, gives {@link Long#MIN_VALUE}, and the caller asks {@link #parse}, which
     * reads every form and words every error. One per file being read (it remembers a date).
     *
     * <p>Reads a String or, for a plain ASCII file, a range of its bytes without a String per cell;
     * both give the same result for the same text and share the remembered date.
     */
    public static final class FixedIso {
        /** The remembered date's ten characters ({@code yyyy-MM-dd}, always ASCII). */
        private final byte[] date = new byte[10];
        private boolean hasDate;
        private long dayMillis;

        /** Epoch milliseconds, or {@link Long#MIN_VALUE} when the cell is not exactly this layout. */
        public long parse(String s) {
            int n = s.length();
            if (n != 19 && !(n == 20 && s.charAt(19) == 'Z')) return Long.MIN_VALUE;
            if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                    || s.charAt(16) != ':') {
                return Long.MIN_VALUE;
            }
            if (!sameDate(s)) {
                if (!newDate(two(s, 0), two(s, 2), two(s, 5), two(s, 8))) return Long.MIN_VALUE;
                for (int i = 0; i < 10; i++) date[i] = (byte) s.charAt(i); // checked to be digits and '-'
            }
            return time(two(s, 11), two(s, 14), two(s, 17));
        }

        /** {@link #parse(String)} of the ASCII text {@code bytes[from, to)}. */
        public long parse(byte[] bytes, int from, int to) {
            int n = to - from;
            if (n != 19 && !(n == 20 && bytes[from + 19] == 'Z')) return Long.MIN_VALUE;
            if (bytes[from + 4] != '-' || bytes[from + 7] != '-' || bytes[from + 10] != 'T' || bytes[from + 13] != ':'
                    || bytes[from + 16] != ':') {
                return Long.MIN_VALUE;
            }
            if (!sameDate(bytes, from)) {
                if (!newDate(two(bytes, from), two(bytes, from + 2), two(bytes, from + 5), two(bytes, from + 8))) {
                    return Long.MIN_VALUE;
                }
                System.arraycopy(bytes, from, date, 0, 10);
            }
            return time(two(bytes, from + 11), two(bytes, from + 14), two(bytes, from + 17));
        }

        private boolean sameDate(String s) {
            if (!hasDate) return false;
            for (int i = 9; i >= 0; i--) {
                if (s.charAt(i) != date[i]) return false;
            }
            return true;
        }

        private boolean sameDate(byte[] bytes, int from) {
            if (!hasDate) return false;
            for (int i = 9; i >= 0; i--) {
                if (bytes[from + i] != date[i]) return false;
            }
            return true;
        }

        /**
         * Remembers a new date's day from its two-digit pieces (each -1 when not two digits); false,
         * leaving the remembered date as it was, when it is no date. The caller copies its text.
         */
        private boolean newDate(int y1, int y2, int month, int day) {
            if (y1 < 0 || y2 < 0 || month < 1 || day < 1) return false;
            int year = y1 * 100 + y2;
            if (month > 12 || day > lengthOfMonth(year, month)) return false;
            hasDate = true;
            dayMillis = daysFromCivil(year, month, day) * 86_400_000L;
            return true;
        }

        /** The remembered day plus a time of day, or {@link Long#MIN_VALUE} for no such time (digits as -1 when not digits). */
        private long time(int hour, int minute, int second) {
            if (hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59 || second > 59) return Long.MIN_VALUE;
            return dayMillis + hour * 3_600_000L + minute * 60_000L + second * 1000L;
        }

        /** Two digits at {@code at} as a number, or -1. */
        private static int two(String s, int at) {
            int a = s.charAt(at) - '0';
            int b = s.charAt(at + 1) - '0';
            return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
        }

        private static int two(byte[] bytes, int at) {
            int a = bytes[at] - '0';
            int b = bytes[at + 1] - '0';
            return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
        }
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
