package com.ladderbench.core.analysis;

import static com.ladderbench.core.analysis.Trades.withPnl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.TradeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Run metrics (SPEC §5) from an equity curve, TradeSets and fills, figure by figure. */
class MetricsCalculatorTest {
    private static final double BARS_PER_YEAR = 8760;

    private static EquityCurve curve(double... equity) {
        long[] t = new long[equity.length];
        for (int i = 0; i < t.length; i++) t[i] = Trades.at(i);
        return new EquityCurve(t, equity);
    }

    private static Metrics metrics(double initial, EquityCurve eq, List<TradeSet> sets, List<Fill> fills,
            int barsInPosition) {
        return MetricsCalculator.compute(initial, eq, sets, fills, BARS_PER_YEAR, barsInPosition, Whipsaw.NONE);
    }

    private static Metrics ofSets(TradeSet... sets) {
        return metrics(1000, curve(1000, 1000), List.of(sets), List.of(), 0);
    }

    @Test
    void winRateAndProfitFactorCountClosedSetsOnlyNotOpenOnes() {
        Metrics m = ofSets(withPnl(100, true), withPnl(-50, true), withPnl(1000, false), withPnl(-300, false));
        assertEquals(0.5, m.winRate(), 0.0);
        assertEquals(2.0, m.profitFactor(), 0.0);
        assertEquals(4, m.numTradeSets(), "every set counts as a set, open or closed");
    }

    @Test
    void aBreakEvenSetIsNoWin() {
        Metrics m = ofSets(withPnl(100, true), withPnl(0, true), withPnl(-25, true));
        assertEquals(1.0 / 3, m.winRate(), 1e-15);
        assertEquals(4.0, m.profitFactor(), 0.0);
    }

    @Test
    void withoutClosedSetsWinRateIsUndefinedAndWithoutLossesSoIsProfitFactor() {
        Metrics open = ofSets(withPnl(100, false));
        assertTrue(Double.isNaN(open.winRate()));
        assertTrue(Double.isNaN(open.profitFactor()));
        Metrics allWins = ofSets(withPnl(100, true), withPnl(50, true));
        assertEquals(1.0, allWins.winRate(), 0.0);
        assertTrue(Double.isNaN(allWins.profitFactor()), "no loss: the ratio is undefined, not infinite");
    }

    @Test
    void returnAndDrawdownComeFromTheEquityCurve() {
        Metrics m = metrics(1000, curve(1100, 990, 1089), List.of(), List.of(), 0);
        assertEquals(1000, m.initialEquity(), 0.0);
        assertEquals(1089, m.finalEquity(), 0.0);
        assertEquals(8.9, m.totalReturnPct(), 1e-9);
        assertEquals(10.0, m.maxDrawdownPct(), 1e-9, "from the 1,100 peak down to 990");
    }

    @Test
    void sharpeAndSortinoAreAnnualisedFromBarReturnsIncludingTheFirstFromInitialCash() {
        double[] eq = {1100, 990, 1089, 1200};
        double[] r = {1100 / 1000.0 - 1, 990 / 1100.0 - 1, 1089 / 990.0 - 1, 1200 / 1089.0 - 1};
        double mean = (r[0] + r[1] + r[2] + r[3]) / 4;
        double ss = 0;
        for (double x : r) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / 3);
        double downside = Math.sqrt(r[1] * r[1] / 4);
        Metrics m = metrics(1000, curve(eq), List.of(), List.of(), 0);
        assertEquals(mean / sd * Math.sqrt(BARS_PER_YEAR), m.sharpe(), 1e-9);
        assertEquals(mean / downside * Math.sqrt(BARS_PER_YEAR), m.sortino(), 1e-9);
    }

    @Test
    void sharpeAndSortinoAreUndefinedForFlatOrTooShortCurvesAndSortinoWithoutALosingBar() {
        Metrics flat = metrics(1000, curve(1000, 1000, 1000), List.of(), List.of(), 0);
        assertTrue(Double.isNaN(flat.sharpe()));
        assertTrue(Double.isNaN(flat.sortino()));
        Metrics one = metrics(1000, curve(1100), List.of(), List.of(), 0);
        assertTrue(Double.isNaN(one.sharpe()));
        assertTrue(Double.isNaN(one.sortino()));
        Metrics rising = metrics(1000, curve(1100, 1200, 1400), List.of(), List.of(), 0);
        assertTrue(rising.sharpe() > 0);
        assertTrue(Double.isNaN(rising.sortino()));
    }

    @Test
    void aSingleLosingBarGivesNoSortinoEither() {
        Metrics one = metrics(1000, curve(900), List.of(), List.of(), 0);
        assertTrue(Double.isNaN(one.sharpe()));
        assertTrue(Double.isNaN(one.sortino()));
    }

    @Test
    void afterEquityReachesZeroLaterBarsCountAsFlatReturns() {
        // returns -1 then 0: mean -0.5, sample stdev sqrt(0.5)
        Metrics m = metrics(1000, curve(0, 0), List.of(), List.of(), 0);
        assertEquals(-0.5 / Math.sqrt(0.5) * Math.sqrt(BARS_PER_YEAR), m.sharpe(), 1e-9);
    }

    @Test
    void anEmptyCurveEndsWhereItStarted() {
        Metrics m = metrics(1000, curve(), List.of(), List.of(), 0);
        assertEquals(1000, m.finalEquity(), 0.0);
        assertEquals(0.0, m.totalReturnPct(), 0.0);
        assertEquals(0.0, m.exposurePct(), 0.0);
        assertEquals(0.0, m.maxDrawdownPct(), 0.0);
    }

    @Test
    void feesAndTurnoverSumEveryFill() {
        List<Fill> fills = List.of(Trades.fill(2, 100, 0.5), Trades.fill(3, 50, 0.25));
        Metrics m = metrics(1000, curve(1000, 1000), List.of(), fills, 0);
        assertEquals(0.75, m.fees(), 1e-15);
        assertEquals((2 * 100 + 3 * 50) / 1000.0, m.turnover(), 1e-15);
    }

    @Test
    void exposureIsTheShareOfEquityPointsWithAPositionOpen() {
        Metrics m = metrics(1000, curve(1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000), List.of(), List.of(), 2);
        assertEquals(25.0, m.exposurePct(), 0.0);
    }

    @Test
    void theWhipsawFiguresArePassedThrough() {
        Metrics m = MetricsCalculator.compute(1000, curve(1000), List.of(), List.of(), BARS_PER_YEAR, 0,
                new Whipsaw(3, 450.5, 12.25));
        assertEquals(3, m.whipsawCount());
        assertEquals(450.5, m.reenteredNotional(), 0.0);
        assertEquals(12.25, m.whipsawCost(), 0.0);
    }
}
