package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings print as {@code warning: PATH: ...} on stderr, and validate, backtest and compare still exit 0. */
class PlanWarningsCliTest {
    private static final String PLAN = "{\"plan_id\": \"w\", \"triggers\": [{\"id\": \"t\", \"symbol\": \"BTC-USD\","
            + " \"timeframe\": \"1h\", \"direction\": \"long\", \"entry_rule\": \"close > tf_1d_sma_long\"},"
            + " {\"id\": \"cut\", \"symbol\": \"BTC-USD\", \"timeframe\": \"1h\", \"direction\": \"exit\","
            + " \"exit_rule\": \"close < 1\"}]}";

    @TempDir
    Path tmp;

    private Path plan() throws Exception {
        Path p = tmp.resolve("plan.json");
        Files.writeString(p, PLAN);
        return p;
    }

    /** 21 whole days of hourly bars. */
    private String data() throws Exception {
        StringBuilder sb = new StringBuilder("timestamp,open,high,low,close,volume\n");
        long start = 1_704_067_200L;
        for (int h = 0; h < 21 * 24; h++) {
            sb.append(start + h * 3600L).append(",100,101,99,100,10\n");
        }
        Path d = tmp.resolve("btc.csv");
        Files.writeString(d, sb.toString());
        return "BTC-USD:1h=" + d;
    }

    @Test
    void validatePrintsEveryWarningAndExitsZero() throws Exception {
        Path plan = plan();
        CliRun r = CliRun.of("validate", "--plan", plan.toString(), "--data", data());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("warning: " + plan + ": triggers[0].entry_rule: tf_1d_sma_long needs 200 1d bars,"
                + " the data gives 21: this rule can never fire"), r.err());
        assertTrue(r.err().contains("warning: " + plan + ": triggers[0].symbol: no sizing rule for 'BTC-USD'"), r.err());
        assertTrue(r.err().contains("warning: " + plan + ": triggers[1].category: absent"), r.err());
        assertTrue(r.out().startsWith("ok: plan w"), r.out());
    }

    @Test
    void validateWithoutDataPrintsThePlansOwnWarnings() throws Exception {
        CliRun r = CliRun.of("validate", "--plan", plan().toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("no sizing rule"), r.err());
        assertTrue(!r.err().contains("never fire"), r.err());
    }

    @Test
    void backtestPrintsTheWarningsAndStillRuns() throws Exception {
        Path out = tmp.resolve("run");
        CliRun r = CliRun.of("backtest", "--plan", plan().toString(), "--data", data(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("this rule can never fire"), r.err());
        assertTrue(Files.exists(out.resolve("result.json")));
    }
}
