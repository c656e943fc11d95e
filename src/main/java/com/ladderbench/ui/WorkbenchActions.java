package com.ladderbench.ui;

import com.ladderbench.core.plan.LoadedPlan;
import com.ladderbench.ui.setup.RunSetup;
import java.nio.file.Path;

/**
 * What views may ask the workbench to do. The main window implements it; views never start runs or
 * open windows themselves, so they also work headless (screenshots) with {@link #inert}.
 */
public interface WorkbenchActions {
    /** The inputs of the next run. */
    RunSetup setup();

    /** Opens a plan; null asks with a file chooser. */
    void openPlan(Path file);

    /** Adds a data file; null asks with a file chooser. */
    void addData(Path file);

    /** Opens a run configuration; null asks with a file chooser. */
    void openConfig(Path file);

    /** Shows a fills CSV's TradeSets; null asks with a file chooser. */
    void openFills(Path file);

    /** Runs the setup's plan alone, or ladder against baseline when {@code compare}. */
    void run(boolean compare);

    /** Runs a plan that is already validated (pasted) with the setup's data, config and baseline. */
    void runPlan(LoadedPlan plan, String sourceName);

    /**
     * Saves the plan editor's text to its file, or to a file the analyst chooses when {@code as} or
     * new. Nothing to save without a window (screenshots).
     */
    default void savePlan(boolean as) {
    }

    /** Actions for a window without a workbench around it: inputs still load into the setup, nothing runs. */
    static WorkbenchActions inert(RunSetup setup) {
        return new WorkbenchActions() {
            @Override
            public RunSetup setup() { return setup; }

            @Override
            public void openPlan(Path file) {
                if (file != null) setup.openPlan(file);
            }

            @Override
            public void addData(Path file) {
                if (file != null) setup.addData(file.toString());
            }

            @Override
            public void openConfig(Path file) {
                if (file != null) setup.openConfig(file);
            }

            @Override
            public void openFills(Path file) {
            }

            @Override
            public void run(boolean compare) {
            }

            @Override
            public void runPlan(LoadedPlan plan, String sourceName) {
            }
        };
    }
}
