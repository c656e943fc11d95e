package com.ladderbench.core.engine;

import com.ladderbench.model.BarSeries;
import java.util.Arrays;

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

    /**
     * The order of always taking the earliest head with the lowest symbol on ties: by rounds over
     * the symbols while most of them close together, else by a heap merge.
     */
    static Schedule of(BarSeries[] series) {
        Schedule grid = oneGrid(series);
        if (grid != null) return grid;
        int total = 0;
        for (BarSeries s : series) total += s.size();
        Schedule rounds = byRounds(series, alignedBudget(total, series.length));
        return rounds != null ? rounds : merged(series);
    }

    /**
     * The order for symbols whose bars close on one grid, strictly rising, each symbol's times the
     * start of the longest one's (the same times, or some symbols ending a few bars early, as
     * generated or aligned data has): bar by bar, each bar in symbol order among the symbols that
     * have it, which is the earliest-head order exactly, written without comparing heads or reading
     * a symbol's times per bar (with hundreds of symbols, reading them in turn misses the cache).
     * Null for any other series (a repeated or earlier time, a later start or another time, another
     * bar length, no bars at all).
     */
    static Schedule oneGrid(BarSeries[] series) {
        if (series.length == 0) return null;
        int n = series.length;
        int[] size = new int[n];
        int longest = 0;
        long total = 0;
        for (int s = 0; s < n; s++) {
            size[s] = series[s].time().length;
            total += size[s];
            if (size[s] > size[longest]) longest = s;
        }
        long[] time = series[longest].time();
        long length = series[longest].timeframe().millis();
        int bars = time.length;
        if (bars == 0 || total > Integer.MAX_VALUE) return null;
        for (int i = 1; i < bars; i++) {
            if (time[i] <= time[i - 1]) return null;
        }
        for (int s = 0; s < n; s++) {
            if (series[s].timeframe().millis() != length) return null;
            long[] own = series[s].time();
            // (the longest one itself, or a symbol sharing its column: nothing to compare)
            if (own != time && !Arrays.equals(own, 0, size[s], time, 0, size[s])) return null;
        }
        // some symbols end early: the rest are decided without them (an invariant test the loop hoists)
        boolean ragged = total != (long) bars * n;
        int[] sym = new int[(int) total];
        int[] bar = new int[(int) total];
        long[] close = new long[(int) total];
        int k = 0;
        for (int i = 0; i < bars; i++) {
            long c = time[i] + length;
            for (int s = 0; s < n; s++) {
                if (ragged && i >= size[s]) continue; // symbol s has ended
                sym[k] = s;
                bar[k] = i;
                close[k++] = c;
            }
        }
        return new Schedule(sym, bar, close, bars);
    }

    /** Work {@link #byRounds} may spend before a heap merge is cheaper: a few passes over the bars. */
    static long alignedBudget(int total, int symbols) {
        return 4L * total + symbols;
    }

    /**
     * The order for symbols whose bars mostly close at the same times (one grid, the common case):
     * each round finds the earliest head close in one pass over the symbols left and takes, in
     * symbol order, every symbol whose head closes then; a symbol's head at or before that close
     * again (a duplicate or a step back in its times) is taken at once, as the heap would. A round
     * costs one step per symbol left, so with {@code symbols} on one grid the whole merge is
     * O(bars), against the heap's O(bars × log symbols). Null once the rounds' steps pass
     * {@code maxWork} (symbols on grids of their own: a round per bar), for the heap to do instead.
     */
    static Schedule byRounds(BarSeries[] series, long maxWork) {
        int total = 0;
        for (BarSeries s : series) total += s.size();
        int[] sym = new int[total];
        int[] bar = new int[total];
        long[] close = new long[total];
        // the symbols left, ascending, with their next bar and its close, in parallel columns
        int[] left = new int[series.length];
        int[] next = new int[series.length];
        long[] head = new long[series.length];
        // each symbol's open times and bar length: a close is time + length, read without the series object
        long[][] times = new long[series.length][];
        long[] length = new long[series.length];
        int n = 0;
        for (int s = 0; s < series.length; s++) {
            times[s] = series[s].time();
            length[s] = series[s].timeframe().millis();
            if (series[s].size() == 0) continue;
            left[n] = s;
            head[n++] = series[s].closeTime(0);
        }
        long work = 0;
        int distinct = 0;
        long prev = Long.MIN_VALUE;
        int k = 0;
        while (n > 0) {
            work += n;
            if (work > maxWork) return null;
            long t = head[0];
            for (int a = 1; a < n; a++) t = Math.min(t, head[a]);
            int kept = 0;
            for (int a = 0; a < n; a++) {
                int s = left[a];
                int i = next[a];
                long c = head[a];
                long[] time = times[s];
                while (c <= t) {
                    sym[k] = s;
                    bar[k] = i;
                    close[k++] = c;
                    if (c != prev) distinct++;
                    prev = c;
                    if (++i == time.length) break;
                    c = time[i] + length[s];
                }
                if (i < time.length) {
                    left[kept] = s;
                    next[kept] = i;
                    head[kept++] = c;
                }
            }
            n = kept;
        }
        return new Schedule(sym, bar, close, distinct);
    }

    /**
     * A k-way merge of the symbols' bars on a binary heap of (next close time, symbol), so the
     * order is the same as always taking the earliest head with the lowest symbol on ties, in
     * O(bars × log symbols).
     */
    static Schedule merged(BarSeries[] series) {
        int total = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (BarSeries s : series) {
            total += s.size();
            if (s.size() == 0) continue;
            first = Math.min(first, s.closeTime(0));
            last = Math.max(last, s.closeTime(s.size() - 1));
        }
        int symbolBits = 32 - Integer.numberOfLeadingZeros(Math.max(0, series.length - 1));
        if (total > 0 && last - first >= 0 && (last - first) >>> (63 - symbolBits) == 0) {
            return packed(series, total, first, symbolBits);
        }
        int[] sym = new int[total];
        int[] bar = new int[total];
        long[] close = new long[total];
        int[] next = new int[series.length];
        int[] heap = new int[series.length];
        long[] head = new long[series.length];
        int n = 0;
        for (int s = 0; s < series.length; s++) {
            if (series[s].size() == 0) continue;
            head[s] = series[s].closeTime(0);
            heap[n] = s;
            siftUp(heap, head, n++);
        }
        int distinct = 0;
        long prev = Long.MIN_VALUE;
        for (int k = 0; k < total; k++) {
            int best = heap[0];
            long bestClose = head[best];
            sym[k] = best;
            bar[k] = next[best]++;
            close[k] = bestClose;
            if (bestClose != prev) distinct++;
            prev = bestClose;
            if (next[best] < series[best].size()) {
                head[best] = series[best].closeTime(next[best]);
            } else {
                heap[0] = heap[--n];
            }
            siftDown(heap, head, n);
        }
        return new Schedule(sym, bar, close, distinct);
    }

    /**
     * The same merge with each head as one long, (close - first) above the symbol's bits, so that
     * one comparison orders by close and then symbol; used when the closes' span leaves room.
     */
    private static Schedule packed(BarSeries[] series, int total, long first, int symbolBits) {
        int[] sym = new int[total];
        int[] bar = new int[total];
        long[] close = new long[total];
        int[] next = new int[series.length];
        long[] heap = new long[series.length];
        long symbolMask = (1L << symbolBits) - 1;
        int n = 0;
        for (int s = 0; s < series.length; s++) {
            if (series[s].size() == 0) continue;
            heap[n] = (series[s].closeTime(0) - first) << symbolBits | s;
            siftUp(heap, n++);
        }
        int distinct = 0;
        long prev = Long.MIN_VALUE;
        for (int k = 0; k < total; k++) {
            long top = heap[0];
            int best = (int) (top & symbolMask);
            long bestClose = (top >>> symbolBits) + first;
            sym[k] = best;
            bar[k] = next[best]++;
            close[k] = bestClose;
            if (bestClose != prev) distinct++;
            prev = bestClose;
            if (next[best] < series[best].size()) {
                heap[0] = (series[best].closeTime(next[best]) - first) << symbolBits | best;
            } else {
                heap[0] = heap[--n];
            }
            siftDown(heap, n);
        }
        return new Schedule(sym, bar, close, distinct);
    }

    private static void siftUp(long[] heap, int at) {
        long x = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[parent] <= x) break;
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = x;
    }

    private static void siftDown(long[] heap, int n) {
        if (n == 0) return;
        long x = heap[0];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= n) break;
            if (child + 1 < n && heap[child + 1] < heap[child]) child++;
            if (heap[child] >= x) break;
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = x;
    }

    private static boolean before(long[] head, int x, int y) {
        return head[x] < head[y] || (head[x] == head[y] && x < y);
    }

    private static void siftUp(int[] heap, long[] head, int at) {
        int x = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(head, x, heap[parent])) break;
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = x;
    }

    private static void siftDown(int[] heap, long[] head, int n) {
        if (n == 0) return;
        int x = heap[0];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= n) break;
            if (child + 1 < n && before(head, heap[child + 1], heap[child])) child++;
            if (!before(head, heap[child], x)) break;
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = x;
    }

    int size() { return symbol.length; }

    int symbol(int k) { return symbol[k]; }

    int bar(int k) { return bar[k]; }

    long closeTime(int k) { return close[k]; }

    int distinctCloses() { return distinctCloses; }
}
