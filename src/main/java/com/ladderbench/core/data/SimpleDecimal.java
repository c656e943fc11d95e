package com.ladderbench.core.data;

/**
 * The common number cell, {@code [-]digits[.digits]} with at most 18 digits and no exponent, read
 * as the nearest double by hand; NaN for anything else, which the general parser then reads or
 * reports ({@link CsvRowLoop#number}). Exact, as a correctly rounding parser is: below 2^53 the
 * digits are an exact double, so is a power of ten up to 10^22, and one IEEE division of two
 * exact values is correctly rounded.
 *
 * <p>Two inputs, one rule: a String (cells from Jackson's parser, or cut for a message) and a range
 * of a plain file's bytes, so the millions of cells of a large file are read without a String
 * each. {@code PlainCsvFastPathTest} pins that both give the same bits for the same text.
 */
final class SimpleDecimal {
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long EXACT_BELOW = 1L << 53;
    /** A sign, 18 digits and a point. */
    private static final int MAX_LENGTH = 20;

    private SimpleDecimal() {
    }

    static double parse(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) return Double.NaN;
        boolean negative = s.charAt(0) == '-';
        long m = 0;
        int digits = 0;
        int point = -1;
        for (int i = negative ? 1 : 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                digits++;
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return Double.NaN;
            }
        }
        return value(negative, m, digits, point < 0 ? 0 : n - 1 - point);
    }

    /** The cell {@code bytes[from, to)}. */
    static double parse(byte[] bytes, int from, int to) {
        int n = to - from;
        if (n <= 0 || n > MAX_LENGTH) return Double.NaN;
        boolean negative = bytes[from] == '-';
        long m = 0;
        int digits = 0;
        int point = -1;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            int d = bytes[i] - '0';
            if (d >= 0 && d <= 9) {
                m = m * 10 + d;
                digits++;
            } else if (d == '.' - '0' && point < 0) {
                point = i;
            } else {
                return Double.NaN;
            }
        }
        return value(negative, m, digits, point < 0 ? 0 : to - 1 - point);
    }

    /** {@code ±m / 10^decimals}, or NaN when the digits are none, too many or not exact in a double. */
    private static double value(boolean negative, long m, int digits, int decimals) {
        if (digits == 0 || digits > 18 || m >= EXACT_BELOW) return Double.NaN;
        double v = decimals == 0 ? m : m / POW10[decimals];
        return negative ? -v : v;
    }
}
