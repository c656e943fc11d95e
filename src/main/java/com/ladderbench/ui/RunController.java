package com.ladderbench.ui;

import com.ladderbench.core.engine.RunCancelledException;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.model.InvalidInputException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * Runs one job at a time on a background thread and keeps the last good result. A failed or
 * cancelled job leaves that result in place and says why in {@link #statusProperty()}.
 */
public final class RunController {
    private final ObjectProperty<WorkbenchResult> result = new SimpleObjectProperty<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final Consumer<InvalidInputException> onBadInput;
    private final Consumer<Throwable> onInternalError;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ladderbench-run");
        t.setDaemon(true); // a run in progress must not keep a closed workbench alive
        return t;
    });
    private RunTask current;

    public RunController(Consumer<InvalidInputException> onBadInput, Consumer<Throwable> onInternalError) {
        this.onBadInput = onBadInput;
        this.onInternalError = onInternalError;
    }

    /** The result on screen: only ever replaced by a job that succeeded. */
    public ObjectProperty<WorkbenchResult> resultProperty() { return result; }

    /** True from start until the job's thread has really stopped (after a cancel too). */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public StringProperty statusProperty() { return status; }

    public DoubleProperty progressProperty() { return progress; }

    /** Starts a job unless one is running; call on the FX thread. */
    public boolean start(String what, RunJob job) {
        if (running.get()) {
            status.set("A run is in progress; cancel it first");
            return false;
        }
        RunTask task = new RunTask(job);
        current = task;
        running.set(true);
        progress.bind(task.progressProperty());
        status.set(what + "…");
        task.setOnSucceeded(e -> {
            result.set(task.getValue());
            status.set(what + ": done");
        });
        task.setOnCancelled(e -> {
            status.set(what + ": cancelled; the previous result is still shown");
            // cancelled before its thread picked it up: call() never runs, so nothing else will say it ended
            if (task.phase.compareAndSet(RunTask.WAITING, RunTask.NEVER_RAN)) finished(task);
        });
        task.setOnFailed(e -> {
            Throwable ex = task.getException();
            if (ex instanceof RunCancelledException) {
                status.set(what + ": cancelled; the previous result is still shown");
            } else if (ex instanceof InvalidInputException bad) {
                status.set(what + ": bad input (" + bad.problems().size() + " problem"
                        + (bad.problems().size() == 1 ? "" : "s") + "); the previous result is still shown");
                onBadInput.accept(bad);
            } else {
                status.set(what + ": failed (" + ex + "); the previous result is still shown");
                onInternalError.accept(ex);
            }
        });
        executor.execute(task);
        return true;
    }

    /** Asks the running job to stop; the engine polls for it every few thousand bars. */
    public void cancel() {
        if (current != null && running.get()) current.cancel(false);
    }

    private void finished(RunTask task) {
        if (task != current) return;
        progress.unbind();
        progress.set(0);
        running.set(false);
    }

    /** The task is the run's monitor: its progress feeds the status bar, its cancel flag stops the engine. */
    private final class RunTask extends Task<WorkbenchResult> implements RunMonitor {
        static final int WAITING = 0;
        static final int RAN = 1;
        static final int NEVER_RAN = 2;
        final java.util.concurrent.atomic.AtomicInteger phase = new java.util.concurrent.atomic.AtomicInteger(WAITING);
        private final RunJob job;

        RunTask(RunJob job) {
            this.job = job;
        }

        @Override
        protected WorkbenchResult call() throws Exception {
            if (!phase.compareAndSet(WAITING, RAN)) throw new RunCancelledException();
            try {
                return job.run(this);
            } finally {
                Platform.runLater(() -> finished(this));
            }
        }

        @Override
        public void progress(double fraction) {
            updateProgress(fraction, 1.0);
        }
    }
}
