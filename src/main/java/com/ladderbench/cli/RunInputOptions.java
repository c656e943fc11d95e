package com.ladderbench.cli;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.io.OutputTarget;
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

    /** The input files, which an output may never replace or hold; data arguments that do not parse are skipped. */
    List<Path> files() {
        List<Path> files = new java.util.ArrayList<>();
        files.add(plan);
        if (config != null) files.add(config);
        for (String d : data) {
            try {
                files.add(com.ladderbench.core.data.DataSpec.parse(d).path());
            } catch (InvalidInputException | RuntimeException e) {
                // loading reports it
            }
        }
        return files;
    }

    /** A directory output of {@code kind} at {@code out}, checked before any work is done. */
    OutputTarget output(Path out, OutputTarget.Kind kind) throws java.io.IOException {
        OutputTarget target = OutputTarget.directory(out, kind).protecting(files());
        target.check();
        return target;
    }

    /** Loads and cross-checks the inputs; the plan's warnings go to {@code err}. */
    RunInputs load(PrintWriter err) throws InvalidInputException {
        RunInputs in = RunInputs.load(plan, data, config);
        for (Problem w : in.plan().warnings()) err.println(w.renderTagged());
        return in;
    }
}
