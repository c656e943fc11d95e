package com.ladderbench.core.engine;

import com.ladderbench.model.BarSeries;

/**
 * The order in which bars of all symbols are decided: by close time, ties in symbol order.
 * Built once before the loop as two parallel int columns.
 */
final class Schedule {
    private final int[] symbol;
    private final int[] bar;
    private final long[] close;
    private final int distinctCloses;

    private Schedule(int[] symbol, int[] bar, long[] close, int distinctCloses) {
        this.symbol = symbol;
        this.bar = bar;
        this.close = close;
        this.distinctCloses = distinctCloses;
    }

    static Schedule of(BarSeries[] series) {
        int total = 0;
        for (BarSeries s : series) total += s.size();
        int[] sym = new int[total];
        int[] bar = new int[total];
        long[] close = new long[total];
        int[] next = new int[series.length];
        int distinct = 0;
        long prev = Long.MIN_VALUE;
        for (int k = 0; k < total; k++) {
            int best = -1;
            long bestClose = Long.MAX_VALUE;
            for (int s = 0; s < series.length; s++) {
                if (next[s] < series[s].size()) {
                    long c = series[s].closeTime(next[s]);
                    if (c < bestClose) {
                        bestClose = c;
                        best = s;
                    }
                }
            }
            sym[k] = best;
            bar[k] = next[best]++;
            close[k] = bestClose;
            if (bestClose != prev) distinct++;
            prev = bestClose;
        }
        return new Schedule(sym, bar, close, distinct);
    }

    int size() { return symbol.length; }

    int symbol(int k) { return symbol[k]; }

    int bar(int k) { return bar[k]; }

    long closeTime(int k) { return close[k]; }

    int distinctCloses() { return distinctCloses; }
}
