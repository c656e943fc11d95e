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

    @Test
    void equityEqualsTheFreshLeftToRightSumAfterAnySequenceOfChanges() {
        for (int symbols : new int[] {1, 2, 7, 64, 256}) {
            SplittableRandom rnd = new SplittableRandom(symbols);
            OpenMarks marks = new OpenMarks(symbols);
            double[] mark = new double[symbols];
            TreeSet<Integer> open = new TreeSet<>();
            double cash = 0.0;
            for (int step = 0; step < 20_000; step++) {
                int s = rnd.nextInt(symbols);
                int op = rnd.nextInt(10);
                if (op < 6) {
                    // prices of very different sizes, so the order of the additions shows in the last bits
                    mark[s] = (rnd.nextDouble() - 0.3) * Math.pow(10, rnd.nextInt(-3, 9));
                    marks.mark(s, mark[s]);
                } else if (op < 8) {
                    boolean nowOpen = !open.contains(s);
                    if (nowOpen) open.add(s); else open.remove(s);
                    marks.track(s, nowOpen);
                } else if (op == 8) {
                    cash += (rnd.nextDouble() - 0.5) * 1e5;
                }
                // asked at some steps only, so changes pile up between asks as between entries
                if (rnd.nextInt(3) == 0) {
                    assertSameDouble(freshSum(cash, open, mark), marks.equity(cash), symbols + " symbols, step " + step);
                    int except = rnd.nextInt(symbols);
                    assertSameDouble(freshExposure(except, open, mark), marks.otherExposure(except), "exposure");
                }
                assertEquals(!open.isEmpty(), marks.any());
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
}
