package com.ladderbench.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.ledger.Ledger;
import com.ladderbench.core.ledger.LotSize;
import com.ladderbench.model.Category;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tally a metrics-only run books into gives, bit for bit, what the ledger and its TradeSets
 * give for the same fills: positions, realized P&L, set counts and P&L in the ledger's order, fill
 * sums, whipsaw and so the metrics, without a Fill, leg or set object per trade.
 */
class TradeTallyTest {
    private static final long T0 = 1_704_067_200_000L;
    private static final long MINUTE = 60_000L;

    /** One fill booked into both books; the bar is its minute, as the engine books it. */
    private static final class Both {
        final List<String> symbols;
        final LotSize lotSize;
        final Ledger ledger;
        final TradeTally tally;
        final List<Fill> fills = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        Both(List<String> symbols, double lot) {
            this(symbols, lot, null);
        }

        /** With {@code reused} (null: a new tally) reset for these symbols and lot size. */
        Both(List<String> symbols, double lot, TradeTally reused) {
            this.symbols = symbols;
            this.lotSize = new LotSize(lot);
            this.ledger = new Ledger(lotSize);
            this.tally = reused == null ? new TradeTally(symbols, lotSize) : reused.reset(symbols, lotSize);
            for (int s = 0; s < symbols.size(); s++) index.put(symbols.get(s), s);
        }

        void book(int s, int bar, int sign, long lots, double price, double fee) {
            Fill f = new Fill("F" + (fills.size() + 1), T0 + bar * MINUTE, symbols.get(s), Timeframe.M1,
                    sign > 0 ? Side.BUY : Side.SELL, lots, lotSize.lotSize(), price, fee, "t", Category.OTHER, "open",
                    null, null);
            fills.add(f);
            double byLedger = ledger.book(f);
            double byTally = tally.book(s, bar, f.timestamp(), sign, lots, price, fee);
            assertEquals(byLedger, byTally, 0.0, "realized of fill " + f.fillId());
            assertEquals(ledger.position(symbols.get(s)).lots(), tally.lots(s));
            assertEquals(ledger.position(symbols.get(s)).wac(), tally.wac(s), 0.0);
        }

        int bar(String symbol, long timestamp) {
            return (int) ((timestamp - T0) / MINUTE);
        }

        Whipsaw ledgerWhipsaw(int window) {
            return Whipsaw.of(ledger.tradeSets(), window, s -> t -> bar(s, t));
        }

        void assertSameMetrics(int window) {
            List<TradeSet> sets = ledger.tradeSets();
            assertEquals(sets.size(), tally.tradeSets());
            int[] order = tally.setOrder();
            for (int k = 0; k < sets.size(); k++) {
                assertEquals(sets.get(k).pnlNet(), tally.pnlNet(order[k]), 0.0, "pnl_net of set " + k);
                assertEquals(sets.get(k).isClosed(), tally.isClosed(order[k]), "closed: set " + k);
            }
            assertEquals(ledgerWhipsaw(window), tally.whipsaw(window));
            EquitySummary eq = new EquitySummary(100_000);
            eq.add(100_500);
            eq.add(99_800);
            Metrics byLedger = MetricsCalculator.compute(eq, sets, fills, 525_600, 1, ledgerWhipsaw(window));
            Metrics byTally = MetricsCalculator.compute(eq, tally, 525_600, 1, tally.whipsaw(window));
            assertEquals(byLedger, byTally);
            double pnl = 0;
            for (TradeSet s : sets) pnl += s.pnlNet();
            assertEquals(pnl, tally.pnlNet(), 0.0);
            double[] marks = new double[symbols.size()];
            Map<String, Double> byName = new HashMap<>();
            for (int s = 0; s < marks.length; s++) {
                marks[s] = 101.5 + s;
                byName.put(symbols.get(s), marks[s]);
            }
            assertEquals(ledger.unrealizedPnl(byName), tally.unrealizedPnl(marks), 1e-9);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.01, 10.0})
    void randomFillsOnThreeSymbolsGiveTheLedgersFiguresBitForBit(double lot) {
        Random r = new Random(11);
        // named out of index order: whipsaw sums symbol by symbol in name order
        Both b = new Both(List.of("SOL-USD", "BTC-USD", "ETH-USD"), lot);
        int[] bar = new int[3];
        for (int n = 0; n < 3_000; n++) {
            int s = r.nextInt(3);
            // a later symbol's fill may carry an earlier time: its sets open out of id order
            bar[s] += r.nextInt(4);
            int shifted = bar[s] + s * 7;
            long held = Math.abs(b.tally.lots(s));
            int pick = r.nextInt(4);
            // closing exactly and crossing zero are what end sets: make them common
            long lots = held > 0 && pick == 0 ? held : held > 0 && pick == 1 ? held + 1 + r.nextInt(3)
                    : 1 + r.nextInt(r.nextBoolean() ? 5 : 400);
            int sign = held > 0 && pick <= 1 ? -Long.signum(b.tally.lots(s)) : r.nextBoolean() ? 1 : -1;
            double price = 90 + r.nextDouble() * 20;
            b.book(s, shifted, sign, lots, price, r.nextInt(5) == 0 ? 0.0 : r.nextDouble());
        }
        assertTrue(b.ledger.tradeSets().size() > 300, "many sets, crossing fills among them");
        assertTrue(b.tally.whipsaw(12).count() > 50, "whipsaws to match");
        b.assertSameMetrics(12);
        b.assertSameMetrics(0);
    }

    /** Random fills on every symbol of {@code b}, sets opening and closing; {@code bar0} shifts their times. */
    private static void randomFills(Both b, long seed, int fills, int bar0) {
        Random r = new Random(seed);
        int n = b.symbols.size();
        int[] bar = new int[n];
        for (int k = 0; k < fills; k++) {
            int s = r.nextInt(n);
            bar[s] += r.nextInt(4);
            long held = Math.abs(b.tally.lots(s));
            int pick = r.nextInt(4);
            long lots = held > 0 && pick == 0 ? held : held > 0 && pick == 1 ? held + 1 + r.nextInt(3)
                    : 1 + r.nextInt(r.nextBoolean() ? 5 : 400);
            int sign = held > 0 && pick <= 1 ? -Long.signum(b.tally.lots(s)) : r.nextBoolean() ? 1 : -1;
            b.book(s, bar0 + bar[s] + s * 7, sign, lots, 90 + r.nextDouble() * 20, r.nextInt(5) == 0 ? 0.0 : r.nextDouble());
        }
    }

    /**
     * A sweep's worker books point after point into one tally: reset, it books the next run bit for
     * bit as a new tally, whatever the last run left (more sets, closed ones where the next run's
     * stay open, open positions long and short, later fills, another lot size, as many, fewer or more symbols).
     */
    @ParameterizedTest
    @ValueSource(ints = {3, 2, 4})
    void aResetTallyBooksTheNextRunAsANewOneWouldLeavingNothingOfTheLast(int nextSymbols) {
        TradeTally reused = new TradeTally();
        Both last = new Both(List.of("A-USD", "B-USD", "C-USD"), 10.0, reused);
        randomFills(last, 5, 2_000, 100_000);
        last.book(0, 200_000, 1, 7, 100, 0.5);  // open at the end: long
        last.book(1, 200_000, -1, 3, 100, 0.5); // and short
        last.assertSameMetrics(12);
        assertTrue(last.tally.tradeSets() > 200 && last.tally.whipsaw(12).count() > 20);

        List<String> names = List.of("Y-USD", "X-USD", "W-USD", "V-USD").subList(0, nextSymbols);
        Both next = new Both(names, 1.0, reused);
        for (int s = 0; s < nextSymbols; s++) {
            assertEquals(0, next.tally.lots(s));
            assertTrue(Double.isNaN(next.tally.wac(s)), "flat, no cost");
        }
        assertEquals(0, next.tally.tradeSets());
        assertEquals(0.0, next.tally.fees(), 0.0);
        assertEquals(0.0, next.tally.traded(), 0.0);
        assertEquals(Whipsaw.NONE, next.tally.whipsaw(12));
        next.book(1, 0, -1, 2, 100, 0.1); // earlier than the last run's fills: a fresh clock per symbol
        next.book(1, 1, 1, 2, 99, 0.1);   // set 0 closes (the last run's set 0 was open or closed alike)
        next.book(0, 1, 1, 5, 101, 0.2);  // set 1 stays open where the last run's set 1 had closed
        next.assertSameMetrics(12);
        randomFills(next, 6, 300, 10);
        next.assertSameMetrics(12);
        next.assertSameMetrics(0);
    }

    @Test
    void aFillThatCrossesZeroClosesOneSetAndOpensAnotherSplittingItsFeeByQuantity() {
        Both b = new Both(List.of("X"), 1.0);
        b.book(0, 0, 1, 3, 100, 0.3);
        b.book(0, 1, -1, 4, 110, 0.8); // 3 lots close (fee 0.6), 1 lot opens a short (fee 0.2)
        assertEquals(-1, b.tally.lots(0));
        assertEquals(110, b.tally.wac(0), 0.0);
        assertEquals(2, b.tally.tradeSets());
        assertTrue(b.tally.isClosed(0));
        assertEquals(3 * 10 - 0.3 - 0.6, b.tally.pnlNet(0), 1e-12);
        assertEquals(-0.2, b.tally.pnlNet(1), 1e-12);
        b.assertSameMetrics(5);
        b.book(0, 2, 1, 1, 105, 0.1); // covers exactly: flat again
        assertEquals(0, b.tally.lots(0));
        assertTrue(Double.isNaN(b.tally.wac(0)));
        assertEquals(2, b.tally.tradeSets());
        b.assertSameMetrics(5);
    }

    @Test
    void aReentryWithinTheWindowIsAWhipsawAndOneBarPastItIsNot() {
        Both b = new Both(List.of("X"), 1.0);
        b.book(0, 0, 1, 5, 100, 0.1);
        b.book(0, 10, -1, 5, 101, 0.1);
        b.book(0, 14, 1, 2, 103, 0.1);
        Whipsaw w = b.tally.whipsaw(4);
        assertEquals(1, w.count());
        assertEquals(2 * 103, w.reenteredNotional(), 1e-12);
        assertEquals(2 * 2 + 0.2, w.cost(), 1e-12);
        assertEquals(Whipsaw.NONE, b.tally.whipsaw(3));
        b.assertSameMetrics(4);
        b.assertSameMetrics(3);
    }

    @Test
    void theTallyRefusesWhatTheLedgerRefuses() {
        TradeTally t = new TradeTally(List.of("X"), new LotSize(1.0));
        assertThrows(IllegalArgumentException.class, () -> t.book(0, 0, T0, 1, 0, 100, 0));
        t.book(0, 0, T0, 1, 1, 100, 0); // one lot, zero fee: fine
        assertThrows(IllegalArgumentException.class, () -> t.book(0, 0, T0, 1, 1, 0.0, 0));
        assertThrows(IllegalArgumentException.class, () -> t.book(0, 0, T0, 1, 1, Double.POSITIVE_INFINITY, 0));
        assertThrows(IllegalArgumentException.class, () -> t.book(0, 0, T0, 1, 1, 100, -1e-9));
        assertThrows(IllegalArgumentException.class, () -> t.book(0, 0, T0, 1, 1, 100, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> t.book(0, 0, T0 - 1, 1, 1, 100, 0));
        t.book(0, 0, T0, -1, 1, 100, 0); // the same timestamp again is fine
        t.book(0, 0, T0, 1, Long.MAX_VALUE, 100, 0);
        assertThrows(IllegalArgumentException.class, () -> t.book(0, 0, T0, 1, 1, 100, 0), "past Long.MAX_VALUE lots");
        t.book(0, 0, T0, -1, Long.MAX_VALUE, 100, 0); // closing shrinks it
        assertEquals(0, t.lots(0));
        assertEquals(2, t.tradeSets(), "the round trip and the big one");
    }

    @Test
    void aNewTallyIsFlatWithoutCostAndTakesAFillBeforeTheEpoch() {
        TradeTally t = new TradeTally(List.of("X", "Y"), new LotSize(1.0));
        assertEquals(0, t.lots(1));
        assertTrue(Double.isNaN(t.wac(1)), "no cost while flat");
        assertEquals(0, t.tradeSets());
        t.book(1, 0, -MINUTE, 1, 2, 50, 0); // data from before 1970 is data too
        assertEquals(2, t.lots(1));
        assertEquals(50, t.wac(1), 0.0);
        assertTrue(Double.isNaN(t.wac(0)), "the other symbol still flat");
    }

    @Test
    void aSetClosedAtExactlyZeroNetIsALossNotAWin() {
        Both b = new Both(List.of("X"), 1.0);
        b.book(0, 0, 1, 1, 100, 0);
        b.book(0, 1, -1, 1, 100, 0);
        b.book(0, 2, 1, 1, 100, 0);
        b.book(0, 3, -1, 1, 101, 0);
        EquitySummary eq = new EquitySummary(100_000);
        eq.add(100_001);
        Metrics m = MetricsCalculator.compute(eq, b.tally, 1, 0, Whipsaw.NONE);
        assertEquals(0.5, m.winRate(), 0.0, "one win of two closed sets");
        b.assertSameMetrics(1);
    }
}
