package com.ladderbench.ui.compare;

import com.ladderbench.core.engine.RunMonitor;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** Connects a core run to its background task: progress goes to the task, cancelling the task stops the run. */
final class TaskMonitor implements RunMonitor {
    private final DoubleConsumer progress;
    private final BooleanSupplier cancelled;

    TaskMonitor(DoubleConsumer progress, BooleanSupplier cancelled) {
        this.progress = progress;
        this.cancelled = cancelled;
    }

    @Override
    public void progress(double fraction) {
        progress.accept(fraction);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }
}
