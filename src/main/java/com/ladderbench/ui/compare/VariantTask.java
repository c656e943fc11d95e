package com.ladderbench.ui.compare;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.compare.Scenario;
import javafx.concurrent.Task;

/** One what-if run in the background: the ladder plan with a variant's overrides already applied. */
final class VariantTask extends Task<ComparisonResult.Side> {
    private final String name;
    private final Scenario scenario;
    private final RunContext context;

    VariantTask(String name, Scenario scenario, RunContext context) {
        this.name = name;
        this.scenario = scenario;
        this.context = context;
        updateTitle(name);
    }

    @Override
    protected ComparisonResult.Side call() throws Exception {
        BacktestRequest req = new BacktestRequest(name, scenario.plan(), context.data(), scenario.config(),
                scenario.overrides());
        return new ComparisonResult.Side(name, BacktestRunner.run(req,
                new TaskMonitor(f -> updateProgress(f, 1.0), this::isCancelled)));
    }
}
