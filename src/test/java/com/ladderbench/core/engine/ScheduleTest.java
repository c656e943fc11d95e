package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void barsAreDecidedByCloseTimeWithTiesInSymbolOrderForAnyNumberOfSymbols() {
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            int symbols = 1 + rnd.nextInt(round < 100 ? 5 : 300);
            BarSeries[] series = new BarSeries[symbols];
            for (int s = 0; s < symbols; s++) {
                Timeframe tf = rnd.nextBoolean() ? Timeframe.M1 : Timeframe.M5;
                int n = rnd.nextInt(8) == 0 ? 0 : 1 + rnd.nextInt(40);
                long[] t = new long[n];
                long at = tf.millis() * rnd.nextInt(20);
                for (int i = 0; i < n; i++) {
                    t[i] = at;
                    // gaps and many shared close times between symbols
                    at += tf.millis() * (1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(5) : 0));
                }
                double[] z = new double[n];
                series[s] = new BarSeries("S" + s, tf, t, z, z, z, z, z, null, "test");
            }
            int[][] want = scanEarliestHead(series);
            assertSchedule(want, series, Schedule.of(series), "round " + round);
            assertSchedule(want, series, Schedule.merged(series), "heap, round " + round);
            assertSchedule(want, series, Schedule.byRounds(series, Long.MAX_VALUE), "rounds, round " + round);
        }
    }

    @Test
    void roundsKeepTheEarliestHeadOrderWhenASymbolRepeatsOrStepsBackInTime() {
        Random rnd = new Random(11);
        for (int round = 0; round < 300; round++) {
            int symbols = 1 + rnd.nextInt(6);
            BarSeries[] series = new BarSeries[symbols];
            for (int s = 0; s < symbols; s++) {
                int n = rnd.nextInt(12);
                long[] t = new long[n];
                for (int i = 0; i < n; i++) t[i] = 60_000L * rnd.nextInt(6); // repeats and steps back
                double[] z = new double[n];
                series[s] = new BarSeries("S" + s, Timeframe.M1, t, z, z, z, z, z, null, "test");
            }
            int[][] want = scanEarliestHead(series);
            assertSchedule(want, series, Schedule.byRounds(series, Long.MAX_VALUE), "rounds, round " + round);
        }
    }

    @Test
    void roundsGiveUpOnceTheirStepsPassTheBudgetAndOfThenMergesOnTheHeap() {
        // two symbols on grids of their own: a round per close
        long m = 60_000;
        BarSeries[] series = {
            series("A", 0, 2 * m), // closes at 1m, 3m
            series("B", m, 3 * m), // closes at 2m, 4m
        };
        // rounds: {A,B} 2 steps, {A,B} 2, {A,B} 2, {B} 1 = 7 steps
        assertSchedule(scanEarliestHead(series), series, Schedule.byRounds(series, 7), "at the budget");
        assertNull(Schedule.byRounds(series, 6), "one step over the budget");
        assertEquals(4L * 1000 + 3, Schedule.alignedBudget(1000, 3));
        // 300 symbols that never close together: rounds would cost bars x symbols, the heap does it
        BarSeries[] apart = new BarSeries[300];
        for (int s = 0; s < apart.length; s++) apart[s] = series("S" + s, s * m, 300 * m + s * m);
        assertNull(Schedule.byRounds(apart, Schedule.alignedBudget(600, 300)));
        assertSchedule(scanEarliestHead(apart), apart, Schedule.of(apart), "disjoint grids");
    }

    @Test
    void symbolsOnOneGridAreDecidedBarByBarInSymbolOrderAsTheEarliestHeadOrderHasIt() {
        Random rnd = new Random(5);
        for (int round = 0; round < 60; round++) {
            int symbols = 1 + rnd.nextInt(round < 30 ? 4 : 300);
            long[] t = randomGrid(rnd); // gaps shared by all
            BarSeries[] series = new BarSeries[symbols];
            for (int s = 0; s < symbols; s++) series[s] = series("S" + s, t.clone());
            Schedule grid = Schedule.oneGrid(series);
            assertSchedule(scanEarliestHead(series), series, grid, "round " + round);
            assertSchedule(scanEarliestHead(series), series, Schedule.of(series), "of, round " + round);
        }
    }

    @Test
    void symbolsEndingEarlyOnOneGridAreDecidedBarByBarAmongTheSymbolsThatHaveTheBar() {
        Random rnd = new Random(9);
        for (int round = 0; round < 60; round++) {
            int symbols = 1 + rnd.nextInt(round < 30 ? 4 : 300);
            long[] t = randomGrid(rnd);
            int n = t.length;
            BarSeries[] series = new BarSeries[symbols];
            for (int s = 0; s < symbols; s++) {
                // the bench's split: some symbols a bar longer; here any start of the grid, empty included
                int bars = rnd.nextBoolean() ? n : rnd.nextInt(n + 1);
                series[s] = series("S" + s, Arrays.copyOf(t, bars));
            }
            series[rnd.nextInt(symbols)] = series("L", t.clone()); // one symbol has every bar
            assertSchedule(scanEarliestHead(series), series, Schedule.oneGrid(series), "round " + round);
            assertSchedule(scanEarliestHead(series), series, Schedule.of(series), "of, round " + round);
        }
    }

    /** 1 to 30 close times from 0, each 1 to 3 minutes after the one before. */
    private static long[] randomGrid(Random rnd) {
        long[] t = new long[1 + rnd.nextInt(30)];
        for (int i = 1; i < t.length; i++) t[i] = t[i - 1] + 60_000L * (1 + rnd.nextInt(3));
        return t;
    }

    @Test
    void oneGridIsOnlyForStrictlyRisingClosesThatEverySymbolFollowsFromTheFirst() {
        long m = 60_000;
        assertEquals(3, Schedule.oneGrid(new BarSeries[] {series("A", 0, m, 2 * m), series("B", 0, m, 2 * m)})
                .distinctCloses(), "the same times: one grid");
        assertEquals(3, Schedule.oneGrid(new BarSeries[] {series("A", 0, m), series("B", 0, m, 2 * m)})
                .distinctCloses(), "a symbol ending a bar early: the longest one's grid");
        assertEquals(2, Schedule.oneGrid(new BarSeries[] {series("A", 0, m), series("B", 0, m).head(0)}).size(),
                "an empty symbol has no bar to decide");
        assertNull(Schedule.oneGrid(new BarSeries[] {series("A", 0, m, m), series("B", 0, m, m)}),
                "a repeated time");
        assertNull(Schedule.oneGrid(new BarSeries[] {series("A", 0, 2 * m, m)}), "a step back");
        assertNull(Schedule.oneGrid(new BarSeries[] {series("A", 0, m, 2 * m), series("B", 0, m, 3 * m)}),
                "one time apart");
        assertNull(Schedule.oneGrid(new BarSeries[] {series("A", 0, m, 2 * m), series("B", m, 2 * m)}),
                "a later start");
        assertNull(Schedule.oneGrid(new BarSeries[] {series("A")}), "no bars");
        assertNull(Schedule.oneGrid(new BarSeries[0]), "no symbols");
        double[] z = new double[2];
        BarSeries fiveMinutes = new BarSeries("B", Timeframe.M5, new long[] {0, m}, z, z, z, z, z, null, "test");
        assertNull(Schedule.oneGrid(new BarSeries[] {series("A", 0, m), fiveMinutes}), "another bar length");
    }

    private static BarSeries series(String name, long... times) {
        double[] z = new double[times.length];
        return new BarSeries(name, Timeframe.M1, times, z, z, z, z, z, null, "test");
    }

    private static void assertSchedule(int[][] want, BarSeries[] series, Schedule got, String what) {
        int[] gotSym = new int[got.size()];
        int[] gotBar = new int[got.size()];
        for (int k = 0; k < got.size(); k++) {
            gotSym[k] = got.symbol(k);
            gotBar[k] = got.bar(k);
            assertEquals(series[got.symbol(k)].closeTime(got.bar(k)), got.closeTime(k), what);
        }
        assertArrayEquals(want[0], gotSym, what);
        assertArrayEquals(want[1], gotBar, what);
        assertEquals(want[2][0], got.distinctCloses(), what);
    }

    @Test
    void theOrderIsTheSameWhenTheClosesSpanMoreThanOneLongKeyHoldsBesideTheSymbol() {
        Random rnd = new Random(3);
        // spans around 2^63 / symbols: the merge keys on (close, symbol) apart instead of packed
        long[] spans = {Long.MAX_VALUE / 2, Long.MAX_VALUE / 4, Long.MAX_VALUE / 512, Long.MAX_VALUE / 1024};
        for (long span : spans) {
            for (int symbols : new int[] {2, 3, 300, 600}) {
                BarSeries[] series = new BarSeries[symbols];
                for (int s = 0; s < symbols; s++) {
                    int n = 1 + rnd.nextInt(6);
                    long[] t = new long[n];
                    for (int i = 0; i < n; i++) {
                        // the earliest and the latest possible bar, and shared times in between
                        long at = i == 0 && s == 0 ? -span / 2 : i == n - 1 && s == 1 ? span / 2 - 60_000
                                : (rnd.nextInt(5) - 2) * 60_000L + i * 600_000L;
                        t[i] = i == 0 ? at : Math.max(at, t[i - 1] + 60_000);
                    }
                    double[] z = new double[n];
                    series[s] = new BarSeries("S" + s, Timeframe.M1, t, z, z, z, z, z, null, "test");
                }
                Schedule got = Schedule.merged(series);
                int[][] want = scanEarliestHead(series);
                assertSchedule(want, series, Schedule.of(series), "span " + span + ", " + symbols + " symbols");
                for (int k = 0; k < got.size(); k++) {
                    assertEquals(want[0][k], got.symbol(k), "span " + span + ", " + symbols + " symbols, step " + k);
                    assertEquals(want[1][k], got.bar(k), "span " + span + ", " + symbols + " symbols, step " + k);
                    assertEquals(series[got.symbol(k)].closeTime(got.bar(k)), got.closeTime(k));
                }
                assertEquals(want[2][0], got.distinctCloses());
            }
        }
    }

    /** The definition: repeatedly take the head with the earliest close, the lowest symbol on ties. */
    private static int[][] scanEarliestHead(BarSeries[] series) {
        int total = 0;
        for (BarSeries s : series) total += s.size();
        int[] sym = new int[total];
        int[] bar = new int[total];
        int[] next = new int[series.length];
        int distinct = 0;
        long prev = Long.MIN_VALUE;
        for (int k = 0; k < total; k++) {
            int best = -1;
            for (int s = 0; s < series.length; s++) {
                if (next[s] < series[s].size()
                        && (best < 0 || series[s].closeTime(next[s]) < series[best].closeTime(next[best]))) {
                    best = s;
                }
            }
            sym[k] = best;
            bar[k] = next[best]++;
            long c = series[best].closeTime(bar[k]);
            if (c != prev) distinct++;
            prev = c;
        }
        return new int[][] {sym, bar, {distinct}};
    }
}
