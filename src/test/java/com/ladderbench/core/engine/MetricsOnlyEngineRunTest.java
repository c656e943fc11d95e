package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.analysis.EquitySummary;
import com.ladderbench.core.analysis.MetricsCalculator;
import com.ladderbench.core.analysis.TradeTally;
import com.ladderbench.core.analysis.Whipsaw;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run that keeps only what its metrics read (a sweep's point) is the full run without its block
 * events and equity curve: the same fills, ledger, counts, cash and marks, and the summary of the
 * curve it did not keep; and a sweep's indicators can be computed for all its plans before any runs.
 */
class MetricsOnlyEngineRunTest {
    private static final List<BarSeries> BARS = List.of(SyntheticMarket.generate("X", Timeframe.M5, 3_000, 5),
            SyntheticMarket.generate("Y", Timeframe.M5, 3_000, 6));

    private static Plan plan(String entry, String symbolY) {
        return new Plan("p", null, List.of(
                new Trigger("in", "X", Timeframe.M5, Direction.LONG, Category.TREND_CONTINUATION, ConfidenceGrade.B,
                        entry, null, null, null, null),
                new Trigger("trim", "X", Timeframe.M5, Direction.EXIT, Category.RISK_REDUCE, ConfidenceGrade.A, null,
                        "rsi_14 > 60", null, null, 0.5),
                new Trigger("out", "X", Timeframe.M5, Direction.EXIT, Category.OTHER, null, null,
                        "tf_1h_close < tf_1h_sma_short", null, null, null),
                new Trigger("y", symbolY, Timeframe.M15, Direction.LONG, Category.TREND_CONTINUATION, ConfidenceGrade.B,
                        "rsi_14 < 40", "rsi_14 > 60", null, null, null)),
                RiskConstraints.NONE, List.of(), RiskOffSettings.NONE, null, null, null);
    }

    @Test
    void aMetricsOnlyRunGivenATallyEmptiesItAndBooksIntoItAsIntoANewOne() throws Exception {
        Plan plan = plan("close > ema_medium and rsi_14 between 45 and 70", "Y");
        PreparedData data = new PreparedData(TestData.marketData(BARS, plan));
        EngineRun fresh = TriggerEngine.runForMetrics(plan, data, RunConfig.defaults(), RunMonitor.NONE);
        TradeTally books = new TradeTally();
        for (int run = 0; run < 2; run++) {
            EngineRun reused = TriggerEngine.runForMetrics(plan, data, RunConfig.defaults(), RunMonitor.NONE, books);
            assertSame(books, reused.tally(), "the run's books are the tally given");
            assertTrue(fresh.tally().tradeSets() > 3);
            assertEquals(fresh.tally().tradeSets(), books.tradeSets(), "run " + run + " starts from nothing");
            assertEquals(fresh.tally().fees(), books.fees(), 0.0);
            assertEquals(fresh.tally().traded(), books.traded(), 0.0);
            assertEquals(fresh.tally().pnlNet(), books.pnlNet(), 0.0);
            assertEquals(fresh.finalCash(), reused.finalCash(), 0.0);
        }
    }

    @Test
    void aMetricsOnlyRunIsTheFullRunWithoutItsEventsAndCurve() throws Exception {
        Plan plan = plan("close > ema_medium and rsi_14 between 45 and 70", "Y");
        MarketData data = TestData.marketData(BARS, plan);
        EngineRun full = TriggerEngine.run(plan, new PreparedData(data), RunConfig.defaults(), RunMonitor.NONE);
        EngineRun slim = TriggerEngine.runForMetrics(plan, new PreparedData(data), RunConfig.defaults(),
                RunMonitor.NONE);

        assertTrue(full.events().size() > 10 && full.fills().size() > 10, "a run with events and fills to drop");
        assertEquals(List.of(), slim.events());
        assertNull(slim.equity());
        assertEquals(full.symbols(), slim.symbols());
        assertEquals(List.of(), slim.fills(), "its trades are tallied, not kept as fills");
        assertEquals(full.ledger().tradeSets().size(), slim.tally().tradeSets());
        for (int s = 0; s < full.symbols().size(); s++) {
            assertEquals(full.ledger().position(full.symbols().get(s)).lots(), slim.tally().lots(s));
        }
        assertNull(full.tally(), "a full run keeps its ledger instead");
        assertEquals(full.triggerStats(), slim.triggerStats(), "every event counted though none is kept");
        assertEquals(full.finalCash(), slim.finalCash(), 0.0);
        assertArrayEquals(full.lastClose(), slim.lastClose(), 0.0);
        assertEquals(full.barsInPosition(), slim.barsInPosition());

        EquitySummary ofCurve = EquitySummary.of(RunConfig.defaults().initialCash(), full.equity());
        for (EquitySummary s : List.of(full.equitySummary(), slim.equitySummary())) {
            assertEquals(ofCurve.points(), s.points());
            assertEquals(ofCurve.finalEquity(), s.finalEquity(), 0.0);
            assertEquals(ofCurve.maxDrawdownPct(), s.maxDrawdownPct(), 0.0);
            assertEquals(MetricsCalculator.compute(ofCurve, List.of(), List.of(), 1, 0, Whipsaw.NONE),
                    MetricsCalculator.compute(s, List.of(), List.of(), 1, 0, Whipsaw.NONE),
                    "the returns behind Sharpe and Sortino too");
        }
    }

    @Test
    void theIndicatorsOfASweepsPlansAreComputedOnceBeforeAnyRunSoTheRunsComputeNone() throws Exception {
        Plan a = plan("close > ema_medium", "Y");
        Plan b = plan("close > ema_medium and roc_short > 0", "Y");
        MarketData data = TestData.marketData(BARS, b);
        PreparedData byRuns = new PreparedData(data);
        TriggerEngine.runForMetrics(a, byRuns, RunConfig.defaults(), RunMonitor.NONE);
        TriggerEngine.runForMetrics(b, byRuns, RunConfig.defaults(), RunMonitor.NONE);

        PreparedData upFront = new PreparedData(data);
        upFront.computeIndicators(List.of(a, b, a));
        int computed = upFront.indicatorsComputed();
        TriggerEngine.runForMetrics(a, upFront, RunConfig.defaults(), RunMonitor.NONE);
        TriggerEngine.runForMetrics(b, upFront, RunConfig.defaults(), RunMonitor.NONE);

        assertEquals(byRuns.indicatorsComputed(), computed, "what the runs read, each once");
        assertEquals(computed, upFront.indicatorsComputed(), "the runs found them all");
    }

    @Test
    void aPlanOnASymbolWithoutDataIsLeftToItsRunWhileTheOthersAreComputed() {
        Plan good = plan("close > ema_medium", "Y");
        Plan noData = plan("close > sma_long", "Z");
        PreparedData upFront = new PreparedData(TestData.marketData(BARS, good));
        upFront.computeIndicators(List.of(noData, good));
        PreparedData goodOnly = new PreparedData(TestData.marketData(BARS, good));
        goodOnly.computeIndicators(List.of(good));
        assertEquals(goodOnly.indicatorsComputed(), upFront.indicatorsComputed(),
                "nothing of the plan whose symbol Z has no data");
    }
}
