package com.ladderbench.core.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one way Ladderbench turns a double into text, for files (JSON, CSV), the HTML report,
 * CLI tables, messages and the workbench (SPEC §7). Locale-independent by construction: digits
 * come from {@link Double#toString} and {@link BigDecimal}, never from a {@code Formatter}, so
 * the output is ASCII digits with a {@code .} decimal point under any default locale.
 *
 * <p>Rounding decisions, in one place:
 * <ul>
 * <li>Every rendering starts from the value's <em>shortest round-trip decimal</em>, the digits
 *     a person would have typed ({@code 0.1}, not {@code 0.1000000000000000055...}), and rounds
 *     those digits <em>half up</em> (away from zero), as spreadsheets and {@code printf} do.
 *     For fixed decimals this gives exactly what {@code String.format(Locale.ROOT, "%.2f", v)}
 *     gave, so existing tables keep their bytes.
 * <li>{@link #plain} (files): at most {@value #FILE_DIGITS} significant digits, trailing zeros
 *     dropped, never an exponent. Twelve digits keep cents on a trillion and drop binary noise
 *     from sums and products ({@code -134.99999999999957} prints {@code -135},
 *     {@code 0.30000000000000004} prints {@code 0.3}); a value typed with up to 12 digits prints
 *     as typed. Re-reading a printed value and printing it again gives the same text, so a run
 *     read back writes byte-identical files.
 * <li>{@link #exact} (market-data CSVs written by {@code generate-data} and {@code bars}): the
 *     shortest round-trip decimal itself, no rounding, because those files are the input of
 *     later runs and a run on the written file must equal a run on the series in memory.
 * <li>Zero has no sign: {@code -0.0}, and anything that rounds to zero, prints without a minus.
 * <li>Non-finite values have no rendering here: callers decide (an empty CSV cell, JSON null,
 *     {@code n/a} on screen).
 * </ul>
 */
public final class Decimals {
    /** Significant digits kept in files. */
    public static final int FILE_DIGITS = 12;

    private static final MathContext FILE = new MathContext(FILE_DIGITS, RoundingMode.HALF_UP);
    private static final MathContext FILE_PLUS_ONE = new MathContext(FILE_DIGITS + 1, RoundingMode.HALF_EVEN);

    private Decimals() {
    }

    /**
     * Files: the shortest decimal that reads back as the value rounded to {@value #FILE_DIGITS}
     * significant digits. {@code 42000}, {@code 0.00001}, {@code -135}, {@code 0}.
     *
     * @throws IllegalArgumentException for NaN and infinities
     */
    public static String plain(double v) {
        requireFinite(v);
        if (v == 0) return "0";
        StringBuilder sb = new StringBuilder(24);
        if (appendPlainFast(sb, v)) return sb.toString();
        return plainSlow(v);
    }

    /**
     * Appends {@link #plain}{@code (v)} to {@code sb} without building a String on the common path
     * (the writers call this millions of times).
     *
     * @throws IllegalArgumentException for NaN and infinities
     */
    public static StringBuilder appendPlain(StringBuilder sb, double v) {
        requireFinite(v);
        if (v == 0) return sb.append('0');
        if (appendPlainFast(sb, v)) return sb;
        return sb.append(plainSlow(v));
    }

    /**
     * The value {@link #plain}{@code (v)} reads back as, {@code Double.parseDouble(plain(v))},
     * without the text on the common path: twelve digits n and a scale k are read back as n / 10^k,
     * one correctly rounded division of two exact doubles, as the parser would.
     *
     * @throws IllegalArgumentException for NaN and infinities
     */
    public static double printedValue(double v) {
        requireFinite(v);
        if (v == 0) return 0;
        double a = Math.abs(v);
        int k = twelveDigitScale(a);
        double n = k == NO_SCALE ? Double.NaN : roundedTwelveDigits(a, k);
        if (!Double.isNaN(n)) {
            double r = k >= 0 ? n / POW10[k] : n * POW10[-k];
            return v < 0 ? -r : r;
        }
        return Double.parseDouble(plainSlow(v));
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final double LOW_12 = 1e11;
    private static final double HIGH_12 = 1e12;
    /**
     * How close to a rounding tie (in units of the 12th digit) the fast path gives up. The scaled
     * value is off from the exact binary value by at most 1.2e-4 units (one rounding of a product
     * below 1e12), and the shortest decimal is within half an ulp of it, another 1.2e-4: outside
     * this margin both round the same way, so the fast path equals rounding the shortest decimal.
     */
    private static final double TIE_MARGIN = 1e-3;

    /**
     * {@link #plain} by double arithmetic alone: scales |v| to twelve integer digits, rounds half
     * up, and prints the digits. Returns false (having appended nothing) when the value is outside
     * 1e-7..1e15 or too near a rounding tie or a power of ten to decide without the exact
     * decimal; {@link #plainSlow} then decides. {@code FastPlainProperties} pins that both agree.
     */
    private static boolean appendPlainFast(StringBuilder sb, double v) {
        double a = Math.abs(v);
        int k = twelveDigitScale(a);
        if (k == NO_SCALE) return false;
        double rounded = roundedTwelveDigits(a, k);
        if (Double.isNaN(rounded)) return false;
        long n = (long) rounded;
        while (n % 10 == 0) {
            n /= 10;
            k--;
        }
        if (v < 0) sb.append('-');
        int len = digitCount(n);
        if (k <= 0) {
            sb.append(n);
            for (int i = 0; i < -k; i++) sb.append('0');
        } else if (k >= len) {
            sb.append("0.");
            for (int i = 0; i < k - len; i++) sb.append('0');
            sb.append(n);
        } else {
            long unit = (long) POW10[k];
            sb.append(n / unit).append('.');
            long rest = n % unit;
            for (int i = digitCount(rest); i < k; i++) sb.append('0');
            sb.append(rest);
        }
        return true;
    }

    private static final int NO_SCALE = Integer.MIN_VALUE;

    /**
     * The k for which |v| × 10^k has twelve integer digits (11 - about floor(log10 |v|)), or
     * {@link #NO_SCALE} outside 1e-7..1e15; a guess off by one is refused by {@link #roundedTwelveDigits}.
     */
    private static int twelveDigitScale(double a) {
        if (!(a >= 1e-7 && a < 1e15)) return NO_SCALE;
        int e = 0;
        if (a >= 1) {
            while (e < 15 && a >= POW10[e + 1]) e++;
        } else {
            while (e > -8 && a < 1 / POW10[-e]) e--;
        }
        return 11 - e;
    }

    /**
     * |v| × 10^k rounded half up to a whole number (exact in a double), or NaN when the scaled value
     * is not twelve digits or lies too near a rounding tie to decide without the exact decimal.
     */
    private static double roundedTwelveDigits(double a, int k) {
        double scaled = k >= 0 ? a * POW10[k] : a / POW10[-k];
        if (!(scaled >= LOW_12 + 1 && scaled < HIGH_12 - 1)) return Double.NaN;
        double floor = Math.floor(scaled);
        double frac = scaled - floor;
        if (Math.abs(frac - 0.5) < TIE_MARGIN) return Double.NaN;
        return floor + (frac > 0.5 ? 1 : 0);
    }

    private static int digitCount(long n) {
        int d = 1;
        while (n >= 10) {
            n /= 10;
            d++;
        }
        return d;
    }

    /** {@link #plain} through {@link BigDecimal}: the definition the fast path must equal. */
    static String plainSlow(double v) {
        requireFinite(v);
        if (v == 0) return "0";
        String s = Double.toString(v);
        if (s.indexOf('E') < 0 && significantDigits(s) <= FILE_DIGITS) {
            // the common case, without BigDecimal: a short Double.toString is already the answer
            return trimZeros(s);
        }
        return strip(shortest(v, s).round(FILE));
    }

    /**
     * Data files: the shortest decimal that parses back to exactly {@code v}, no exponent:
     * {@code 42000}, {@code 0.1}, {@code 1.5E-7} becomes {@code 0.00000015}.
     *
     * @throws IllegalArgumentException for NaN and infinities
     */
    public static String exact(double v) {
        requireFinite(v);
        if (v == 0) return "0";
        String s = Double.toString(v);
        if (s.indexOf('E') < 0 && significantDigits(s) < 16) {
            // Double.toString is shortest when it is this short
            return trimZeros(s);
        }
        BigDecimal best = new BigDecimal(s);
        // Java 17's Double.toString may print a digit more than needed (JDK-4511638, fixed in 19)
        for (int p = best.precision() - 1; p >= 1; p--) {
            BigDecimal shorter = best.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() != v) break;
            best = shorter;
        }
        return strip(best);
    }

    /**
     * Messages and report cells: at most {@code digits} significant digits, half up, no
     * exponent, trailing zeros dropped ({@code significant(105.84416459999998, 8)} is
     * {@code 105.84416}).
     */
    public static String significant(double v, int digits) {
        requireFinite(v);
        if (digits < 1) throw new IllegalArgumentException("digits must be at least 1, got " + digits);
        if (v == 0) return "0";
        return strip(shortest(v, Double.toString(v)).round(new MathContext(digits, RoundingMode.HALF_UP)));
    }

    /** Tables: exactly {@code decimals} decimals, half up, never {@code -0.00}. */
    public static String fixed(double v, int decimals) {
        return rounded(v, decimals).toPlainString();
    }

    /** Like {@link #fixed}, with {@code ,} between groups of thousands: {@code -1,234,567.89}. */
    public static String grouped(double v, int decimals) {
        return group(fixed(v, decimals));
    }

    /**
     * Like {@link #grouped(double, int)} for an exact decimal: {@code decimals} decimals, half up,
     * {@code ,} between groups of thousands, never {@code -0.00}.
     */
    public static String grouped(BigDecimal v, int decimals) {
        if (decimals < 0) throw new IllegalArgumentException("decimals must be at least 0, got " + decimals);
        return group(v.setScale(decimals, RoundingMode.HALF_UP).toPlainString());
    }

    /** A plain decimal ({@code -1234567.89}) with {@code ,} between groups of thousands. */
    private static String group(String s) {
        int sign = s.startsWith("-") ? 1 : 0;
        int point = s.indexOf('.');
        int end = point < 0 ? s.length() : point;
        StringBuilder sb = new StringBuilder(s.length() + (end - sign) / 3);
        sb.append(s, 0, sign);
        for (int i = sign; i < end; i++) {
            if (i > sign && (end - i) % 3 == 0) sb.append(',');
            sb.append(s.charAt(i));
        }
        return sb.append(s, end, s.length()).toString();
    }

    private static BigDecimal rounded(double v, int decimals) {
        requireFinite(v);
        if (decimals < 0) throw new IllegalArgumentException("decimals must be at least 0, got " + decimals);
        // BigDecimal has no negative zero, so -0.0 and -0.001 at two decimals both give 0.00
        return shortest(v, Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * The shortest decimal that parses back to {@code v}. Java 17's {@code Double.toString} is
     * occasionally a digit longer than that (JDK-4511638, fixed in 19); the extra digit only
     * matters where the shortest form is a tie at the 13th digit, so that case is checked for.
     */
    private static BigDecimal shortest(double v, String toString) {
        BigDecimal d = new BigDecimal(toString);
        if (d.precision() > FILE_DIGITS + 1) {
            BigDecimal thirteen = d.round(FILE_PLUS_ONE);
            if (thirteen.doubleValue() == v) return thirteen;
        }
        return d;
    }

    private static String strip(BigDecimal d) {
        if (d.signum() == 0) return "0";
        return d.stripTrailingZeros().toPlainString();
    }

    /** {@code 100.0} to {@code 100}, {@code 0.0020} to {@code 0.002}; a string without a point is kept. */
    private static String trimZeros(String s) {
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
    }

    private static int significantDigits(String s) {
        int n = 0;
        boolean leading = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') continue;
            if (leading && c == '0') continue;
            leading = false;
            n++;
        }
        // "100.0" counts its trailing zeros, which only sends it down the exact path
        return n;
    }

    private static void requireFinite(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("not a finite number: " + v);
    }

    /**
     * What a number in an input file may look like: a plain decimal, {@code [+-]digits[.digits][e[+-]digits]}.
     * Java's and Jackson's parsers also take {@code 0x1p3}, {@code NaN}, {@code Infinity} or {@code 1d};
     * no spreadsheet or exchange writes those, so a cell holding one is a mistake to report, not a value.
     * Hand-written (no regex, no allocation): a data file has millions of cells.
     */
    public static boolean isPlain(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) return false;
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
