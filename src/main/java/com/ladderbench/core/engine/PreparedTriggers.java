package com.ladderbench.core.engine;

import java.util.List;

/** The run's triggers in plan order, indexed for the loop, and grouped by symbol. */
final class PreparedTriggers {
    private final PreparedTrigger[] all;
    private final int[][] bySymbol;

    PreparedTriggers(List<PreparedTrigger> triggers, int symbolCount) {
        this.all = triggers.toArray(new PreparedTrigger[0]);
        int[] counts = new int[symbolCount];
        for (PreparedTrigger t : all) counts[t.symbolIndex()]++;
        bySymbol = new int[symbolCount][];
        for (int s = 0; s < symbolCount; s++) bySymbol[s] = new int[counts[s]];
        int[] fill = new int[symbolCount];
        for (PreparedTrigger t : all) bySymbol[t.symbolIndex()][fill[t.symbolIndex()]++] = t.index();
    }

    PreparedTrigger get(int index) { return all[index]; }

    int size() { return all.length; }

    /** Trigger indices of one symbol, in plan order. */
    int[] ofSymbol(int symbol) { return bySymbol[symbol]; }

    List<PreparedTrigger> asList() { return List.of(all); }

    int maxPerSymbol() {
        int m = 0;
        for (int[] s : bySymbol) m = Math.max(m, s.length);
        return m;
    }
}
