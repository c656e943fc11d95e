package com.ladderbench.core.ledger;

import com.ladderbench.model.GeneratedIds;

/**
 * Deterministic ids in creation order, counted from 1: the text is a prefix and the counter
 * zero-padded to six digits ({@code L000001}); past 999999 the counter simply grows wider. Never
 * derived from symbol or time, so any number of fills at one timestamp get distinct ids. Legs and
 * sets keep the number and make the text when it is read ({@link GeneratedIds}).
 */
public final class IdSequence {
    private long next = 1;

    IdSequence() {
    }

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
