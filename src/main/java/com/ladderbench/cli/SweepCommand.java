package com.ladderbench.cli;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.compare.Sweep;
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
@Command(name = "sweep", description = "Run the plan over a grid of parameter values.")
public final class SweepCommand implements Callable<Integer> {
    @Mixin
    RunInputOptions inputs;

    @Option(names = "--param", required = true, paramLabel = "PATH=V1,V2,...", description = "repeatable")
    List<String> params;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<SweepParameter> parsed = new ArrayList<>();
        for (String p : params) parsed.add(SweepParameter.parse(p));
        Sweep.checkGridSize(parsed);
        OutputTarget target = inputs.output(out, OutputTarget.Kind.SWEEP);
        RunInputs in = inputs.load(spec.commandLine().getErr());
        SweepResult r = Sweep.run(in.plan().plan(), in.data(), in.config(), parsed, RunMonitor.NONE);
        SweepWriter.write(r, target);
        spec.commandLine().getOut().println("sweep: " + r.points().size() + " grid points -> " + out);
        return LadderbenchCommand.OK;
    }
}
