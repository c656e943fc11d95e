package com.ladderbench.bench;

import com.ladderbench.core.ledger.Ledger;
import com.ladderbench.core.ledger.LotSize;
import com.ladderbench.model.Category;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Ledger ingestion throughput on generated fill streams (not a unit test: run by hand).
 * <pre>
 * mvn -B -q -o test-compile
 * java -Xmx2g -cp target/classes:target/test-classes com.ladderbench.bench.LedgerThroughput [fills] [rounds]
 * </pre>
 * Two streams: "mixed" (10 symbols, entries, partial exits, flattens and zero-crossing reversals,
 * several fills per timestamp) and "one-set" (one symbol whose position never returns to zero,
 * so every fill lands in one ever-growing open set: apply must not slow down with set size).
 */
public final class LedgerThroughput {
    private static final LotSize LOT = new LotSize(1e-8);

    private LedgerThroughput() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Fill[] mixed = mixed(n, 42);
        Fill[] oneSet = oneSet(n, 7);
        for (int r = 1; r <= rounds; r++) {
            System.out.println(measure("mixed", mixed, r));
            System.out.println(measure("one-set", oneSet, r));
        }
    }

    private static String measure(String name, Fill[] fills, int round) {
        Ledger ledger = new Ledger(LOT);
        long t0 = System.nanoTime();
        for (Fill f : fills) ledger.apply(f);
        long t1 = System.nanoTime();
        List<TradeSet> sets = ledger.tradeSets();
        long t2 = System.nanoTime();
        long legs = sets.stream().mapToLong(TradeSet::numLegs).sum();
        return String.format(Locale.ROOT,
                "round %d %-8s fills=%d legs=%d sets=%d apply=%.0f ms (%.2f M fills/s) tradeSets()=%.0f ms",
                round, name, fills.length, legs, sets.size(), (t1 - t0) / 1e6, fills.length / ((t1 - t0) / 1e9) / 1e6,
                (t2 - t1) / 1e6);
    }

    /** Random walk prices; each step enters, scales in, trims, flattens or reverses a symbol. */
    static Fill[] mixed(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int symbols = 10;
        long[] pos = new long[symbols];
        double[] price = new double[symbols];
        for (int s = 0; s < symbols; s++) price[s] = 100 + 50 * s;
        Fill[] fills = new Fill[n];
        long t = 1_700_000_000_000L;
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(4) != 0) t += 60_000; // about one fill in four shares the previous timestamp
            int s = rnd.nextInt(symbols);
            price[s] = Math.max(1, price[s] * (1 + (rnd.nextDouble() - 0.5) * 0.002));
            double p = Math.round(price[s] * 100) / 100.0;
            long lots;
            Side side;
            int action = rnd.nextInt(10);
            if (pos[s] == 0 || action < 3) { // enter or scale in
                side = pos[s] < 0 ? Side.SELL : pos[s] > 0 ? Side.BUY : (rnd.nextBoolean() ? Side.BUY : Side.SELL);
                lots = 1_000_000L * (1 + rnd.nextInt(100));
            } else {
                side = pos[s] > 0 ? Side.SELL : Side.BUY;
                long abs = Math.abs(pos[s]);
                lots = action < 7 ? Math.max(1, abs / 4)           // trim
                        : action < 9 ? abs                          // flatten
                        : abs + 1_000_000L * (1 + rnd.nextInt(50)); // reverse through zero
            }
            pos[s] += side.sign() * lots;
            fills[i] = new Fill("F" + i, t, "SYM" + s, Timeframe.M1, side, lots, LOT.lotSize(), p, p * LOT.toQty(lots) * 0.001,
                    "trg" + (i % 7), Category.OTHER, null, null, 2.0);
        }
        return fills;
    }

    /** One symbol, never flat: a single open set that grows to n legs. */
    static Fill[] oneSet(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Fill[] fills = new Fill[n];
        long pos = 0;
        long t = 1_700_000_000_000L;
        for (int i = 0; i < n; i++) {
            t += 60_000;
            boolean sell = pos > 2_000_000L && rnd.nextBoolean();
            long lots = sell ? Math.max(1, pos / 3) : 1_000_000L * (1 + rnd.nextInt(10));
            pos += sell ? -lots : lots;
            double p = 100 + rnd.nextDouble();
            fills[i] = new Fill("F" + i, t, "ONE", Timeframe.M1, sell ? Side.SELL : Side.BUY, lots, LOT.lotSize(), p, 0.01,
                    null, null, null, null, null);
        }
        return fills;
    }
}
