package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.report.ChartColors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} on every kind of output directory, and {@code sweep}'s ranked table. */
class ReportKindsTest {
    private static final String SWEEP_X = "triggers.momentum_fade_trim.exit_fraction";
    private static final String SWEEP_Y = "config.min_hold_bars";

    @TempDir
    static Path tmp;
    static Path run;
    static Path cmp;
    static Path sweep;
    static Path account;
    static CliRun sweepRun;

    @BeforeAll
    static void writeOneOfEachKind() throws Exception {
        run = tmp.resolve("run");
        cmp = tmp.resolve("cmp");
        sweep = tmp.resolve("sweep");
        account = tmp.resolve("account");
        assertEquals(0, CliRun.of("backtest", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config", CliRun.CONFIG,
                "--out", run.toString()).status());
        assertEquals(0, CliRun.of("compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config", CliRun.CONFIG,
                "--variant", "trim50:" + SWEEP_X + "=0.5", "--out", cmp.toString()).status());
        sweepRun = CliRun.of("sweep", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config", CliRun.CONFIG,
                "--param", SWEEP_X + "=0.25,0.5", "--param", SWEEP_Y + "=2,4,8", "--rank-by", "sharpe",
                "--out", sweep.toString());
        assertEquals(0, sweepRun.status(), sweepRun.err());
        Path fills = tmp.resolve("fills.csv");
        Files.writeString(fills, String.join("\n", "timestamp,symbol,side,qty,price,fee,trigger_id,category",
                "2024-01-01T00:00:00Z,BTC-USD,buy,1.0,40000,0,btc_long,trend_continuation",
                "2024-01-01T04:00:00Z,BTC-USD,sell,0.3,41000,0,btc_trim,risk_reduce",
                "2024-01-01T08:00:00Z,BTC-USD,buy,0.2,40500,0,btc_long,trend_continuation",
                "2024-01-01T12:00:00Z,BTC-USD,sell,0.9,42000,0,btc_out,risk_off") + "\n");
        assertEquals(0, CliRun.of("tradesets", "--fills", fills.toString(), "--out", account.toString()).status());
    }

    private static String report(Path dir, String name, String... extra) throws Exception {
        Path html = tmp.resolve(name + ".html");
        List<String> args = new ArrayList<>(List.of("report", "--run", dir.toString(), "--out", html.toString()));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        return Files.readString(html);
    }

    @Test
    void aRunReportDrawsTheLadderInTheWorkbenchsLadderColour() throws Exception {
        String html = report(run, "run");
        assertTrue(html.contains("stroke=\"" + ChartColors.LADDER + "\""), "ladder line colour");
        assertTrue(html.contains("TradeSets: ladder"));
    }

    @Test
    void aComparisonReportColoursEachSideAsTheWorkbenchDoes() throws Exception {
        String html = report(cmp, "cmp");
        for (int i = 0; i < 3; i++) assertTrue(html.contains("stroke=\"" + ChartColors.side(i) + "\""), "side " + i);
        assertTrue(html.contains("Δ trim50"));
    }

    @Test
    void aSweepReportHasTheHeatmapOfTheChosenParametersAndTheRankedTable() throws Exception {
        String html = report(sweep, "sweep-default");
        assertTrue(html.contains("Final equity by " + SWEEP_X + " and " + SWEEP_Y), "defaults: first two parameters");
        String chosen = report(sweep, "sweep-chosen", "--x", SWEEP_Y, "--y", SWEEP_X, "--metric", "max_drawdown_pct");
        assertTrue(chosen.contains("Max drawdown % by " + SWEEP_Y + " and " + SWEEP_X), "axes as asked");
        assertEquals(6, count(chosen, "class=\"cell\""), "one cell per grid point");
        assertEquals(6, count(chosen, "<tr><td>") , "one table row per grid point");
        assertTrue(chosen.contains("Grid points, best Max drawdown % first"));
    }

    @Test
    void aSweepReportOnAParameterTheSweepDoesNotHaveIsBadInputNamingItsParameters() {
        CliRun r = CliRun.of("report", "--run", sweep.toString(), "--x", "config.fee_bps", "--out",
                tmp.resolve("bad.html").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("config.fee_bps") && r.err().contains(SWEEP_Y), r.err());
        assertFalse(Files.exists(tmp.resolve("bad.html")));
    }

    @Test
    void heatmapOptionsOnAnythingButASweepAreBadInput() {
        CliRun r = CliRun.of("report", "--run", run.toString(), "--metric", "sharpe", "--out",
                tmp.resolve("bad2.html").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("only apply to a sweep"), r.err());
    }

    @Test
    void aTradesetsReportShowsTheAccountsSetsWithTheirLegs() throws Exception {
        String html = report(account, "account");
        assertTrue(html.contains("1 TradeSets (1 closed, 0 open)"), html);
        assertTrue(html.contains("<summary>4</summary>"), "the four legs");
        assertTrue(html.contains("2,000.00"), "net P&L of the runbook's worked example");
    }

    @Test
    void sweepPrintsItsGridBestFirstByTheRankingMetric() {
        List<Double> sharpe = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| (\\d+) \\| [^|]+ \\| [^|]+ \\| ([-0-9.]+) \\|").matcher(sweepRun.out());
        int rank = 0;
        while (m.find()) {
            assertEquals(++rank, Integer.parseInt(m.group(1)));
            sharpe.add(Double.parseDouble(m.group(2)));
        }
        assertEquals(6, sharpe.size(), sweepRun.out());
        for (int i = 1; i < sharpe.size(); i++) assertTrue(sharpe.get(i - 1) >= sharpe.get(i), sweepRun.out());
        assertTrue(sweepRun.out().startsWith("| rank | " + SWEEP_X + " | " + SWEEP_Y + " | sharpe |"), sweepRun.out());
    }

    @Test
    void anUnknownRankingMetricIsBadInputListingTheMetrics() {
        CliRun r = CliRun.of("sweep", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--param", SWEEP_Y + "=2",
                "--rank-by", "profit", "--out", tmp.resolve("never").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--rank-by") && r.err().contains("profit_factor"), r.err());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
