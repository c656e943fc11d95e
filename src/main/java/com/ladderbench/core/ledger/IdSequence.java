package com.ladderbench.core.ledger;

import com.ladderbench.model.GeneratedIds;

/**
 * Deterministic ids in creation order: a prefix and a counter zero-padded to six digits
 * ({@code L000001}); past 999999 the counter simply grows wider. Never derived from symbol or
 * time, so any number of fills at one timestamp get distinct ids.
 */
public final class IdSequence {
    private final char prefix;
    private long next = 1;

    IdSequence(char prefix) {
        this.prefix = prefix;
    }

    String next() {
        return format(prefix, next++);
    }

    /** The next number, for records that keep a generated id as its number ({@link com.ladderbench.model.GeneratedIds}). */
    long nextNumber() {
        return next++;
    }

    /**
     * {@code format('F', 1)} is {@code F000001} under any locale.
     *
     * @param prefix an ASCII letter
     * @param n a sequence number, not negative
     */
    public static String format(char prefix, long n) {
        return GeneratedIds.format(prefix, n);
    }
}
