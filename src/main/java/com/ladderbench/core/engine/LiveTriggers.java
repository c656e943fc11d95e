package com.ladderbench.core.engine;

import com.ladderbench.core.rules.RuleCursor;
import java.util.Arrays;

/**
 * One symbol's triggers that may act at each of its bars, worked out a block of bars at a time:
 * bit {@code 2j} for the entry rule of the symbol's j-th trigger (plan order), bit {@code 2j + 1}
 * for its exit rule, set where that rule may be TRUE or MISSING (its position-independent part is
 * not FALSE, or it has none that decides it). A rule whose bit is clear is FALSE at that bar,
 * whatever the position: evaluating it would change nothing but a missing-indicator flag that is
 * already clear, so the decision need not visit its trigger, and on most bars none at all.
 *
 * <p>The blocks it computes are the rule cursors' own, so each rule is still computed once per
 * bar; computing ahead is not looking ahead, as a bar's marks are read when that bar is decided.
 * Only for symbols of at most {@value #MAX_TRIGGERS} triggers (two bits each in a long); the
 * engine decides the others trigger by trigger. Allocates when created, never per bar.
 */
final class LiveTriggers {
    static final int MAX_TRIGGERS = 32;
    private static final int BLOCK = RuleCursor.BLOCK;
    /** The entry bits (even) of all triggers: the exit bit of trigger j is its entry bit shifted by one. */
    private static final long ENTRY_BITS = 0x5555_5555_5555_5555L;

    private final int bars;
    // by the symbol's trigger j: its cursors (null where the rule is never evaluated) and clock (null: base bars)
    private final RuleCursor[] entry;
    private final RuleCursor[] exit;
    private final int[][] clock;
    /** By position sign + 1: the bits of the rules a decision evaluates in that position. */
    private final long[] relevant = new long[3];
    /** A block's bits: no longer than the symbol (thousands of short symbols need not hold full blocks). */
    private final long[] live;
    private int start;
    /** Exclusive; -1: no block yet. */
    private long end = -1;

    /**
     * @param mine the symbol's trigger indices in plan order (at most {@value #MAX_TRIGGERS})
     * @param triggers the run's triggers, for their {@link PreparedTriggers#flags}
     * @param entersMine the {@code ENTERS_…} flags this run evaluates entries for
     * @param bars how many base bars the symbol has
     */
    LiveTriggers(int[] mine, PreparedTriggers triggers, int entersMine, RuleCursor[] entryCursor, RuleCursor[] exitCursor,
            int[][] ownClock, int bars) {
        if (mine.length > MAX_TRIGGERS) throw new IllegalArgumentException(mine.length + " triggers on one symbol");
        this.bars = bars;
        this.live = new long[Math.min(BLOCK, bars)];
        int n = mine.length;
        entry = new RuleCursor[n];
        exit = new RuleCursor[n];
        clock = new int[n][];
        for (int j = 0; j < n; j++) {
            int idx = mine[j];
            int f = triggers.flags(idx);
            long entryBit = 1L << 2 * j;
            long exitBit = entryBit << 1;
            clock[j] = ownClock[idx];
            if ((f & entersMine) != 0) {
                entry[j] = entryCursor[idx];
                for (int sign = -1; sign <= 1; sign++) relevant[sign + 1] |= entryBit;
            }
            if ((f & PreparedTriggers.FLAT_VETO) != 0) relevant[1] |= exitBit;
            if ((f & PreparedTriggers.EXITS_LONGS) != 0) relevant[2] |= exitBit;
            if ((f & PreparedTriggers.EXITS_SHORTS) != 0) relevant[0] |= exitBit;
            if (((relevant[0] | relevant[1] | relevant[2]) & exitBit) != 0) exit[j] = exitCursor[idx];
        }
    }

    /**
     * The triggers of the symbol, by their place j in its plan-order list, with a rule that may be
     * TRUE or MISSING at {@code bar} in a position of sign {@code positionSign}: bit j set. Bars are
     * asked in ascending order (any order is correct; out of order recomputes a block).
     */
    long triggersAt(int bar, int positionSign) {
        if (bar < start || bar >= end) compute(bar);
        long bits = live[bar - start] & relevant[positionSign + 1];
        // entry or exit: one bit per trigger, at its entry bit
        return (bits | bits >>> 1) & ENTRY_BITS;
    }

    /** The place j of the lowest trigger in {@code triggers}. */
    static int first(long triggers) {
        return Long.numberOfTrailingZeros(triggers) >>> 1;
    }

    private void compute(int bar) {
        int count = Math.min(BLOCK, bars - bar);
        Arrays.fill(live, 0, count, 0L);
        for (int j = 0; j < entry.length; j++) {
            long entryBit = 1L << 2 * j;
            mark(entry[j], clock[j], bar, count, entryBit);
            mark(exit[j], clock[j], bar, count, entryBit << 1);
        }
        start = bar;
        end = (long) bar + count;
    }

    private void mark(RuleCursor rule, int[] own, int bar, int count, long bit) {
        if (rule == null) return;
        if (own == null) {
            rule.markLive(bar, count, live, bit);
        } else {
            rule.markLive(bar, count, own, live, bit);
        }
    }
}
