package com.ladderbench.core.ledger;

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

    /** {@code format('F', 1)} is {@code F000001} under any locale (no {@code String.format}: it localises digits). */
    public static String format(char prefix, long n) {
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder(WIDTH + 1 + Math.max(0, digits.length() - WIDTH));
        sb.append(prefix);
        for (int i = digits.length(); i < WIDTH; i++) sb.append('0');
        return sb.append(digits).toString();
    }
}
