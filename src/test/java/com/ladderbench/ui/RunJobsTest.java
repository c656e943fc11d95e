package com.ladderbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJobsTest {
    @TempDir
    Path dir;

    @Test
    void aFillsFileIsBookedIntoTradeSetsByTheLedger() throws Exception {
        // SPEC §5 worked example, zero fees
        Path fills = dir.resolve("fills.csv");
        Files.writeString(fills, """
                timestamp,symbol,side,qty,price,fee
                2024-01-01T00:00:00Z,BTC-USD,buy,1.0,40000,0
                2024-01-01T01:00:00Z,BTC-USD,sell,0.3,41000,0
                2024-01-01T02:00:00Z,BTC-USD,buy,0.2,40500,0
                2024-01-01T03:00:00Z,BTC-USD,sell,0.9,42000,0
                """);
        WorkbenchResult r = RunJobs.fills(fills, RunConfig.defaults()).run(RunMonitor.NONE);
        assertEquals(List.of(RunJobs.FILLS), r.sides().stream().map(s -> s.name()).toList());
        List<TradeSet> sets = r.primary().tradeSets();
        assertEquals(1, sets.size());
        assertEquals(List.of(1.0, 0.7, 0.9, 0.0), sets.get(0).legs().stream().map(TradeLeg::positionAfterAsDouble).toList());
        assertEquals(2000.0, sets.get(0).pnlNet(), 1e-9);
        assertEquals(102_000.0, r.primary().metrics().finalEquity(), 1e-9);
    }

    @Test
    void aBadFillsLineIsReportedWithItsFileAndLine() throws Exception {
        Path fills = dir.resolve("bad.csv");
        Files.writeString(fills, "timestamp,symbol,side,qty,price,fee\n2024-01-01T00:00:00Z,BTC-USD,buy,-1,40000,0\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RunJobs.fills(fills, RunConfig.defaults()).run(RunMonitor.NONE));
        assertEquals(fills.toString(), e.problems().get(0).file());
        assertTrue(e.problems().get(0).location().contains("line 2"), e.problems().get(0).render());
    }

    @Test
    void aSavedComparisonOpensWithItsPlanAndReloadsItsUnchangedData() throws Exception {
        Path data = dir.resolve("BTC-USD_1h.csv");
        Files.copy(Path.of("sample-backtests/trend-ladder/BTC-USD_1h.csv"), data);
        Path out = dir.resolve("cmp");
        assertEquals(0, com.ladderbench.cli.LadderbenchCommand.execute(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), "compare", "--plan",
                "sample-backtests/trend-ladder/plan.json", "--data", data.toString(), "--out", out.toString()));
        WorkbenchResult r = RunJobs.openRun(out).run(RunMonitor.NONE);
        assertEquals(List.of("ladder", "baseline"), r.sides().stream().map(s -> s.name()).toList());
        assertEquals("btc-trend-ladder", r.plan().planId());
        assertEquals(4000, r.data().symbol("BTC-USD").base().size());

        Files.writeString(data, Files.readString(data).replace("2024-01-01T00:00:00Z,100,", "2024-01-01T00:00:00Z,100.0,"));
        assertEquals(null, RunJobs.openRun(out).run(RunMonitor.NONE).data(),
                "edited data is never shown against a saved result");
    }
}
