package com.ladderbench.core.engine;

import java.util.List;

/**
 * The run's triggers in plan order, indexed for the loop, and grouped by symbol. What the loop asks
 * of every trigger on every bar (its clock, which rules apply) is also kept in columns by trigger
 * index, so that a bar of one symbol among many reads a few cache lines, not each trigger object.
 */
final class PreparedTriggers {
    /** The exit_rule may close a long. */
    static final int EXITS_LONGS = 1;
    /** The exit_rule may close a short. */
    static final int EXITS_SHORTS = 2;
    /** An emergency_exit with an exit_rule: evaluated while flat too, to veto opening. */
    static final int FLAT_VETO = 4;
    /** The entry_rule opens longs. */
    static final int ENTERS_LONG = 8;
    /** The entry_rule opens shorts (only where the config allows). */
    static final int ENTERS_SHORT = 16;
    /** A ladder category without the exit_rule it needs. */
    static final int LACKS_EXIT_RULE = 32;

    private final PreparedTrigger[] all;
    private final int[][] bySymbol;
    private final int[] flags;
    private final int[][] clocks;

    PreparedTriggers(List<PreparedTrigger> triggers, int symbolCount) {
        this.all = triggers.toArray(new PreparedTrigger[0]);
        int[] counts = new int[symbolCount];
        for (PreparedTrigger t : all) counts[t.symbolIndex()]++;
        bySymbol = new int[symbolCount][];
        for (int s = 0; s < symbolCount; s++) bySymbol[s] = new int[counts[s]];
        int[] fill = new int[symbolCount];
        for (PreparedTrigger t : all) bySymbol[t.symbolIndex()][fill[t.symbolIndex()]++] = t.index();
        flags = new int[all.length];
        clocks = new int[all.length][];
        for (PreparedTrigger t : all) {
            flags[t.index()] = flagsOf(t);
            clocks[t.index()] = t.ownBarAtBase();
        }
    }

    private static int flagsOf(PreparedTrigger t) {
        int f = 0;
        if (t.exitApplies(1)) f |= EXITS_LONGS;
        if (t.exitApplies(-1)) f |= EXITS_SHORTS;
        if (t.exitTier().isEmergency() && t.exit() != null) f |= FLAT_VETO;
        if (t.entrySign() > 0) f |= ENTERS_LONG;
        if (t.entrySign() < 0) f |= ENTERS_SHORT;
        if (t.lacksRequiredExitRule()) f |= LACKS_EXIT_RULE;
        return f;
    }

    /** The {@code EXITS_…}/{@code ENTERS_…} bits of trigger {@code index}. */
    int flags(int index) { return flags[index]; }

    /** {@link PreparedTrigger#ownBarAtBase} of trigger {@code index}. */
    int[] clock(int index) { return clocks[index]; }

    PreparedTrigger get(int index) { return all[index]; }

    int size() { return all.length; }

    /** Trigger indices of one symbol, in plan order. */
    int[] ofSymbol(int symbol) { return bySymbol[symbol]; }

    int maxPerSymbol() {
        int m = 0;
        for (int[] s : bySymbol) m = Math.max(m, s.length);
        return m;
    }
}
