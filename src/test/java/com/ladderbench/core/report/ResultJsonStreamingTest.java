package com.ladderbench.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ladderbench.cli.BenchCommand;
import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.backtest.PlanRequirements;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Timeframe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultJsonStreamingTest {

    @Test
    void resultJsonIsTheTreeOfTheWholeResultByteForByteWithEventsAndWithNone(@TempDir Path dir) throws Exception {
        Plan plan = BenchCommand.plan(8);
        MarketData data = MarketData.of(List.of(SyntheticMarket.generate(plan.symbols().get(0), Timeframe.M1, 5000, 3)),
                PlanRequirements.timeframes(plan));
        RunResult r = BacktestRunner.run(BacktestRequest.of("stream", plan, data, RunConfig.defaults()));
        assertFalse(r.events().isEmpty());
        RunResult none = new RunResult(r.info(), r.plan(), r.config(), r.metrics(), r.tradeSets(), r.fills(), List.of(),
                List.of(), r.equity(), r.triggerStats());
        for (RunResult each : List.of(r, none)) {
            Path out = dir.resolve(each.events().isEmpty() ? "none" : "some");
            RunWriter.writeInto(each, out);
            assertArrayEquals(JsonOutput.mapper().writeValueAsBytes(RunWriter.toJson(each)),
                    Files.readAllBytes(out.resolve(RunWriter.RESULT)));
        }
    }
}
