package com.ladderbench.core.ledger;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic ids in creation order: a prefix and a counter zero-padded to six digits
 * ({@code L000001}); past 999999 the counter simply grows wider. Never derived from symbol or
 * time, so any number of fills at one timestamp get distinct ids.
 */
public final class IdSequence {
    private static final int WIDTH = 6;

    private final char prefix;
    private long next = 1;

    IdSequence(char prefix) {
        this.prefix = prefix;
    }

    String next() {
        return format(prefix, next++);
    }

    /**
     * {@code format('F', 1)} is {@code F000001} under any locale (no {@code String.format}: it localises digits).
     *
     * @param prefix an ASCII letter
     * @param n a sequence number, not negative
     */
    public static String format(char prefix, long n) {
        if (n < 0) throw new IllegalArgumentException("a sequence number is not negative, got " + n);
        // one pass into the bytes of the string: called for every fill, leg and set of a run
        int digits = 1;
        for (long x = n; x >= 10; x /= 10) digits++;
        int width = Math.max(WIDTH, digits);
        byte[] b = new byte[width + 1];
        b[0] = (byte) prefix;
        long x = n;
        for (int i = width; i > 0; i--) {
            b[i] = (byte) ('0' + x % 10);
            x /= 10;
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
