package com.ladderbench.cli;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.compare.Sweep;
import com.ladderbench.core.compare.SweepExecutor;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.core.compare.SweepParameter;
import com.ladderbench.core.compare.SweepResult;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.core.report.SweepWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sweep}: the ladder over a grid of overrides, in parallel. */
@Command(name = "sweep", description = "Run the plan over a grid of parameter values.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar target/ladderbench.jar sweep --plan sample-backtests/trend-ladder/plan.json --data sample-backtests/trend-ladder/BTC-USD_1h.csv --config sample-backtests/trend-ladder/config.json"
                + " --param triggers.momentum_fade_trim.exit_fraction=0.25,0.33,0.5 --param config.min_hold_bars=2,4,8"
                + " --out out/sweep")
public final class SweepCommand implements Callable<Integer> {
    @Mixin
    RunInputOptions inputs;

    @Option(names = "--param", required = true, paramLabel = "PATH=V1,V2,...", description = "an override path and the values to try; the grid is every combination (repeatable)")
    List<String> params;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "sweep directory to write: sweep.csv and sweep.json")
    Path out;

    @Option(names = "--rank-by", paramLabel = "METRIC", defaultValue = "final_equity",
            description = "the metric that orders the printed table, best first (default ${DEFAULT-VALUE})")
    String rankBy;

    @Spec
    CommandSpec spec;

    private final SweepExecutor executor;

    public SweepCommand() {
        this(Sweep.LOCAL);
    }

    /** @param executor where the grid points run: this machine's cores by default, the Spark job's tasks */
    public SweepCommand(SweepExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Integer call() throws Exception {
        MetricField rank = ReportCommand.metric(rankBy, "--rank-by");
        List<SweepParameter> parsed = new ArrayList<>();
        for (String p : params) parsed.add(SweepParameter.parse(p));
        Sweep.checkGridSize(parsed);
        OutputTarget target = inputs.output(out, OutputTarget.Kind.SWEEP);
        RunInputs in = inputs.load(spec.commandLine().getErr());
        SweepResult r = Sweep.run(in.plan().plan(), in.data(), in.config(), parsed, executor, RunMonitor.NONE);
        SweepWriter.write(r, target);
        spec.commandLine().getOut().print(SweepTable.render(r, rank));
        spec.commandLine().getOut().println("sweep: " + r.points().size() + " grid points -> " + out);
        return LadderbenchCommand.OK;
    }
}
