package com.ladderbench.core.analysis;

import com.ladderbench.model.Lots;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongToIntFunction;

/**
 * Whipsaw (SPEC §5): an exit leg followed within the window by an entry leg on the same symbol
 * and side that adds exposure back. Each exit and each entry is matched at most once; the
 * re-entered quantity is the smaller of the two legs.
 *
 * @param count matched exit/re-entry pairs
 * @param reenteredNotional Σ re-entered qty × re-entry price
 * @param cost Σ (re-entry price worse than the exit price × re-entered qty) + both legs' fees
 */
public record Whipsaw(int count, double reenteredNotional, double cost) {

    public static final Whipsaw NONE = new Whipsaw(0, 0, 0);

    /**
     * @param barIndex for a symbol, what maps a timestamp to the bar index in that symbol's base
     *     series, so the window is counted in bars even across data gaps; asked once per symbol,
     *     and then for that symbol's leg timestamps in time order
     */
    public static Whipsaw of(List<TradeSet> sets, int windowBars, Function<String, ? extends LongToIntFunction> barIndex) {
        // the sets grouped by symbol (a counting sort, the given order kept within a symbol), so that
        // one symbol's legs at a time are copied into one reused set of columns: with hundreds of
        // symbols' sets interleaved, copying set by set wrote every symbol's columns in turn, out of cache
        // (a hash map, not a tree, per set: the symbols are put in name order once, at the end)
        Map<String, Integer> ordinals = new HashMap<>();
        int[] symbolOf = new int[sets.size()];
        int[] groupStart = new int[sets.size() + 1];
        String symbol = null;
        int ordinal = -1;
        for (int k = 0; k < sets.size(); k++) {
            TradeSet set = sets.get(k);
            if (!set.symbol().equals(symbol)) {
                symbol = set.symbol();
                ordinal = ordinals.computeIfAbsent(symbol, name -> ordinals.size());
            }
            symbolOf[k] = ordinal;
            groupStart[ordinal + 1]++;
        }
        for (int g = 0; g < ordinals.size(); g++) groupStart[g + 1] += groupStart[g];
        int[] grouped = new int[sets.size()];
        int[] next = Arrays.copyOf(groupStart, ordinals.size());
        for (int k = 0; k < sets.size(); k++) grouped[next[symbolOf[k]]++] = k;
        String[] names = ordinals.keySet().toArray(new String[0]);
        Arrays.sort(names);
        Matcher m = new Matcher(windowBars);
        Legs legs = new Legs();
        for (String name : names) {
            int g = ordinals.get(name);
            legs.clear();
            for (int at = groupStart[g]; at < groupStart[g + 1]; at++) {
                TradeSet set = sets.get(grouped[at]);
                for (TradeLeg leg : set.legs()) {
                    legs.add(leg.timestamp(), 0, leg.isEntry(), set.side(), leg.price(), leg.lots(), leg.lotSize(),
                            leg.fees());
                }
            }
            Legs byTime = legs.byTime();
            byTime.indexBars(barIndex.apply(name));
            m.match(byTime);
        }
        return m.result();
    }

    /**
     * One symbol's legs in primitive columns, in the order given: what whipsaw reads of a leg,
     * without a leg object (a run that keeps only its metrics records its legs here as it books).
     */
    static final class Legs {
        private static final byte ENTRY = 1;
        private static final byte SHORT = 2;

        private int size;
        private long[] time = new long[16];
        private int[] bar = new int[16];
        private byte[] flags = new byte[16];
        private double[] price = new double[16];
        private long[] lots = new long[16];
        private double[] lotSize = new double[16];
        private double[] fees = new double[16];

        int size() {
            return size;
        }

        /** No legs, the columns' capacity kept (every column is written before it is read). */
        void clear() {
            size = 0;
        }

        void add(long timestamp, int barIndex, boolean entry, PositionSide side, double legPrice, long legLots,
                double legLotSize, double legFees) {
            if (size == time.length) grow();
            time[size] = timestamp;
            bar[size] = barIndex;
            flags[size] = (byte) ((entry ? ENTRY : 0) | (side == PositionSide.SHORT ? SHORT : 0));
            price[size] = legPrice;
            lots[size] = legLots;
            lotSize[size] = legLotSize;
            fees[size] = legFees;
            size++;
        }

        private void grow() {
            int n = time.length * 2;
            time = Arrays.copyOf(time, n);
            bar = Arrays.copyOf(bar, n);
            flags = Arrays.copyOf(flags, n);
            price = Arrays.copyOf(price, n);
            lots = Arrays.copyOf(lots, n);
            lotSize = Arrays.copyOf(lotSize, n);
            fees = Arrays.copyOf(fees, n);
        }

        /** Sets each leg's bar from its timestamp, in the legs' order. */
        void indexBars(LongToIntFunction barIndex) {
            for (int k = 0; k < size; k++) bar[k] = barIndex.applyAsInt(time[k]);
        }

        boolean isEntry(int k) {
            return (flags[k] & ENTRY) != 0;
        }

        boolean isShort(int k) {
            return (flags[k] & SHORT) != 0;
        }

        /**
         * The legs ordered by timestamp, ties in the order given (a stable sort). A ledger's legs of
         * one symbol already are: its fills on a symbol never go back in time, so this sorts nothing.
         */
        Legs byTime() {
            boolean sorted = true;
            for (int k = 1; k < size && sorted; k++) sorted = time[k - 1] <= time[k];
            if (sorted) return this;
            Integer[] order = new Integer[size];
            for (int k = 0; k < size; k++) order[k] = k;
            Arrays.sort(order, (a, b) -> Long.compare(time[a], time[b])); // stable for objects
            Legs out = new Legs();
            for (int k : order) {
                out.add(time[k], bar[k], isEntry(k), isShort(k) ? PositionSide.SHORT : PositionSide.LONG, price[k],
                        lots[k], lotSize[k], fees[k]);
            }
            return out;
        }
    }

    /** Matches exits to re-entries symbol by symbol, summing in the order the symbols come. */
    static final class Matcher {
        private final int windowBars;
        private boolean[] used = new boolean[0];
        private int count;
        private double notional;
        private double cost;

        Matcher(int windowBars) {
            this.windowBars = windowBars;
        }

        /** One symbol's legs, in time order. */
        void match(Legs legs) {
            int n = legs.size();
            if (used.length < n) used = new boolean[Math.max(n, 2 * used.length)];
            Arrays.fill(used, 0, n, false);
            for (int x = 0; x < n; x++) {
                if (legs.isEntry(x)) continue;
                boolean exitShort = legs.isShort(x);
                for (int y = x + 1; y < n; y++) {
                    if (legs.bar[y] - legs.bar[x] > windowBars) break;
                    if (used[y] || !legs.isEntry(y) || legs.isShort(y) != exitShort) continue;
                    used[y] = true;
                    double qty = Lots.toDouble(Math.min(legs.lots[x], legs.lots[y]), legs.lotSize[y]);
                    double worse = exitShort ? legs.price[x] - legs.price[y] : legs.price[y] - legs.price[x];
                    count++;
                    notional += qty * legs.price[y];
                    cost += Math.max(0, worse) * qty + legs.fees[x] + legs.fees[y];
                    break;
                }
            }
        }

        Whipsaw result() {
            return new Whipsaw(count, notional, cost);
        }
    }
}
