package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain}: the decision trace of one bar of the trend-ladder sample, from a run directory or the files. */
class ExplainCommandTest {
    /** The bar where momentum_fade_trim trims a third of the position (F000002). */
    private static final String TRIM = "2024-01-06T17:00:00Z";

    @TempDir
    static Path tmp;
    static Path run;

    @BeforeAll
    static void compare() {
        run = tmp.resolve("cmp");
        CliRun r = CliRun.of("compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config", CliRun.CONFIG,
                "--out", run.toString());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void theTraceShowsPositionRuleValuesTheFalsePartGuardsResolutionOrderAndPositionAfter() {
        CliRun r = CliRun.of("explain", "--run", run.toString(), "--at", TRIM);
        assertEquals(0, r.status(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("explain ladder BTC-USD at " + TRIM), out);
        assertTrue(out.contains("before: long 314.99138498 (31499138498 lots) at WAC "), out);
        assertTrue(out.contains("held 58 bars"), out);
        assertTrue(out.contains("exit_rule is true: rsi_14 < 45 and rsi_14[1] >= 45\n"
                + "    rsi_14 = 42.9228050681, rsi_14[1] = 46.498690543\n"), out);
        assertTrue(out.contains("false because: rsi_14 > 75"), out);
        assertTrue(out.contains("candidate partial_exit (risk_reduce) 10394715704 lots = 103.94715704 -> to resolution"),
                out);
        assertTrue(out.contains("guards: stale_data ok | same_bar_veto ok | min_hold ok"), out);
        assertTrue(out.contains("exposure_cap n/a | daily_loss_limit n/a"), out);
        assertTrue(out.contains("resolution: winner momentum_fade_trim (partial_exit, sells 10394715704 lots)"), out);
        assertTrue(out.contains("order: sell 10394715704 lots = 103.94715704 @ "), out);
        assertTrue(out.contains("after: long 211.04422794 (21104422794 lots)"), out);
    }

    @Test
    void thePlanDataAndConfigGiveTheSameTraceAsTheRunDirectory() {
        CliRun fromRun = CliRun.of("explain", "--run", run.toString(), "--at", TRIM, "--side", "baseline");
        CliRun fromFiles = CliRun.of("explain", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config",
                CliRun.CONFIG, "--at", TRIM, "--side", "baseline");
        assertEquals(0, fromRun.status(), fromRun.err());
        assertEquals(fromRun.out(), fromFiles.out());
        assertTrue(fromRun.out().startsWith("explain baseline "), fromRun.out());
    }

    @Test
    void jsonCarriesTheSameFacts() throws Exception {
        CliRun r = CliRun.of("explain", "--run", run.toString(), "--at", TRIM, "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("2024-01-06T17:00:00Z", j.path("timestamp").asText());
        assertEquals(31499138498L, j.path("before").path("lots").asLong());
        assertEquals(58, j.path("before").path("bars_held").asInt());
        JsonNode trim = j.path("triggers").get(1);
        assertEquals("momentum_fade_trim", trim.path("trigger_id").asText());
        assertEquals("true", trim.path("rules").get(0).path("result").asText());
        assertEquals(42.9228050681, trim.path("rules").get(0).path("values").path("rsi_14").asDouble());
        assertEquals("passed", trim.path("candidates").get(0).path("guards").get(0).path("status").asText());
        assertEquals("not_applicable", trim.path("candidates").get(0).path("guards").get(8).path("status").asText());
        assertEquals("momentum_fade_trim", j.path("resolution").path("winner").asText());
        assertEquals("F000002", j.path("order").path("fill_id").asText());
        assertEquals(21104422794L, j.path("after").path("lots").asLong());
        assertEquals("rsi_14 > 75", j.path("triggers").get(2).path("rules").get(0).path("false_because").get(0).asText());
    }

    @Test
    void aTimeBetweenBarsIsBadInputNamingTheNearestBars() {
        CliRun r = CliRun.of("explain", "--run", run.toString(), "--at", "2024-01-06T17:30:00Z");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no 1h bar of BTC-USD at 2024-01-06T17:30:00Z; the nearest are "
                + "2024-01-06T17:00:00Z and 2024-01-06T18:00:00Z"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badSelectionsAreBadInput() {
        CliRun side = CliRun.of("explain", "--run", run.toString(), "--at", TRIM, "--side", "nope");
        assertEquals(2, side.status());
        assertTrue(side.err().contains("the sides are ladder, baseline"), side.err());
        CliRun symbol = CliRun.of("explain", "--run", run.toString(), "--at", TRIM, "--symbol", "ETH-USD");
        assertEquals(2, symbol.status());
        assertTrue(symbol.err().contains("no symbol 'ETH-USD' in this run; it trades BTC-USD"), symbol.err());
        CliRun both = CliRun.of("explain", "--run", run.toString(), "--plan", CliRun.PLAN, "--at", TRIM);
        assertEquals(2, both.status());
        CliRun time = CliRun.of("explain", "--run", run.toString(), "--at", "yesterday");
        assertEquals(2, time.status());
        assertTrue(time.err().contains("'yesterday' is not a timestamp"), time.err());
        CliRun variant = CliRun.of("explain", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--at", TRIM,
                "--side", "trim50");
        assertEquals(2, variant.status());
        assertTrue(variant.err().contains("explain it from its comparison directory with --run"), variant.err());
    }

    @Test
    void theHtmlReportLinksEveryLegToItsBarsTraceAndHoldsTracesForLegsOnly() throws Exception {
        Path html = tmp.resolve("report.html");
        CliRun r = CliRun.of("report", "--run", run.toString(), "--out", html.toString());
        assertEquals(0, r.status(), r.err());
        String page = java.nio.file.Files.readString(html);
        assertTrue(page.contains("<a href=\"#trace-ladder-F000002\">why</a>"), "the trim's leg links its trace");
        assertTrue(page.contains("<section class=\"trace\" id=\"trace-ladder-F000002\">"), "the trace is there");
        assertTrue(page.contains("resolution: winner momentum_fade_trim (partial_exit, sells 10394715704 lots)"));
        for (var side : com.ladderbench.core.report.RunReader.read(run)) {
            long links = java.util.regex.Pattern.compile("href=\"#trace-" + side.name() + "-F\\d+\"").matcher(page)
                    .results().count();
            long legs = side.result().tradeSets().stream().mapToLong(t -> t.legs().size()).sum();
            assertEquals(legs, links, side.name() + ": every leg links a trace");
            long sections = java.util.regex.Pattern.compile("id=\"trace-" + side.name() + "-F\\d+\"").matcher(page)
                    .results().count();
            assertEquals(side.result().fills().size(), sections, side.name() + ": one trace per fill, none for other bars");
        }
    }

    @Test
    void aBlockedCandidateShowsTheFailingGuardWithItsValueAndLimitAndTheGuardsItNeverReached() {
        CliRun r = CliRun.of("explain", "--run", run.toString(), "--at", "2024-01-10T20:00:00Z");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("candidate partial_exit (risk_reduce) 7787226042 lots = 77.87226042"
                + " -> blocked by min_hold\n    guards: stale_data ok | same_bar_veto ok | min_hold FAIL (3 vs 4)"
                + " | hold_rule not reached | cooldown not reached"), r.out());
        assertTrue(r.out().contains("resolution: no candidate reached it\norder: none\n"), r.out());
        assertTrue(r.out().contains("resistance_trim min_hold: held 3 of 4 bars since the position opened"), r.out());
    }
}
