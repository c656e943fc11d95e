package com.ladderbench.ui.plan;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.plan.LoadedPlan;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ladderbench.core.rules.RuleTokens;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TextArea;
import javafx.util.Duration;

/**
 * A plan text area validated as you type: a pause in typing starts the core's plan loader on a
 * background thread, and only the answer for the latest text is shown. It knows the file its text
 * was last read from or saved to, so it can say when there are unsaved edits; problems of such
 * text are labelled {@link #UNSAVED}, since the file on disk does not hold them.
 */
public final class PlanEditor {
    static final Duration DEBOUNCE = Duration.millis(350);
    /** What problems name as their file while the text differs from any file. */
    public static final String UNSAVED = "plan editor (unsaved)";
    private static final Pattern RULE_COLUMN = Pattern.compile("^col (\\d+): ");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextArea text = new TextArea();
    private final ObjectProperty<LoadedPlan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private String savedText = "";
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
            dirty.set(!savedText.equals(v == null ? "" : v));
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

    /** True while the text differs from the file it came from (or, without a file, is not empty). */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    public boolean isDirty() { return dirty.get(); }

    /** The file the text was last read from or saved to; null for pasted text. */
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    /** Replaces the text as an edit (pasted text): problems name {@code name} only while the text is saved. */
    public void setText(String newText, String name) {
        sourceName = name;
        text.setText(newText);
    }

    /**
     * Shows a plan file's text that was already checked (opened in Run setup, or just saved), without
     * checking it again; the text counts as saved to {@code from}.
     */
    public void setChecked(String newText, Path from, LoadedPlan checked, List<Problem> found) {
        savedText = newText == null ? "" : newText;
        file.set(from);
        setText(newText, from == null ? null : from.toString());
        dirty.set(false);
        pause.stop();
        generation++; // an answer for earlier text is stale now
        plan.set(checked);
        problems.setAll(found);
        checking.set(false);
    }

    /** What the text's problems and runs are named after: its file while saved, else {@link #UNSAVED}. */
    public String sourceName() {
        return dirty.get() || sourceName == null ? UNSAVED : sourceName;
    }

    private void check() {
        long mine = ++generation;
        String snapshot = text.getText();
        String name = sourceName();
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
        select(JsonLocator.locate(text.getText(), location));
    }

    /**
     * Selects what a problem is about: for a rule's problem ({@code col N: ...}) the offending token
     * inside the rule, else the value at its JSON path.
     */
    public void reveal(Problem p) {
        if (p.location() == null) return;
        Matcher m = RULE_COLUMN.matcher(p.message());
        if (!m.find()) {
            reveal(p.location());
            return;
        }
        String json = text.getText();
        JsonLocator.Range rule = JsonLocator.locateInString(json, p.location(), 0, Integer.MAX_VALUE);
        String source = rule.end() > rule.start() ? unescape(json.substring(rule.start(), rule.end())) : "";
        RuleTokens.Span token = RuleTokens.at(source, Integer.parseInt(m.group(1)));
        select(JsonLocator.locateInString(json, p.location(), token.start(), token.end()));
    }

    /** The rule text a JSON string literal's content holds (escapes decoded). */
    private static String unescape(String literal) {
        try {
            return JSON.readValue("\"" + literal + "\"", String.class);
        } catch (java.io.IOException e) {
            return literal;
        }
    }

    private void select(JsonLocator.Range r) {
        text.requestFocus();
        text.selectRange(r.start(), r.end());
    }
}
