package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-bar loop allocates nothing: with rules that are evaluated on every bar but never fire,
 * the bytes allocated between two progress callbacks (16,384 bars apart, called from inside the
 * loop) stay at zero apart from a small constant for the callback itself.
 */
class EngineAllocationTest {

    @Test
    void thePerBarLoopAllocatesNothingWhileNoRuleFires() throws Exception {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        BarSeries bars = SyntheticMarket.generate("X", Timeframe.M1, 300_000, 3);
        Plan plan = new Plan("quiet", null, List.of(
                new Trigger("t1", "X", Timeframe.M1, Direction.LONG, Category.OTHER, ConfidenceGrade.A,
                        "close > ema_medium and rsi_14 between 45 and 70 and close < 0", null, null, null, null),
                new Trigger("t2", "X", Timeframe.M5, Direction.SHORT, Category.OTHER, ConfidenceGrade.B,
                        "macd_hist > 0 and tf_15m_close < 0", null, null, null, null),
                new Trigger("t3", "X", Timeframe.M1, Direction.EXIT, Category.RISK_REDUCE, null, null,
                        "rsi_14 > 70", null, null, 0.5)),
                RiskConstraints.NONE, List.of(), RiskOffSettings.NONE, null, null, null);
        long[] allocated = new long[64];
        int[] calls = new int[1];
        long thread = Thread.currentThread().getId();
        RunMonitor probe = new RunMonitor() {
            @Override
            public void progress(double fraction) {
                if (calls[0] < allocated.length) allocated[calls[0]++] = mx.getThreadAllocatedBytes(thread);
            }
        };
        BacktestRequest req = BacktestRequest.of("quiet", plan, TestData.marketData(List.of(bars), plan),
                RunConfig.defaults());
        BacktestRunner.run(req, probe); // warm up the JIT
        calls[0] = 0;
        RunResult r = BacktestRunner.run(req, probe);
        assertEquals(0, r.fills().size(), "no rule may fire for this measurement");
        assertTrue(calls[0] > 10, "progress is reported from inside the loop");
        long worst = 0;
        // the first interval includes the missing-indicator notices of the warm-up; the last one ends the run
        for (int i = 2; i < calls[0] - 1; i++) worst = Math.max(worst, allocated[i] - allocated[i - 1]);
        assertTrue(worst < 1024, "bytes allocated per 16,384 bars: " + worst);
    }
}
