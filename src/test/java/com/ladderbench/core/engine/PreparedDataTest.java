package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Runs on one {@link PreparedData} compute what depends on the data alone once between them, and
 * a run on shared data is the run on its own data.
 */
class PreparedDataTest {
    private static final List<BarSeries> BARS = List.of(SyntheticMarket.generate("X", Timeframe.M5, 2_000, 5),
            SyntheticMarket.generate("Y", Timeframe.M5, 2_000, 6));

    private static Plan plan(String entry) {
        return new Plan("p", null, List.of(
                new Trigger("in", "X", Timeframe.M5, Direction.LONG, Category.TREND_CONTINUATION, ConfidenceGrade.B,
                        entry, null, null, null, null),
                new Trigger("out", "X", Timeframe.M5, Direction.EXIT, Category.OTHER, null, null,
                        "tf_1h_close < tf_1h_sma_short", null, null, null),
                new Trigger("y", "Y", Timeframe.M15, Direction.LONG, Category.TREND_CONTINUATION, ConfidenceGrade.B,
                        "rsi_14 < 30", "rsi_14 > 60", null, null, null)),
                RiskConstraints.NONE, List.of(), RiskOffSettings.NONE, null, null, null);
    }

    @Test
    void aSecondRunOnTheSamePreparedDataComputesNoIndicatorAgainAndGetsTheSameResult() throws Exception {
        Plan plan = plan("close > ema_medium and rsi_14 between 45 and 70");
        MarketData data = TestData.marketData(BARS, plan);
        PreparedData shared = new PreparedData(data);
        EngineRun first = TriggerEngine.run(plan, shared, RunConfig.defaults(), RunMonitor.NONE);
        int computed = shared.indicatorsComputed();
        EngineRun second = TriggerEngine.run(plan, shared, RunConfig.defaults(), RunMonitor.NONE);
        EngineRun alone = TriggerEngine.run(plan, data, RunConfig.defaults(), RunMonitor.NONE);

        assertTrue(computed >= 5, "close, ema_50, rsi_14 on X; the 1h close and sma_20; rsi_14 on Y: " + computed);
        assertEquals(computed, shared.indicatorsComputed(), "nothing computed twice");
        assertEquals(alone.fills(), first.fills());
        assertEquals(alone.fills(), second.fills());
        assertEquals(alone.events(), second.events());
    }

    @Test
    void aRunReadingANewIndicatorAddsOnlyThatOne() throws Exception {
        Plan a = plan("close > ema_medium");
        Plan b = plan("close > ema_medium and roc_short > 0");
        PreparedData shared = new PreparedData(TestData.marketData(BARS, a));
        TriggerEngine.run(a, shared, RunConfig.defaults(), RunMonitor.NONE);
        int before = shared.indicatorsComputed();
        TriggerEngine.run(b, shared, RunConfig.defaults(), RunMonitor.NONE);
        assertEquals(before + 1, shared.indicatorsComputed(), "roc_10 only");
    }

    @Test
    void clocksIndexMapsAndSchedulesAreBuiltOncePerKey() {
        Plan plan = plan("close > ema_medium");
        PreparedData shared = new PreparedData(TestData.marketData(BARS, plan));
        assertSame(shared.clock("X", Timeframe.M5), shared.clock("X", Timeframe.M5));
        assertSame(shared.indexMap("X", Timeframe.M5, Timeframe.H1), shared.indexMap("X", Timeframe.M5, Timeframe.H1));
        assertSame(shared.schedule(List.of("X", "Y")), shared.schedule(List.of("X", "Y")));
        assertEquals(4_000, shared.schedule(List.of("X", "Y")).size());
        // a 15m bar completes at every third 5m bar; the 1h bar known at 5m bar j is the last one complete by then
        int[] clock = shared.clock("Y", Timeframe.M15);
        assertEquals(-1, clock[0]);
        assertEquals(0, clock[2]);
        int[] map = shared.indexMap("X", Timeframe.M5, Timeframe.H1);
        assertEquals(-1, map[10]);
        assertEquals(0, map[11]);
    }
}
