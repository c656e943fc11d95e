package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Equity from kept partial sums is the cash plus the open symbols' marks added left to right in
 * symbol order, the same double bit for bit as summing it afresh, whatever changed in between:
 * a mark at any place, a symbol opening or closing before, at or after a changed mark, the cash.
 */
class OpenMarksTest {

    /** The definition: from the cash, each open symbol's mark in ascending symbol order. */
    private static double freshSum(double cash, TreeSet<Integer> open, double[] mark) {
        double e = cash;
        for (int s : open) e += mark[s];
        return e;
    }

    private static double freshExposure(int except, TreeSet<Integer> open, double[] mark) {
        double x = 0;
        for (int s : open) if (s != except) x += Math.abs(mark[s]);
        return x;
    }

    private static void assertSameDouble(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                what + ": expected " + expected + " but was " + actual);
    }

    /**
     * A random run of the changes the engine makes, applied both to the marks and to the plain
     * definition beside them (the open symbols, their marks, the cash).
     */
    private static final class Walk {
        final SplittableRandom rnd;
        final OpenMarks marks;
        final double[] mark;
        final TreeSet<Integer> open = new TreeSet<>();
        double cash;
        private final int symbols;
        private final int maxExponent;

        /** Marks up to 10^maxExponent in size, both signs. */
        Walk(int symbols, long seed, double cash, int maxExponent) {
            this.rnd = new SplittableRandom(seed);
            this.marks = new OpenMarks(symbols);
            this.mark = new double[symbols];
            this.cash = cash;
            this.symbols = symbols;
            this.maxExponent = maxExponent;
        }

        /** One step: a symbol marked (6 in 10), opening or closing (2 in 10), the cash changed (1 in 10), or nothing. */
        void step() {
            int s = rnd.nextInt(symbols);
            int op = rnd.nextInt(10);
            if (op < 6) {
                // prices of very different sizes, so the order of the additions shows in the last bits
                mark[s] = (rnd.nextDouble() - 0.3) * Math.pow(10, rnd.nextInt(-3, maxExponent));
                marks.mark(s, mark[s]);
            } else if (op < 8) {
                boolean nowOpen = !open.contains(s);
                if (nowOpen) open.add(s); else open.remove(s);
                marks.track(s, nowOpen);
            } else if (op == 8) {
                cash += (rnd.nextDouble() - 0.5) * 1e5;
            }
        }

        double freshSum() {
            return OpenMarksTest.freshSum(cash, open, mark);
        }
    }

    @Test
    void equityEqualsTheFreshLeftToRightSumAfterAnySequenceOfChanges() {
        for (int symbols : new int[] {1, 2, 7, 63, 64, 65, 130, 256}) {
            Walk w = new Walk(symbols, symbols, 0.0, 9);
            for (int step = 0; step < 20_000; step++) {
                w.step();
                // asked at some steps only, so changes pile up between asks as between entries
                if (w.rnd.nextInt(3) == 0) {
                    assertSameDouble(w.freshSum(), w.marks.equity(w.cash), symbols + " symbols, step " + step);
                    int except = w.rnd.nextInt(symbols);
                    assertSameDouble(freshExposure(except, w.open, w.mark), w.marks.otherExposure(except), "exposure");
                }
                assertEquals(!w.open.isEmpty(), w.marks.any());
            }
        }
    }

    @Test
    void aMarkChangedAtOnePlaceIsReAddedThereAndAfterButNotBefore() {
        OpenMarks marks = new OpenMarks(3);
        double[] mark = {1e16, 1.0, 1.0};
        TreeSet<Integer> open = new TreeSet<>();
        for (int s = 0; s < 3; s++) {
            marks.mark(s, mark[s]);
            marks.track(s, true);
            open.add(s);
        }
        // 1e16 + 1 rounds away the 1, twice: the order is what makes the sum
        assertSameDouble(1e16, marks.equity(0.0), "from a zero cash");
        mark[1] = 3.0;
        marks.mark(1, mark[1]);
        assertSameDouble(freshSum(0.0, open, mark), marks.equity(0.0), "middle mark changed");
        mark[0] = 2.0;
        marks.mark(0, mark[0]);
        assertSameDouble(6.0, marks.equity(0.0), "first mark changed: everything after it re-added");
        assertSameDouble(freshSum(0.0, open, mark), marks.equity(0.0), "asked again, nothing changed");
    }

    @Test
    void aChangedCashIsSeenEvenAsTheSignOfZero() {
        OpenMarks marks = new OpenMarks(2);
        assertSameDouble(0.0, marks.equity(0.0), "nothing open");
        assertSameDouble(-0.0, marks.equity(-0.0), "the cash alone, its sign kept");
        assertFalse(marks.any());
        marks.mark(1, 5.0);
        assertSameDouble(-0.0, marks.equity(-0.0), "a mark of a symbol without a position does not count");
        marks.track(1, true);
        assertTrue(marks.any());
        assertSameDouble(5.0, marks.equity(-0.0), "it counts once open");
        assertSameDouble(15.0, marks.equity(10.0), "a new cash: every sum starts over from it");
        marks.track(1, false);
        assertSameDouble(10.0, marks.equity(10.0), "closed: out of the sum");
        assertFalse(marks.any());
    }

    private static void assertHolds(double exact, double[] bounds, String what) {
        assertTrue(bounds[0] <= exact && exact <= bounds[1],
                what + ": " + exact + " outside [" + bounds[0] + ", " + bounds[1] + "]");
    }

    @Test
    void theEstimateHoldsTheEquityTheNextSumGivesAfterAnySequenceOfChanges() {
        for (int symbols : new int[] {1, 2, 7, 63, 64, 65, 130, 256}) {
            // sizes far apart and both signs: the sums round, and the bound must hold that
            Walk w = new Walk(symbols, 31 + symbols, 1e5, 12);
            double[] bounds = new double[2];
            int estimated = 0;
            for (int step = 0; step < 20_000; step++) {
                w.step();
                int ask = w.rnd.nextInt(6);
                if (ask == 0) {
                    w.marks.equity(w.cash);
                } else if (ask == 1 && w.marks.estimate(w.cash, bounds)) {
                    estimated++;
                    double exact = w.freshSum();
                    assertHolds(exact, bounds, symbols + " symbols, step " + step);
                    assertSameDouble(exact, w.marks.equity(w.cash), "the sum after an estimate");
                }
            }
            assertTrue(estimated > 1_000, "estimates given: " + estimated);
        }
    }

    @Test
    void theEstimateHoldsTheEquityWhereAPositionOpensOrClosesAndIsNarrow() {
        OpenMarks marks = new OpenMarks(4);
        double[] bounds = new double[2];
        double[] mark = {0.1, 1e12, 3.3, 0.7};
        TreeSet<Integer> open = new TreeSet<>();
        for (int s = 0; s < 3; s++) {
            marks.mark(s, mark[s]);
            marks.track(s, true);
            open.add(s);
        }
        double cash = 12_345.678;
        marks.equity(cash);
        // the last symbol opens (as a fill does: it joins at its old mark, then is marked anew)
        marks.track(3, true);
        marks.mark(3, mark[3]);
        open.add(3);
        assertTrue(marks.estimate(cash, bounds));
        assertHolds(freshSum(cash, open, mark), bounds, "a position opened");
        assertTrue(bounds[1] - bounds[0] < 1e-9 * 1e12, "the interval is a few ulps of the sums wide");
        // the first closes before the sum is taken again: its mark leaves it
        marks.track(0, false);
        open.remove(0);
        assertTrue(marks.estimate(cash, bounds));
        assertHolds(freshSum(cash, open, mark), bounds, "a position closed");
        // closed and reopened at a new mark, the cash changed by its trade
        mark[0] = 0.2;
        marks.mark(0, mark[0]);
        marks.track(0, true);
        open.add(0);
        cash -= 0.2;
        assertTrue(marks.estimate(cash, bounds));
        assertHolds(freshSum(cash, open, mark), bounds, "reopened");
        assertSameDouble(freshSum(cash, open, mark), marks.equity(cash), "then summed");
    }

    @Test
    void theEstimateIsGivenOnlyAfterASumAndBeforeTooManyChangesOrAnInfiniteMark() {
        OpenMarks marks = new OpenMarks(1);
        double[] bounds = {-1, -1};
        assertFalse(marks.estimate(0.0, bounds), "nothing summed yet");
        marks.track(0, true);
        marks.equity(10.0);
        // four changes per term (the symbol and the cash): two symbols' worth of terms is 8
        for (int k = 0; k < 8; k++) marks.mark(0, k);
        assertTrue(marks.estimate(10.0, bounds), "eight changes");
        assertHolds(17.0, bounds, "the last mark");
        marks.mark(0, 8.0);
        assertFalse(marks.estimate(10.0, bounds), "nine changes");
        assertSameDouble(18.0, marks.equity(10.0), "summed");
        assertTrue(marks.estimate(10.0, bounds), "the count starts over");
        marks.mark(0, Double.POSITIVE_INFINITY);
        assertFalse(marks.estimate(10.0, bounds), "an infinite mark bounds nothing");
    }

    @Test
    void staleMarksCountsTheMarksTheNextSumReAdds() {
        OpenMarks marks = new OpenMarks(5);
        for (int s = 0; s < 5; s++) marks.track(s, true);
        assertEquals(5, marks.staleMarks(), "never summed");
        marks.equity(1.0);
        assertEquals(0, marks.staleMarks());
        marks.mark(3, 2.0);
        assertEquals(2, marks.staleMarks(), "from the fourth on");
        marks.mark(0, 2.0);
        assertEquals(5, marks.staleMarks());
        marks.equity(1.0);
        marks.track(4, false);
        assertEquals(0, marks.staleMarks(), "the last one leaving re-adds nothing");
    }

    @Test
    void theSumReAddsFromTheOpenSymbolBeforeAChangeAcrossWordsOfTheSet() {
        // symbols 5 and 70 open, in different words of the set: a change at 70 re-adds from 5's sum
        OpenMarks marks = new OpenMarks(130);
        marks.track(5, true);
        marks.mark(5, 1e16);
        marks.track(70, true);
        marks.mark(70, 1.0);
        marks.track(129, true);
        marks.mark(129, 1.0);
        assertSameDouble(1e16, marks.equity(0.0), "each 1 rounds away after 1e16");
        assertEquals(0, marks.staleMarks());
        marks.mark(70, 3.0);
        assertEquals(2, marks.staleMarks(), "70 and 129");
        assertSameDouble(1e16 + 4.0, marks.equity(0.0), "from 1e16, then 3, then 1");
        marks.track(5, false);
        assertEquals(2, marks.staleMarks(), "the first leaving: all after it");
        assertSameDouble(4.0, marks.equity(0.0), "from the cash");
        marks.mark(0, 7.0);
        assertEquals(0, marks.staleMarks(), "a symbol without a position changes no sum");
        assertSameDouble(4.0, marks.equity(0.0), "asked again");
    }

    @Test
    void theEstimateIsWideEnoughForChangesThatCancel() {
        // a mark out to 1e16 and back: the changes sum to about nothing, their rounding does not
        OpenMarks marks = new OpenMarks(2);
        double[] bounds = new double[2];
        marks.track(0, true);
        marks.mark(0, 1.0);
        marks.equity(1.0);
        marks.mark(0, 1e16);
        marks.mark(0, 1.0);
        assertTrue(marks.estimate(1.0, bounds));
        assertHolds(2.0, bounds, "back where it was");
        assertTrue(bounds[1] - bounds[0] > 1.0, "as wide as the rounding at 1e16: " + (bounds[1] - bounds[0]));
    }

    @Test
    void noMarkIsStaleRightAfterASumWithTheSymbolsFillingWholeWordsOfTheSet() {
        OpenMarks marks = new OpenMarks(64);
        marks.track(63, true);
        marks.mark(63, 2.0);
        assertEquals(1, marks.staleMarks());
        assertSameDouble(3.0, marks.equity(1.0), "summed");
        assertEquals(0, marks.staleMarks(), "past the last word");
    }
}
