package com.ladderbench.cli;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.core.report.HtmlReport;
import com.ladderbench.core.report.RunReader;
import com.ladderbench.core.report.SweepReport;
import com.ladderbench.core.report.SweepRanking;
import com.ladderbench.core.compare.SweepResult;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.TradeSet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: one self-contained HTML file for a run, comparison, sweep or tradesets directory. */
@Command(name = "report", description = "Write a self-contained HTML report of a run, comparison, sweep or tradesets"
        + " directory.",
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/ladderbench.jar report --run out/trend --out out/trend.html",
                "  java -jar target/ladderbench.jar report --run out/sweep --x config.min_hold_bars"
                        + " --y triggers.momentum_fade_trim.exit_fraction --metric sharpe --out out/sweep.html"})
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--run", required = true, paramLabel = "DIR",
            description = "a directory written by backtest, compare, sweep or tradesets")
    Path run;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "the HTML file to write")
    Path out;

    @Option(names = "--x", paramLabel = "PATH",
            description = "sweep only: the parameter across the heatmap (default: the sweep's first)")
    String x;

    @Option(names = "--y", paramLabel = "PATH",
            description = "sweep only: the parameter down the heatmap (default: the sweep's second)")
    String y;

    @Option(names = "--metric", paramLabel = "NAME",
            description = "sweep only: the metric coloured in the heatmap and ranking the table (default final_equity)")
    String metric;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".html")) {
            throw InvalidInputException.of(null, "--out", "the report is HTML; name the file *.html, got " + out);
        }
        OutputTarget target = OutputTarget.file(out).protecting(List.of(run));
        target.check();
        RunReader.OutputKind kind = RunReader.kind(run);
        if (kind != RunReader.OutputKind.SWEEP && (x != null || y != null || metric != null)) {
            throw InvalidInputException.of(run.toString(), "--x/--y/--metric",
                    "only apply to a sweep directory; this is a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                            + " directory");
        }
        String html;
        String what;
        switch (kind) {
            case SWEEP -> {
                SweepResult sweep = RunReader.readSweep(run);
                html = SweepReport.render(sweep, new SweepReport.View(x, y, metric(metric, "--metric")));
                what = "sweep of " + sweep.points().size() + " grid points";
            }
            case TRADESETS -> {
                List<TradeSet> sets = RunReader.readTradeSets(run);
                Path name = run.toAbsolutePath().normalize().getFileName();
                html = HtmlReport.renderTradeSets(name == null ? run.toString() : name.toString(), sets);
                what = sets.size() + " TradeSets";
            }
            default -> {
                List<ComparisonResult.Side> sides = RunReader.read(run);
                com.ladderbench.core.report.LegTraces traces;
                try {
                    traces = com.ladderbench.core.explain.ReportTraces.of(run, sides);
                } catch (InvalidInputException e) {
                    // the report stands without them: the run's data files are gone or changed
                    traces = com.ladderbench.core.report.LegTraces.NONE;
                    spec.commandLine().getErr().println("note: legs are not linked to decision traces: "
                            + e.problems().get(0).render());
                }
                html = HtmlReport.render(sides, traces);
                what = sides.size() + (sides.size() == 1 ? " run" : " runs");
            }
        }
        target.writeString(html);
        spec.commandLine().getOut().println("report of " + what + " -> " + out);
        return LadderbenchCommand.OK;
    }

    /** A metric by its wire name, as in result.json and sweep.csv; null for the default. */
    static MetricField metric(String name, String option) throws InvalidInputException {
        if (name == null) return SweepRanking.DEFAULT_METRIC;
        return MetricField.fromWire(name).orElseThrow(() -> InvalidInputException.of(null, option,
                "unknown metric '" + name + "'; one of " + String.join(", ",
                        java.util.Arrays.stream(MetricField.values()).map(MetricField::wire).toList())));
    }
}
