package com.ladderbench.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The series one rule reads, by the names the rule writes them, to say which were missing at a
 * bar from a mask taken at that bar ({@link CompiledRule#missingMask}). The engine keeps the mask
 * in its event log and the text is made only when the event is read: a run over many symbols
 * notes thousands of warm-ups and reads few of them. Holds names only, no series values, so an
 * event list may keep it after the run.
 */
public final class MissingSeries {
    /** The most series a mask describes: two bits each in a long. */
    public static final int MAX_SERIES = 32;
    private final String[] labels;
    // per series j: the earlier series with the same label, as bits, so that a label is listed once
    private final long[] sameBefore;

    MissingSeries(String[] labels) {
        if (labels.length > MAX_SERIES) throw new IllegalArgumentException(labels.length + " series");
        this.labels = labels.clone();
        this.sameBefore = new long[labels.length];
        for (int j = 0; j < labels.length; j++) {
            for (int e = 0; e < j; e++) {
                if (labels[e].equals(labels[j])) sameBefore[j] |= missingBit(e);
            }
        }
    }

    /** The mask bit of series {@code j} being missing (NaN or no bar to read). */
    static long missingBit(int j) {
        return 1L << 2 * j;
    }

    /** The mask bit of series {@code j} having no bar to read yet (set only with its missing bit). */
    static long unavailableBit(int j) {
        return 2L << 2 * j;
    }

    /**
     * The text of a mask, e.g. {@code "sma_long is warming up, close[1] is not available yet"}:
     * each missing series in the rule's order, a label written twice listed once.
     */
    public String describe(long mask) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < labels.length; j++) {
            // listed once: skipped when an earlier series of the same label was missing
            if ((mask & missingBit(j)) == 0 || (mask & sameBefore[j]) != 0) continue;
            parts.add((mask & unavailableBit(j)) != 0 ? labels[j] + " is not available yet" : labels[j] + " is warming up");
        }
        return parts.isEmpty() ? "no value is missing" : String.join(", ", parts);
    }
}
