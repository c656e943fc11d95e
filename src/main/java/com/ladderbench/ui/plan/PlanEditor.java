package com.ladderbench.ui.plan;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.plan.LoadedPlan;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TextArea;
import javafx.util.Duration;

/**
 * A plan text area validated as you type: a pause in typing starts the core's plan loader on a
 * background thread, and only the answer for the latest text is shown.
 */
public final class PlanEditor {
    static final Duration DEBOUNCE = Duration.millis(350);

    private final TextArea text = new TextArea();
    private final ObjectProperty<LoadedPlan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private final Executor executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ladderbench-plan-check");
        t.setDaemon(true);
        return t;
    });
    private long generation;
    private String sourceName;

    public PlanEditor() {
        text.setId("planEditor");
        text.setPromptText("Paste a plan from your LLM here: it is checked as you type");
        text.setStyle("-fx-font-family: monospace;");
        pause.setOnFinished(e -> check());
        text.textProperty().addListener((obs, old, v) -> {
            plan.set(null);
            checking.set(true);
            pause.playFromStart();
        });
    }

    public TextArea textArea() { return text; }

    /** The plan in the editor when it is valid, else null. */
    public ObjectProperty<LoadedPlan> planProperty() { return plan; }

    /** Problems of the text (errors, or a valid plan's warnings). */
    public ObservableList<Problem> problems() { return problems; }

    /** True while a check is pending or running. */
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }

    /** What problems name as their file: the plan file the text came from, or null for pasted text. */
    public void setText(String newText, String name) {
        sourceName = name;
        text.setText(newText);
    }

    /** Shows text that was already checked (a plan file opened in Run setup), without checking it again. */
    public void setChecked(String newText, String name, LoadedPlan checked, List<Problem> found) {
        setText(newText, name);
        pause.stop();
        generation++; // an answer for earlier text is stale now
        plan.set(checked);
        problems.setAll(found);
        checking.set(false);
    }

    public String sourceName() {
        return sourceName;
    }

    private void check() {
        long mine = ++generation;
        String snapshot = text.getText();
        String name = sourceName;
        if (snapshot == null || snapshot.isBlank()) {
            problems.clear();
            checking.set(false);
            return;
        }
        executor.execute(() -> {
            LoadedPlan loaded = null;
            List<Problem> found;
            try {
                loaded = RunInputs.planLoader().parse(snapshot, name);
                found = loaded.warnings();
            } catch (InvalidInputException e) {
                found = e.problems();
            }
            LoadedPlan result = loaded;
            List<Problem> shown = found;
            Platform.runLater(() -> {
                if (mine != generation || !snapshot.equals(text.getText())) return; // text changed meanwhile
                plan.set(result);
                problems.setAll(shown);
                checking.set(false);
            });
        });
    }

    /** Selects the text at a JSON path and scrolls to it. */
    public void reveal(String location) {
        JsonLocator.Range r = JsonLocator.locate(text.getText(), location);
        text.requestFocus();
        text.selectRange(r.start(), r.end());
    }
}
