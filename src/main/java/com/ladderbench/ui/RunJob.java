package com.ladderbench.ui;

import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.model.InvalidInputException;

/** Work that produces a result to show; runs on a background thread, never on the FX thread. */
@FunctionalInterface
public interface RunJob {
    WorkbenchResult run(RunMonitor monitor) throws InvalidInputException;
}
