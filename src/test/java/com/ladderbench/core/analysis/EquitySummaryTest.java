package com.ladderbench.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.Metrics;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The summary a run keeps of its equity curve when it keeps no curve: drawdown from the running
 * peak, the final equity, and the per-point return sums behind Sharpe and Sortino, the same figure
 * for figure as the metrics computed over the stored curve.
 */
class EquitySummaryTest {

    private static EquitySummary marked(double initial, double... equity) {
        EquitySummary s = new EquitySummary(initial);
        for (double e : equity) s.add(e);
        return s;
    }

    private static EquityCurve curve(double... equity) {
        long[] t = new long[equity.length];
        for (int i = 0; i < t.length; i++) t[i] = Trades.at(i);
        return new EquityCurve(t, equity);
    }

    @Test
    void anEmptySummaryEndsAtTheInitialCashWithoutDrawdown() {
        EquitySummary s = new EquitySummary(1000);
        assertEquals(0, s.points());
        assertEquals(1000, s.finalEquity(), 0.0);
        assertEquals(0, s.maxDrawdownPct(), 0.0);
        assertEquals(1000, s.initialCash(), 0.0);
    }

    @Test
    void theDrawdownIsTheDeepestFallFromTheRunningPeakNotFromTheStart() {
        // 120 -> 90 is -25 %; 150 -> 120 later is only -20 %; the initial cash is no peak
        EquitySummary s = marked(200, 100, 120, 90, 150, 120);
        assertEquals(-25.0, s.maxDrawdownPct(), 1e-12);
        assertEquals(120, s.finalEquity(), 0.0);
        assertEquals(5, s.points());
    }

    @Test
    void aPeakAtOrBelowZeroMeansNoDrawdown() {
        assertEquals(0, marked(100, -5, -10).maxDrawdownPct(), 0.0);
        assertEquals(0, marked(100, 0, -10).maxDrawdownPct(), 0.0, "a peak of exactly 0 divides nothing");
        assertEquals(-100.0, marked(100, 1e-9, 0).maxDrawdownPct(), 1e-9, "just above 0 it does");
    }

    @Test
    void theFirstReturnIsFromTheInitialCashAndAReturnAfterNonPositiveEquityIsZero() {
        EquitySummary s = marked(100, 110, 99);
        assertEquals(0.1 + (99.0 / 110 - 1), s.returnSum(), 1e-15);
        assertEquals(0.1 * 0.1 + (99.0 / 110 - 1) * (99.0 / 110 - 1), s.returnSumSq(), 1e-15);
        assertEquals((99.0 / 110 - 1) * (99.0 / 110 - 1), s.downsideSumSq(), 1e-15, "only the fall is downside");

        EquitySummary broke = marked(100, 0, 50);
        assertEquals(-1.0, broke.returnSum(), 0.0, "100 -> 0 is -100 %, 0 -> 50 counts as no return");
        assertEquals(1.0, broke.downsideSumSq(), 0.0);
        EquitySummary flat = marked(0, 50);
        assertEquals(0.0, flat.returnSum(), 0.0, "from no cash there is no return");
    }

    @Test
    void theSummaryOfAStoredCurveIsTheMarkedOnes() {
        double[] eq = randomWalk(new Random(11), 5_000);
        EquitySummary marked = marked(1000, eq);
        EquitySummary stored = EquitySummary.of(1000, curve(eq));
        assertEquals(marked.points(), stored.points());
        assertEquals(marked.finalEquity(), stored.finalEquity(), 0.0);
        assertEquals(marked.maxDrawdownPct(), stored.maxDrawdownPct(), 0.0);
        assertEquals(marked.returnSum(), stored.returnSum(), 0.0);
        assertEquals(marked.returnSumSq(), stored.returnSumSq(), 0.0);
        assertEquals(marked.downsideSumSq(), stored.downsideSumSq(), 0.0);
        double deepest = 0;
        for (double d : curve(eq).drawdownPct()) deepest = Math.min(deepest, d);
        assertEquals(deepest, stored.maxDrawdownPct(), 0.0, "the deepest point of the curve's drawdown column");
    }

    @Test
    void metricsFromTheSummaryAreTheMetricsFromTheCurveBitForBit() {
        Random rnd = new Random(5);
        for (int run = 0; run < 50; run++) {
            double[] eq = randomWalk(rnd, 1 + rnd.nextInt(400));
            int inPosition = rnd.nextInt(eq.length + 1);
            Metrics fromCurve = MetricsCalculator.compute(1000, curve(eq), List.of(), List.of(), 8760, inPosition,
                    Whipsaw.NONE);
            Metrics fromSummary = MetricsCalculator.compute(marked(1000, eq), List.of(), List.of(), 8760, inPosition,
                    Whipsaw.NONE);
            assertEquals(fromCurve, fromSummary, "run " + run);
        }
    }

    private static double[] randomWalk(Random rnd, int n) {
        double[] eq = new double[n];
        double e = 1000;
        for (int i = 0; i < n; i++) {
            e *= 1 + rnd.nextGaussian() * 0.01;
            eq[i] = e;
        }
        return eq;
    }
}
