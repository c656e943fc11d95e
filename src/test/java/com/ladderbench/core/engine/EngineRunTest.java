package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.RunResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run as a whole: equity marked at every close, exposure, progress and cancellation. */
class EngineRunTest {

    @Test
    void equityIsMarkedAtEveryCloseWithOpenPositionsAtTheirClose() {
        // long 100 from bar 2 at 100; marked 120 at bar 4, sold at 110 at bar 6
        EngineScenario s = new EngineScenario(8).closesFrom(3, 110, 120, 115, 110, 110)
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2).exit("x", Category.OTHER, null, 6);
        RunResult r = s.run();
        assertEquals(List.of(100_000.0, 100_000.0, 100_000.0, 101_000.0, 102_000.0, 101_500.0, 101_000.0,
                101_000.0), Arrays.stream(r.equity().equity()).boxed().toList());
        assertEquals(EngineScenario.START + 7 * EngineScenario.HOUR, r.equity().time()[7]);
        assertEquals(100.0 * 4 / 8, r.metrics().exposurePct(), 1e-12, "in position at the closes of bars 2 to 5");
    }

    @Test
    void withTwoSymbolsEachCloseIsMarkedOnceWithBothPositions() {
        // OTHER: 100 units bought at 100 at bar 1, marked 200 from bar 2; TEST: 100 units at 100 from bar 5
        EngineScenario s = new EngineScenario(8).closesFrom(6, 90, 90)
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        RunResult r = ScenarioRuns.withOtherSymbolOpen(s, 1, 10_000, 100, 100, 200);
        assertEquals(List.of(100_000.0, 100_000.0, 110_000.0, 110_000.0, 110_000.0, 110_000.0, 109_000.0,
                109_000.0), Arrays.stream(r.equity().equity()).boxed().toList());
        assertEquals(100.0 * 7 / 8, r.metrics().exposurePct(), 1e-12);
    }

    @Test
    void aShortIsMarkedAsALiabilityThatShrinksAsThePriceFalls() {
        EngineScenario s = new EngineScenario(6).closesFrom(3, 90, 80, 80)
                .entry("s1", Direction.SHORT, ConfidenceGrade.B, 2);
        RunResult r = s.run();
        assertEquals(List.of(100_000.0, 100_000.0, 100_000.0, 101_000.0, 102_000.0, 102_000.0),
                Arrays.stream(r.equity().equity()).boxed().toList());
        assertEquals(102_000.0, r.metrics().finalEquity(), 0.0);
    }

    @Test
    void progressIsReportedFromZeroToOneAndACancelledRunStops() throws Exception {
        EngineScenario s = new EngineScenario(40_000).entry("e1", Direction.LONG, ConfidenceGrade.B, 3);
        List<Double> seen = new ArrayList<>();
        BacktestRunner.run(BacktestRequest.of("ladder", s.plan(), s.data(), s.config()), new RunMonitor() {
            @Override
            public void progress(double fraction) {
                seen.add(fraction);
            }
        });
        assertEquals(List.of(0.0, 16_384 / 40_000.0, 32_768 / 40_000.0, 1.0), seen);

        int[] polls = {0};
        RunMonitor cancelLater = new RunMonitor() {
            @Override
            public boolean isCancelled() {
                return ++polls[0] == 2;
            }
        };
        assertThrows(RunCancelledException.class,
                () -> BacktestRunner.run(BacktestRequest.of("ladder", s.plan(), s.data(), s.config()), cancelLater));
        assertEquals(2, polls[0], "polled once per 16,384 bars until cancelled");
    }

    @Test
    void aPreparedEngineRunsToTheSameFillsAsAOneStepRun() throws Exception {
        EngineScenario s = new EngineScenario(12).closesFrom(3, 110, 120)
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2).exit("x", Category.OTHER, null, 6);
        EngineRun prepared = TriggerEngine.prepare(s.plan(), s.data(), s.config()).run(RunMonitor.NONE);
        EngineRun direct = TriggerEngine.run(s.plan(), s.data(), s.config(), RunMonitor.NONE);
        assertEquals(direct.fills(), prepared.fills());
        assertEquals(2, prepared.fills().size());
    }
}
