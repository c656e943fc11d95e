package com.ladderbench.cli;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every running command shares: a plan, its data, and an optional run configuration. */
final class RunInputOptions {
    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "plan JSON")
    Path plan;

    @Option(names = "--data", required = true, paramLabel = "SPEC",
            description = "SYMBOL:TIMEFRAME=path or SYMBOL_TIMEFRAME.csv (repeatable)")
    List<String> data;

    @Option(names = "--config", paramLabel = "FILE", description = "run configuration JSON (defaults otherwise)")
    Path config;

    /** Loads and cross-checks the inputs; the plan's warnings go to {@code err}. */
    RunInputs load(PrintWriter err) throws InvalidInputException {
        RunInputs in = RunInputs.load(plan, data, config);
        for (Problem w : in.plan().warnings()) err.println(w.renderTagged());
        return in;
    }
}
