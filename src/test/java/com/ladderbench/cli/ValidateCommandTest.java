package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate and the bad-input contract: every problem, its file and path or line, exit 2. */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aGoodPlanWithDataIsAcceptedWithASummary() {
        CliRun r = CliRun.of("validate", "--plan", CliRun.PLAN, "--data", CliRun.DATA);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("ok: plan btc-trend-ladder: 5 triggers"), r.out());
        assertTrue(r.out().contains("risk_reduce 2"), r.out());
        assertTrue(r.out().contains("bars 4000"), r.out());
    }

    @Test
    void everyProblemOfABadPlanIsListedWithItsPathAndColumn() throws Exception {
        Path plan = tmp.resolve("plan.json");
        Files.writeString(plan, """
                {"plan_id": "p", "triggers": [
                  {"id": "a", "symbol": "BTC-USD", "timeframe": "1h", "direction": "long",
                   "entry_rule": "close > ema_medium and rsi14 > 50"},
                  {"id": "b", "symbol": "BTC-USD", "timeframe": "1h", "direction": "exit",
                   "category": "emergency_exit", "exit_rule": "close < low[1]", "exit_fraction": 0.5},
                  {"id": "c", "symbol": "BTC-USD", "timeframe": "3h", "direction": "exit",
                   "category": "risk_reduce", "exit_rule": "rsi_14 < 40", "exit_fraction": 1.5}
                ]}
                """);
        CliRun r = CliRun.of("validate", "--plan", plan.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("triggers[0].entry_rule: col 24: unknown identifier 'rsi14'"), r.err());
        assertTrue(r.err().contains("triggers[1].exit_fraction"), r.err());
        assertTrue(r.err().contains("triggers[2].timeframe"), r.err());
        assertTrue(r.err().contains("triggers[2].exit_fraction"), r.err());
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("error: " + plan)), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void badDataIsReportedWithFileAndLine() throws Exception {
        Path data = tmp.resolve("BTC-USD_1h.csv");
        Files.writeString(data, "timestamp,open,high,low,close,volume\n"
                + "2024-01-01T00:00:00Z,100,101,99,100,5\n"
                + "2024-01-01T02:00:00Z,100,101,99,100,5\n"
                + "2024-01-01T01:00:00Z,100,101,99,100,5\n");
        CliRun r = CliRun.of("validate", "--plan", CliRun.PLAN, "--data", data.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(data + ": line 4"), r.err());
    }

    @Test
    void aPlanNeedingATimeframeFinerThanItsDataIsAnError() throws Exception {
        Path data = tmp.resolve("BTC-USD_1d.csv");
        Files.writeString(data, "date,open,high,low,close,volume\n2024-01-01,100,101,99,100,5\n");
        CliRun r = CliRun.of("validate", "--plan", CliRun.PLAN, "--data", data.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("timeframe"), r.err());
    }

    @Test
    void aMissingPlanFileIsBadInputNotACrash() {
        CliRun r = CliRun.of("validate", "--plan", tmp.resolve("nope.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("nope.json"), r.err());
    }

    @Test
    void aBadConfigIsBadInputAndNoRunDirectoryIsLeft() throws Exception {
        Path config = tmp.resolve("config.json");
        Files.writeString(config, "{\"fee_bps\": -1, \"min_hold_bar\": 4}");
        Path out = tmp.resolve("run");
        CliRun r = CliRun.of("backtest", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config", config.toString(),
                "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("fee_bps"), r.err());
        assertTrue(r.err().contains("min_hold_bar"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownOptionIsBadInput() {
        assertEquals(2, CliRun.of("backtest", "--plan", CliRun.PLAN, "--bogus").status());
    }
}
