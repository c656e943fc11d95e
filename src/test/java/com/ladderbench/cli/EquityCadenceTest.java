package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ladderbench.core.data.BarCsvWriter;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.core.report.EquityCadence;
import com.ladderbench.core.report.RunReader;
import com.ladderbench.core.report.RunWriter;
import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.Timeframe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * equity.csv holds the first bar and the bar where each interval of the plan's finest trigger
 * timeframe closes: on 1m data traded by 1h triggers, one row an hour, not one a minute.
 */
class EquityCadenceTest {
    private static final long MINUTE = 60_000L;
    private static final long T0 = SyntheticMarket.START_MILLIS;

    @TempDir
    Path tmp;

    @Test
    void theLastBarOfEachIntervalIsKeptAndTheFirstBarOfTheNextIsNot() {
        long[] t = new long[150]; // 2h30m of minutes: two whole hours and a part
        for (int i = 0; i < t.length; i++) t[i] = T0 + i * MINUTE;
        EquityCurve curve = new EquityCurve(t, new double[t.length]);
        assertArrayEquals(new int[] {0, 59, 119, 149}, EquityCadence.rows(curve, Timeframe.H1));
        assertEquals(t.length, EquityCadence.rows(curve, null).length, "no triggers: every bar");
        assertEquals(t.length, EquityCadence.rows(curve, Timeframe.M1).length, "triggers as fine as the data: every bar");
    }

    @Test
    void thinningAThinnedCurveKeepsEveryPoint() {
        long[] t = new long[1000];
        for (int i = 0; i < t.length; i++) t[i] = T0 + i * 7 * MINUTE;
        EquityCurve curve = new EquityCurve(t, new double[t.length]);
        int[] kept = EquityCadence.rows(curve, Timeframe.H1);
        long[] thin = new long[kept.length];
        for (int i = 0; i < kept.length; i++) thin[i] = t[kept[i]];
        assertEquals(kept.length, EquityCadence.rows(new EquityCurve(thin, new double[thin.length]), Timeframe.H1).length);
    }

    @Test
    void minuteDataTradedOnHourlyTriggersGivesOneEquityRowAnHourAndReadsBackToTheSameFiles() throws Exception {
        int bars = 20_000;
        Path data = tmp.resolve("BTC-USD_1m.csv");
        BarCsvWriter.write(SyntheticMarket.generate("BTC-USD", Timeframe.M1, bars, 3), data);
        Path out = tmp.resolve("run");
        CliRun r = CliRun.of("backtest", "--plan", CliRun.PLAN, "--data", data.toString(), "--config", CliRun.CONFIG,
                "--out", out.toString());
        assertEquals(0, r.status(), r.err());

        List<String> rows = Files.readAllLines(out.resolve(RunWriter.EQUITY));
        int hours = (bars + 59) / 60;
        assertEquals(1 + 1 + hours, rows.size(), "header, the first bar, one row per hour (the plan's finest trigger is 1h)");
        assertEquals("2024-01-01T00:00:00Z", rows.get(1).split(",")[0]);
        assertEquals("2024-01-01T00:59:00Z", rows.get(2).split(",")[0]);
        String finalEquity = new ObjectMapper().readTree(out.resolve(RunWriter.RESULT).toFile())
                .path("metrics").path("final_equity").asText();
        assertEquals(finalEquity, rows.get(rows.size() - 1).split(",")[1], "the last bar is always a row");

        Path again = tmp.resolve("again");
        RunWriter.write(RunReader.readRun(out), again);
        for (String f : List.of(RunWriter.RESULT, RunWriter.TRADESETS, RunWriter.LEGS, RunWriter.EVENTS, RunWriter.EQUITY)) {
            assertEquals(Files.readString(out.resolve(f)), Files.readString(again.resolve(f)), f);
        }
        Path report = tmp.resolve("report.html");
        assertEquals(0, CliRun.of("report", "--run", out.toString(), "--out", report.toString()).status());
    }
}
