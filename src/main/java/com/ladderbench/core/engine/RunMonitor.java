package com.ladderbench.core.engine;

/** Progress and cancellation for a run; the UI passes one backed by its background task. */
public interface RunMonitor {
    RunMonitor NONE = new RunMonitor() {
    };

    /** @param fraction 0..1 of the run's bars processed */
    default void progress(double fraction) {
    }

    /** Polled every few thousand bars; true stops the run with {@link RunCancelledException}. */
    default boolean isCancelled() {
        return false;
    }
}
