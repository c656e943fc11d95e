package com.ladderbench.ui.compare;

import com.ladderbench.core.compare.Sweep;
import com.ladderbench.core.compare.SweepParameter;
import com.ladderbench.core.compare.SweepResult;
import java.util.List;
import javafx.concurrent.Task;

/** A parameter sweep in the background; the core spreads its points over the cores. */
final class SweepTask extends Task<SweepResult> {
    private final RunContext context;
    private final List<SweepParameter> parameters;

    SweepTask(RunContext context, List<SweepParameter> parameters) {
        this.context = context;
        this.parameters = List.copyOf(parameters);
        updateTitle("sweep");
    }

    @Override
    protected SweepResult call() throws Exception {
        return Sweep.run(context.plan(), context.data(), context.config(), parameters,
                new TaskMonitor(f -> updateProgress(f, 1.0), this::isCancelled));
    }
}
