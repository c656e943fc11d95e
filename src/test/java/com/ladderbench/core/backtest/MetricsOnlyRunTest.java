package com.ladderbench.core.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.cli.BenchCommand;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.core.engine.EngineRun;
import com.ladderbench.core.engine.PreparedData;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.core.engine.TriggerEngine;
import com.ladderbench.core.samples.Samples;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Timeframe;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A run that keeps only its metrics (a sweep's point: no block events, no equity curve) gives
 * exactly the metrics and trigger counts of the full run it stands for, its trades tallied in
 * columns rather than kept as fills and TradeSets.
 */
class MetricsOnlyRunTest {

    @ParameterizedTest
    @ValueSource(strings = {"trend-ladder", "mean-reversion-latch", "multi-symbol-tf", "bitstamp-2013",
            "eth-2023-depeg"})
    void aMetricsOnlyRunOfEverySampleHasTheFullRunsMetrics(String name) throws Exception {
        Samples.Sample s = Samples.sample(name);
        RunInputs in = RunInputs.load(s.plan(), s.dataSpecs(), s.config());
        BacktestRequest req = BacktestRequest.of(name, in.plan().plan(), in.data(), in.config());
        assertSame(req);
    }

    @Test
    void aMetricsOnlyRunOfABusyGeneratedRunHasTheFullRunsMetrics() throws Exception {
        Plan plan = BenchCommand.plan(8);
        MarketData data = MarketData.of(List.of(SyntheticMarket.generate(plan.symbols().get(0), Timeframe.M1, 20_000, 7)),
                PlanRequirements.timeframes(plan));
        BacktestRequest req = BacktestRequest.of("bench", plan, data, RunConfig.defaults());
        RunResult full = assertSame(req);
        assertTrue(full.events().size() > 1000 && full.fills().size() > 100, "a run with much to keep");
    }

    private static RunResult assertSame(BacktestRequest req) throws Exception {
        RunResult full = BacktestRunner.run(req);
        Metrics alone = BacktestRunner.metrics(req, new PreparedData(req.data()), RunMonitor.NONE);
        assertEquals(full.metrics(), alone);

        EngineRun slim = TriggerEngine.runForMetrics(req.plan(), new PreparedData(req.data()), req.config(),
                RunMonitor.NONE);
        assertEquals(List.of(), slim.events(), "no block events kept");
        assertNull(slim.equity(), "no equity curve kept");
        assertEquals(List.of(), slim.fills(), "no Fill objects kept");
        assertEquals(List.of(), slim.ledger().tradeSets(), "no TradeSets built");
        assertEquals(full.tradeSets().size(), slim.tally().tradeSets(), "the sets tallied instead");
        assertEquals(full.metrics().fees(), slim.tally().fees(), 0.0);
        assertEquals(full.triggerStats(), slim.triggerStats(), "events are still counted");
        assertEquals(full.equity().size(), slim.equitySummary().points());
        assertEquals(full.metrics().finalEquity(), slim.equitySummary().finalEquity(), 0.0);
        return full;
    }
}
