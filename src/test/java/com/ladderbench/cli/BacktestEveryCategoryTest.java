package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ladderbench.core.engine.LadderEventsTest;
import com.ladderbench.core.report.JsonOutput;
import com.ladderbench.core.report.PlanJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's acceptance run, through the command line a user types: generate-data for two
 * symbols, a plan with every category, backtest; result.json's event_counts show each of the
 * runbook's five events.
 */
class BacktestEveryCategoryTest {
    @TempDir
    Path tmp;

    @Test
    void backtestOfEveryCategoryOnGeneratedMultiSymbolDataShowsTheFiveRunbookEvents() throws Exception {
        for (String[] s : new String[][] {{"BTC-USD", "21"}, {"ETH-USD", "22"}}) {
            assertEquals(0, CliRun.of("generate-data", "--symbol", s[0], "--timeframe", "1h", "--bars", "6000",
                    "--seed", s[1], "--out", tmp.resolve(s[0] + "_1h.csv").toString()).status());
        }
        Path plan = tmp.resolve("plan.json");
        Files.writeString(plan, JsonOutput.mapper().writeValueAsString(
                PlanJson.toJson(LadderEventsTest.everyCategory(List.of("BTC-USD", "ETH-USD")))));
        Path out = tmp.resolve("run");
        CliRun r = CliRun.of("backtest", "--plan", plan.toString(), "--data", tmp.resolve("BTC-USD_1h.csv").toString(),
                "--data", tmp.resolve("ETH-USD_1h.csv").toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode counts = new ObjectMapper().readTree(out.resolve("result.json").toFile()).path("event_counts");
        Set<String> reasons = new HashSet<>();
        counts.fields().forEachRemaining(c -> c.getValue().fieldNames().forEachRemaining(reasons::add));
        for (String needed : List.of("risk_reduce_preempts_exit", "risk_off_preempts_entry",
                "emergency_exit_preempts_entry", "entry_overrides_risk_reduce", "entry_overrides_risk_off")) {
            assertTrue(reasons.contains(needed), needed + " missing from " + counts);
        }
    }
}
