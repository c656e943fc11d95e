package com.ladderbench.cli;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.compare.BaselineMode;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.core.compare.Comparison;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.compare.Variant;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.core.report.ComparisonWriter;
import com.ladderbench.model.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compare}: ladder, baseline and what-if variants side by side. */
@Command(name = "compare", description = "Run the ladder against the baseline (and variants) on the same data.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar target/ladderbench.jar compare --plan sample-backtests/trend-ladder/plan.json --data sample-backtests/trend-ladder/BTC-USD_1h.csv --config sample-backtests/trend-ladder/config.json"
                + " --variant trim50:triggers.momentum_fade_trim.exit_fraction=0.5 --out out/trend")
public final class CompareCommand implements Callable<Integer> {
    @Mixin
    RunInputOptions inputs;

    @Option(names = "--baseline", paramLabel = "MODE", defaultValue = "emergency",
            description = "emergency (default): de-risk signals become emergency exits; flatten: normal full exits")
    String baseline;

    @Option(names = "--variant", paramLabel = "NAME:PATH=VALUE[,PATH=VALUE]",
            description = "a what-if run: the plan/config with these overrides (repeatable)")
    List<String> variants = List.of();

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "the comparison directory to write (one run directory per side)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BaselineMode mode = BaselineMode.fromWire(baseline).orElseThrow(() -> InvalidInputException.of(null,
                "--baseline", "unknown baseline mode '" + baseline + "'; use emergency or flatten"));
        List<Variant> parsed = new ArrayList<>();
        for (String v : variants) parsed.add(Variant.parse(v));
        OutputTarget target = inputs.output(out, OutputTarget.Kind.COMPARISON);
        RunInputs in = inputs.load(spec.commandLine().getErr());
        ComparisonResult c = Comparison.run(in.plan().plan(), in.data(), in.config(), mode, parsed, RunMonitor.NONE);
        ComparisonWriter.write(c, target);
        spec.commandLine().getOut().print(ComparisonTable.render(c));
        spec.commandLine().getOut().print(TriggerStatsTable.render(c));
        spec.commandLine().getOut().println("written to " + out);
        return LadderbenchCommand.OK;
    }
}
