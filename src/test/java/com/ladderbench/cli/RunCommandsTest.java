package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ladderbench.core.report.RunReader;
import com.ladderbench.core.report.RunWriter;
import com.ladderbench.model.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backtest, compare, sweep and report end to end on the bundled sample. */
class RunCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void backtestWritesTheRunDirectoryWithTheSpecsFiles() throws Exception {
        Path out = tmp.resolve("run");
        CliRun r = CliRun.of("backtest", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config", CliRun.CONFIG,
                "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        for (String f : List.of("result.json", "tradesets.csv", "legs.csv", "events.csv", "equity.csv")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        JsonNode result = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        for (String field : List.of("run", "config", "metrics", "trigger_stats", "trade_sets", "events",
                "event_counts")) {
            assertTrue(result.has(field), field);
        }
        assertTrue(result.path("trade_sets").size() > 0);
        assertEquals(64, result.path("run").path("plan_sha256").asText().length());
        assertTrue(r.out().startsWith("ladder: 4000 bars"), r.out());
        assertTrue(r.out().contains("| trigger | category | bars true | orders filled | qty traded | realized P&L |"),
                "a per-trigger table: " + r.out());
        assertTrue(r.out().contains("| regime_defense | risk_off |"), r.out());
    }

    @Test
    void identicalInputsGiveByteIdenticalOutputs() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        for (Path p : List.of(a, b)) {
            assertEquals(0, CliRun.of("backtest", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config",
                    CliRun.CONFIG, "--out", p.toString()).status());
        }
        for (String f : List.of("result.json", "tradesets.csv", "legs.csv", "events.csv", "equity.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void aRunDirectoryReadsBackToTheSameResult() throws Exception {
        Path out = tmp.resolve("run");
        CliRun.of("backtest", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--out", out.toString());
        RunResult read = RunReader.readRun(out);
        assertFalse(read.triggerStats().isEmpty(), "trigger_stats is read back");
        Path again = tmp.resolve("again");
        RunWriter.write(read, again);
        for (String f : List.of("result.json", "tradesets.csv", "legs.csv", "events.csv", "equity.csv")) {
            assertEquals(Files.readString(out.resolve(f)), Files.readString(again.resolve(f)), f);
        }
    }

    @Test
    void compareWritesLadderBaselineAndVariantSideBySide() throws Exception {
        Path out = tmp.resolve("cmp");
        CliRun r = CliRun.of("compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config", CliRun.CONFIG,
                "--variant", "trim50:triggers.momentum_fade_trim.exit_fraction=0.5,config.min_hold_bars=8",
                "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode cmp = new ObjectMapper().readTree(out.resolve("comparison.json").toFile());
        assertEquals("emergency", cmp.path("baseline_mode").asText());
        assertEquals(List.of("ladder", "baseline", "trim50"),
                Stream.of(0, 1, 2).map(i -> cmp.path("sides").get(i).path("name").asText()).toList());
        assertEquals(0.0, cmp.path("sides").get(1).path("delta_vs_baseline").path("final_equity").asDouble());
        for (String side : List.of("ladder", "baseline", "trim50")) {
            assertTrue(Files.exists(out.resolve(side).resolve("result.json")), side);
        }
        JsonNode variant = new ObjectMapper().readTree(out.resolve("trim50/result.json").toFile());
        assertEquals(8, variant.path("config").path("min_hold_bars").asInt());
        assertTrue(r.out().contains("| whipsaw_count |"), r.out());
    }

    @Test
    void theBaselineTurnsDeRiskTriggersIntoFullExits() throws Exception {
        Path out = tmp.resolve("cmp");
        assertEquals(0, CliRun.of("compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--out", out.toString())
                .status());
        JsonNode baseline = new ObjectMapper().readTree(out.resolve("baseline/result.json").toFile());
        for (JsonNode set : baseline.path("trade_sets")) {
            for (JsonNode leg : set.path("legs")) {
                assertFalse(leg.path("category").asText().equals("risk_reduce"), "no trims in the baseline");
                assertTrue(leg.path("exit_fraction").isNull(), "every baseline exit is a full exit");
            }
        }
    }

    @Test
    void aBadVariantPathIsBadInputAndWritesNothing() {
        Path out = tmp.resolve("cmp");
        CliRun r = CliRun.of("compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA,
                "--variant", "x:triggers.no_such_trigger.exit_fraction=0.5", "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no trigger with id 'no_such_trigger'"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aBadOverrideValueIsReportedWithThePlansOwnRule() {
        CliRun r = CliRun.of("compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA,
                "--variant", "x:triggers.momentum_fade_trim.exit_fraction=1.5", "--out", tmp.resolve("c").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("exit_fraction"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void sweepRunsTheWholeGridAndMatchesRunningAPointAlone() throws Exception {
        Path out = tmp.resolve("sweep");
        CliRun r = CliRun.of("sweep", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config", CliRun.CONFIG,
                "--param", "triggers.momentum_fade_trim.exit_fraction=0.25,0.5",
                "--param", "config.min_hold_bars=2,8", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(5, rows.size());
        assertTrue(rows.get(0).startsWith("triggers.momentum_fade_trim.exit_fraction,config.min_hold_bars,"));
        assertTrue(rows.get(3).startsWith("0.5,2,"), rows.get(3));

        Path alone = tmp.resolve("alone");
        assertEquals(0, CliRun.of("compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config", CliRun.CONFIG,
                "--variant", "p:triggers.momentum_fade_trim.exit_fraction=0.5,config.min_hold_bars=2",
                "--out", alone.toString()).status());
        JsonNode sweep = new ObjectMapper().readTree(out.resolve("sweep.json").toFile());
        JsonNode point = sweep.path("points").get(2).path("metrics");
        JsonNode single = new ObjectMapper().readTree(alone.resolve("p/result.json").toFile()).path("metrics");
        assertEquals(single, point);
    }

    @Test
    void reportWritesOneSelfContainedHtmlFileWithCharts() throws Exception {
        Path cmp = tmp.resolve("cmp");
        CliRun.of("compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--out", cmp.toString());
        Path html = tmp.resolve("report.html");
        CliRun r = CliRun.of("report", "--run", cmp.toString(), "--out", html.toString());
        assertEquals(0, r.status(), r.err());
        String text = Files.readString(html);
        assertTrue(text.contains("<svg"), "inline SVG charts");
        assertTrue(text.contains("Δ ladder"), "deltas against the baseline");
        assertTrue(text.contains("<h2>Triggers: ladder</h2>") && text.contains("<td>momentum_fade_trim</td>"),
                "a per-trigger table per side");
        assertFalse(text.contains("<script"), "no scripts");
        String withoutSvgNamespace = text.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(withoutSvgNamespace.contains("http://") || withoutSvgNamespace.contains("https://"),
                "no network resources");
    }

    @Test
    void reportOnSomethingThatIsNotARunIsBadInput() {
        CliRun r = CliRun.of("report", "--run", tmp.toString(), "--out", tmp.resolve("r.html").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("holds none of") && r.err().contains("result.json"), r.err());
    }
}
