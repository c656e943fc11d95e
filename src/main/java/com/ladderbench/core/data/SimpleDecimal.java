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
 * each. {@code SimpleDecimalTest} pins that both give the same bits for the same text.
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
        int start = negative ? from + 1 : from;
        if (to - start <= 8 && start + 8 <= bytes.length) return eightBytes(bytes, start, to - start, negative);
        long m = 0;
        int digits = 0;
        int point = -1;
        for (int i = start; i < to; i++) {
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

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ZEROS = 0x3030303030303030L;
    private static final long DOTS = 0x2E2E2E2E2E2E2E2EL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The common cell of at most eight characters after the sign (a price, a volume, a spread)
     * read as one word, without a branch per character: the point is found and cut out, the
     * digits are padded on the left with '0' to eight, checked to be digits, and combined in
     * three multiplications (the SWAR method of Lemire's fast_float). The word is read whole
     * from {@code bytes[start]}, so eight bytes must exist there; those past the cell are masked off.
     */
    private static double eightBytes(byte[] bytes, int start, int n, boolean negative) {
        if (n == 0) return Double.NaN;
        long w = (long) LONGS.get(bytes, start) & (-1L >>> (64 - (n << 3)));
        // the first '.': bytes past the cell are 0 now, so not dots; a borrow only runs upward, so
        // the lowest flagged byte is a true one (a second point fails the digit check below)
        long x = w ^ DOTS;
        long dot = (x - ONES) & ~x & HIGH_BITS;
        int digits = n;
        int decimals = 0;
        if (dot != 0) {
            int p = Long.numberOfTrailingZeros(dot) >>> 3;
            long below = (1L << (p << 3)) - 1;
            w = (w & below) | ((w >>> 8) & ~below);
            digits = n - 1;
            decimals = digits - p;
            if (digits == 0) return Double.NaN;
        }
        // most significant digit first in the file, so lowest in the word: '0's go below it
        long v = digits == 8 ? w : (w << ((8 - digits) << 3)) | (ZEROS >>> (digits << 3));
        if (((v & 0xF0F0F0F0F0F0F0F0L) | (((v + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4)) != 0x3333333333333333L) {
            return Double.NaN;
        }
        v -= ZEROS;
        v = v * 10 + (v >>> 8);
        v = ((v & 0x000000FF000000FFL) * (100 + (1_000_000L << 32))
                + ((v >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32))) >>> 32;
        return value(negative, v, digits, decimals);
    }

    /** {@code ±m / 10^decimals}, or NaN when the digits are none, too many or not exact in a double. */
    private static double value(boolean negative, long m, int digits, int decimals) {
        if (digits == 0 || digits > 18 || m >= EXACT_BELOW) return Double.NaN;
        double v = decimals == 0 ? m : m / POW10[decimals];
        return negative ? -v : v;
    }
}
