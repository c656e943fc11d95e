package com.ladderbench.ui.setup;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.compare.BaselineMode;
import com.ladderbench.core.data.DataSpec;
import com.ladderbench.core.plan.LoadedPlan;
import com.ladderbench.core.plan.RunConfigLoader;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunInfo;
import com.ladderbench.model.RunResult;
import com.ladderbench.core.report.PlanJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inputs of the next run, as the analyst chose them: plan, data, configuration and baseline
 * mode, with the problems found in them. Loading and validation are the core's; this only holds
 * the outcome for the views. Used on the FX thread.
 */
public final class RunSetup {
    private final ObjectProperty<Path> planFile = new SimpleObjectProperty<>(this, "planFile");
    private final StringProperty planText = new SimpleStringProperty(this, "planText", "");
    private final ObjectProperty<LoadedPlan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObservableList<String> dataSpecs = FXCollections.observableArrayList();
    private final ObjectProperty<Path> configFile = new SimpleObjectProperty<>(this, "configFile");
    private final ObjectProperty<RunConfig> config = new SimpleObjectProperty<>(this, "config", RunConfig.defaults());
    private final ObjectProperty<BaselineMode> baselineMode =
            new SimpleObjectProperty<>(this, "baselineMode", BaselineMode.EMERGENCY);
    private final ObservableList<Problem> findings = FXCollections.observableArrayList();
    private final ObjectProperty<Reveal> reveal = new SimpleObjectProperty<>(this, "reveal");
    private final StringProperty recordedIn = new SimpleStringProperty(this, "recordedIn", "");
    private long revealCount;

    /** A request to show what a problem of the plan text is about (its JSON path, a rule's token) in the Plan view. */
    public record Reveal(Problem problem, long seq) {
        public String location() { return problem.location(); }
    }

    public ObjectProperty<Path> planFileProperty() { return planFile; }

    /** The text of the plan file as last opened, valid or not. */
    public StringProperty planTextProperty() { return planText; }

    /** The plan as last validated, or null when it has errors or none is open. */
    public ObjectProperty<LoadedPlan> planProperty() { return plan; }

    public ObservableList<String> dataSpecs() { return dataSpecs; }

    public ObjectProperty<Path> configFileProperty() { return configFile; }

    public ObjectProperty<RunConfig> configProperty() { return config; }

    public ObjectProperty<BaselineMode> baselineModeProperty() { return baselineMode; }

    /** Errors and warnings of the inputs, errors first; {@link Problem#severity()} tells them apart. */
    public ObservableList<Problem> findings() { return findings; }

    public ObjectProperty<Reveal> revealProperty() { return reveal; }

    /** The run directory whose recorded inputs are shown (no plan or config file of their own), or empty. */
    public StringProperty recordedInProperty() { return recordedIn; }

    /**
     * Shows the inputs a saved run recorded: its plan (as run), its data files and its
     * configuration. There are no plan or config files to point at, so they are named after
     * {@code directory}; a later open of a file replaces them as usual.
     */
    public void showRecorded(RunResult run, String directory) {
        recordedIn.set(directory);
        planFile.set(null);
        configFile.set(null);
        if (run.config() != null) config.set(run.config());
        dataSpecs.clear();
        for (RunInfo.DataInfo d : run.info().data()) {
            dataSpecs.add(d.symbol() + ":" + d.timeframe().label() + "=" + d.source());
        }
        if (run.plan() == null) return;
        String text = PlanJson.toJson(run.plan()).toPrettyString() + "\n";
        LoadedPlan loaded = null;
        List<Problem> errors = List.of();
        try {
            loaded = RunInputs.planLoader().parse(text, directory);
        } catch (InvalidInputException e) {
            errors = e.problems();
        }
        plan.set(loaded);
        list(errors, loaded == null ? List.of() : loaded.warnings());
        planText.set(text);
    }

    /**
     * Opens and validates a plan file. Its problems replace the listed ones.
     *
     * @return true when the plan is valid (it may still have warnings)
     */
    public boolean openPlan(Path file) {
        recordedIn.set("");
        planFile.set(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            planText.set("");
            plan.set(null);
            list(List.of(new Problem(file.toString(), null, "cannot read: " + e.getMessage())), List.of());
            return false;
        }
        LoadedPlan loaded = null;
        List<Problem> errors = List.of();
        try {
            loaded = RunInputs.planLoader().parse(text, file.toString());
        } catch (InvalidInputException e) {
            errors = e.problems();
        }
        // plan and findings first: whoever follows the text sees them already checked
        plan.set(loaded);
        list(errors, loaded == null ? List.of() : loaded.warnings());
        planText.set(text);
        return loaded != null;
    }

    /** Adds a data file or {@code SYMBOL:TIMEFRAME=path} argument; false (and a problem listed) when it cannot be read as one. */
    public boolean addData(String spec) {
        try {
            DataSpec parsed = DataSpec.parse(spec);
            // one series per symbol and timeframe: a new file replaces the old one
            dataSpecs.removeIf(s -> sameSeries(s, parsed));
            dataSpecs.add(spec);
            return true;
        } catch (InvalidInputException e) {
            list(e.problems(), List.of());
            return false;
        }
    }

    private static boolean sameSeries(String existing, DataSpec added) {
        try {
            DataSpec d = DataSpec.parse(existing);
            return d.symbol().equals(added.symbol()) && d.timeframe() == added.timeframe();
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** Reads a run configuration file into the property sheet; false (and problems listed) when it is bad. */
    public boolean openConfig(Path file) {
        try {
            config.set(RunConfigLoader.load(file));
            configFile.set(file);
            return true;
        } catch (InvalidInputException e) {
            list(e.problems(), List.of());
            return false;
        }
    }

    public void useDefaultConfig() {
        configFile.set(null);
        config.set(RunConfig.defaults());
    }

    /** Lists the problems of a failed run (or of any bad input), replacing the previous ones. */
    public void list(List<Problem> errors, List<Problem> warnings) {
        List<Problem> all = new ArrayList<>(errors);
        // a warning stays a warning whichever list it came in, and is shown as one
        for (Problem p : warnings) all.add(p.isWarning() ? p : Problem.warning(p.file(), p.location(), p.message()));
        findings.setAll(all);
    }

    /** Asks the Plan view to show what a problem of the plan text is about, e.g. a double-clicked one. */
    public void reveal(Problem problem) {
        reveal.set(new Reveal(problem, ++revealCount));
    }
}
