package com.ladderbench.cli;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.compare.BaselineMode;
import com.ladderbench.core.explain.BarTrace;
import com.ladderbench.core.explain.ExplainInputs;
import com.ladderbench.core.explain.Explainer;
import com.ladderbench.core.explain.TraceJson;
import com.ladderbench.core.explain.TraceText;
import com.ladderbench.core.io.TimestampParser;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code explain}: the decision trace of one bar, from rule values to the order (SPEC §4, §7). */
@Command(name = "explain", description = "Print the decision trace of one bar: position, every rule's value with"
        + " the values it read, each candidate's guards, the tier resolution, the order and the position after.",
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/ladderbench.jar explain --run out/trend --at 2024-01-06T17:00:00Z",
                "  java -jar target/ladderbench.jar explain --run out/trend --side baseline --at 2024-01-06T17:00:00Z"
                        + " --json",
                "  java -jar target/ladderbench.jar explain --plan sample-backtests/trend-ladder/plan.json"
                        + " --data sample-backtests/trend-ladder/BTC-USD_1h.csv"
                        + " --config sample-backtests/trend-ladder/config.json --at 2024-01-06T17:00:00Z"})
public final class ExplainCommand implements Callable<Integer> {
    @Option(names = "--run", paramLabel = "DIR",
            description = "a run or comparison directory (its recorded plan and config, its data files if unchanged)")
    Path run;

    @Option(names = "--plan", paramLabel = "FILE", description = "plan JSON (instead of --run)")
    Path plan;

    @Option(names = "--data", paramLabel = "SPEC",
            description = "with --plan: SYMBOL:TIMEFRAME=path or SYMBOL_TIMEFRAME.csv (repeatable)")
    List<String> data;

    @Option(names = "--config", paramLabel = "FILE",
            description = "with --plan: run configuration JSON (defaults otherwise)")
    Path config;

    @Option(names = "--at", required = true, paramLabel = "TIME",
            description = "the bar's timestamp as in the data: ISO-8601, a date or epoch seconds/milliseconds")
    String at;

    @Option(names = "--symbol", paramLabel = "S", description = "the symbol (needed when the run trades several)")
    String symbol;

    @Option(names = "--side", paramLabel = "NAME",
            description = "ladder (default), baseline, or a variant's name in a comparison directory")
    String side;

    @Option(names = "--baseline", paramLabel = "MODE", defaultValue = "emergency",
            description = "with --plan and --side baseline: emergency (default) or flatten")
    String baseline;

    @Option(names = "--json", description = "print the trace as JSON instead of text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long time;
        try {
            time = TimestampParser.parse(at.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(null, "--at", "'" + at + "' is not a timestamp: " + e.getMessage());
        }
        BarTrace trace = Explainer.explain(inputs(), symbol, time);
        spec.commandLine().getOut().print(json ? TraceJson.render(trace) : TraceText.render(trace));
        spec.commandLine().getOut().flush();
        return LadderbenchCommand.OK;
    }

    private ExplainInputs inputs() throws InvalidInputException {
        if ((run == null) == (plan == null)) {
            throw InvalidInputException.of(null, "--run/--plan", "give either --run DIR or --plan FILE with --data");
        }
        if (run != null) {
            if (data != null || config != null) {
                throw InvalidInputException.of(null, "--data/--config",
                        "only apply with --plan; a run directory records its own");
            }
            return ExplainInputs.fromRun(run, side);
        }
        if (data == null || data.isEmpty()) {
            throw InvalidInputException.of(null, "--data", "--plan needs its market data: --data SPEC");
        }
        BaselineMode mode = BaselineMode.fromWire(baseline).orElseThrow(() -> InvalidInputException.of(null,
                "--baseline", "unknown baseline mode '" + baseline + "'; use emergency or flatten"));
        RunInputs in = RunInputs.load(plan, data, config);
        for (Problem w : in.plan().warnings()) spec.commandLine().getErr().println(w.renderTagged());
        return ExplainInputs.fromFiles(in, side, mode);
    }
}
