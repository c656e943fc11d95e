package com.ladderbench.core.ledger;

import com.ladderbench.model.GeneratedIds;

/**
 * Deterministic ids in creation order, counted from 1: the text is a prefix and the counter
 * zero-padded to six digits ({@code L000001}); past 999999 the counter simply grows wider. Never
 * derived from symbol or time, so any number of fills at one timestamp get distinct ids. Legs and
 * sets keep the number and make the text when it is read ({@link GeneratedIds}).
 */
final class IdSequence {
    private long next = 1;

    IdSequence() {
    }

    long nextNumber() {
        return next++;
    }
}
