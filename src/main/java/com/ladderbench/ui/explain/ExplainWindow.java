package com.ladderbench.ui.explain;

import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.explain.BarTrace;
import com.ladderbench.core.explain.ExplainInputs;
import com.ladderbench.core.explain.Explainer;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.RunResult;
import com.ladderbench.ui.Styles;
import com.ladderbench.ui.WorkbenchResult;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Explain pane in a window of its own beside the workbench: one window, reused, showing the
 * trace of the bar last asked for. The engine re-run happens off the FX thread.
 */
public final class ExplainWindow {
    private final Window owner;
    private final ExplainPane pane = new ExplainPane();
    private Stage stage;

    public ExplainWindow(Window owner) {
        this.owner = owner;
    }

    public ExplainPane pane() { return pane; }

    public Stage stage() { return stage; }

    /** Shows the trace of {@code target} in {@code result}, or why there is none. */
    public void open(WorkbenchResult result, ExplainTarget target) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            Scene scene = new Scene(pane, 900, 700);
            Styles.apply(scene);
            stage.setScene(scene);
        }
        stage.setTitle("Explain " + target.symbol() + " · " + target.side());
        stage.show();
        stage.toFront();
        ExplainInputs in;
        try {
            in = inputs(result, target.side());
        } catch (InvalidInputException e) {
            pane.showMessage(e.problems().get(0).message());
            return;
        }
        pane.showMessage("Tracing the decision …");
        long bar = target.fillTime() ? Explainer.decisionBar(in, target.symbol(), target.time()) : target.time();
        Task<BarTrace> task = new Task<>() {
            @Override
            protected BarTrace call() throws Exception {
                return Explainer.explain(in, target.symbol(), bar);
            }
        };
        task.setOnSucceeded(e -> pane.show(task.getValue()));
        task.setOnFailed(e -> pane.showMessage(task.getException() instanceof InvalidInputException bad
                ? bad.problems().get(0).message() : "The trace failed: " + task.getException()));
        Thread t = new Thread(task, "explain");
        t.setDaemon(true);
        t.start();
    }

    /** The side's plan and config as run, with the result's market data. */
    public static ExplainInputs inputs(WorkbenchResult result, String side) throws InvalidInputException {
        if (result == null) throw InvalidInputException.of(null, null, "Nothing has been run yet.");
        ComparisonResult.Side chosen = result.sides().get(0);
        for (ComparisonResult.Side s : result.sides()) {
            if (s.name().equals(side)) chosen = s;
        }
        RunResult run = chosen.result();
        if (run.plan() == null) {
            throw InvalidInputException.of(null, null, "Imported fills have no decisions to explain.");
        }
        if (result.data() == null) {
            throw InvalidInputException.of(null, null, "The market data of this result is not loaded (its files"
                    + " are gone or changed), so its decisions cannot be traced.");
        }
        return new ExplainInputs(chosen.name(), run.plan(), result.data(), run.config());
    }
}
