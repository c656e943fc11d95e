package com.ladderbench.ui.plan;

import com.ladderbench.core.prompts.StrategistPrompts;
import com.ladderbench.model.Problem;
import com.ladderbench.ui.WorkbenchActions;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.WorkbenchView;
import com.ladderbench.ui.setup.RunSetup;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The plan: its triggers, the strategist prompt to copy into an LLM, and an editor where a plan
 * pasted back is checked as you type and can be run at once with the current data.
 */
public final class PlanView implements WorkbenchView {
    public static final String ID = "plan";

    private final SplitPane root;
    private final TriggersTable triggers = new TriggersTable();
    private final PlanEditor editor = new PlanEditor();
    private final TextArea prompt = new TextArea();
    private final ChoiceBox<String> strategy = new ChoiceBox<>();
    private final Button runPasted = new Button("Run this plan (compare)");
    private final Label planTitle = new Label("Triggers");

    public PlanView(WorkbenchActions actions) {
        RunSetup setup = actions.setup();

        VBox triggersPane = new VBox(4, heading(planTitle), triggers.node());
        VBox.setVgrow(triggers.node(), Priority.ALWAYS);
        triggersPane.setPadding(new Insets(6));

        List<String> names = StrategistPrompts.strategies();
        strategy.setId("strategyChoice");
        strategy.getItems().setAll(names);
        strategy.valueProperty().addListener((obs, old, v) -> prompt.setText(v == null ? "" : StrategistPrompts.assemble(v)));
        prompt.setId("promptText");
        prompt.setEditable(false);
        prompt.setWrapText(true);
        Button copy = new Button("Copy prompt");
        copy.setId("copyPrompt");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(prompt.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        HBox promptBar = new HBox(6, heading(new Label("Strategist prompt")), spacer(), new Label("Strategy"),
                strategy, copy);
        promptBar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(prompt, Priority.ALWAYS);
        VBox promptPane = new VBox(4, promptBar, prompt);
        promptPane.setPadding(new Insets(6));
        if (!names.isEmpty()) strategy.setValue(names.contains("trend_following") ? "trend_following" : names.get(0));

        ListView<Problem> problems = new ListView<>(editor.problems());
        problems.setId("editorProblems");
        problems.setCellFactory(list -> new com.ladderbench.ui.setup.ProblemCell());
        problems.setPrefHeight(110);
        problems.setPlaceholder(new Label("No problems"));
        problems.setOnMouseClicked(e -> {
            Problem p = problems.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && p != null && p.location() != null) editor.reveal(p);
        });
        Label state = new Label();
        state.setId("editorState");
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            if (editor.textArea().getText() == null || editor.textArea().getText().isBlank()) return "empty";
            if (editor.checkingProperty().get()) return "checking…";
            if (editor.planProperty().get() == null) return editor.problems().size() + " problem(s)";
            return "valid plan '" + editor.planProperty().get().plan().planId() + "'";
        }, editor.checkingProperty(), editor.planProperty(), editor.problems(), editor.textArea().textProperty()));
        runPasted.setId("runPasted");
        runPasted.disableProperty().bind(editor.planProperty().isNull());
        runPasted.setOnAction(e -> actions.runPlan(editor.planProperty().get(), editor.sourceName()));
        Button save = new Button("Save");
        save.setId("savePlan");
        save.setTooltip(new javafx.scene.control.Tooltip("Save the plan editor's text to its file (Ctrl+S)"));
        save.setOnAction(e -> actions.savePlan(false));
        save.disableProperty().bind(editor.dirtyProperty().not());
        Button saveAs = new Button("Save as…");
        saveAs.setId("savePlanAs");
        saveAs.setOnAction(e -> actions.savePlan(true));
        Label fileLabel = new Label();
        fileLabel.setId("editorFile");
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            java.nio.file.Path f = editor.fileProperty().get();
            String recorded = setup.recordedInProperty().get();
            String name = f != null ? f.getFileName().toString()
                    : recorded.isEmpty() ? "new plan" : "as the run recorded it";
            return editor.isDirty() ? name + " • unsaved" : name;
        }, editor.fileProperty(), editor.dirtyProperty(), setup.recordedInProperty()));
        Label editorHeading = heading(new Label("Plan editor"));
        // the file name gives way first when the bar is narrow; headings, state and buttons keep their text
        fileLabel.setMinWidth(0);
        for (Region r : List.of(editorHeading, state, save, saveAs, runPasted)) r.setMinWidth(Region.USE_PREF_SIZE);
        HBox editorBar = new HBox(6, editorHeading, fileLabel, spacer(), state, save, saveAs, runPasted);
        editorBar.setAlignment(Pos.CENTER_LEFT);
        TextArea area = editor.textArea();
        VBox.setVgrow(area, Priority.ALWAYS);
        VBox editorPane = new VBox(4, editorBar, area, problems);
        editorPane.setPadding(new Insets(6));

        SplitPane bottom = new SplitPane(promptPane, editorPane);
        bottom.setDividerPositions(0.45);
        root = new SplitPane(triggersPane, bottom);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.3);

        // the editor follows the plan file opened in Run setup, and shows what a problem points at
        setup.planTextProperty().addListener((obs, old, text) -> followSetup(setup));
        if (!setup.planTextProperty().get().isEmpty()) followSetup(setup);
        setup.revealProperty().addListener((obs, old, r) -> {
            if (r != null) editor.reveal(r.problem());
        });
    }

    private void followSetup(RunSetup setup) {
        java.nio.file.Path file = setup.planFileProperty().get();
        editor.setChecked(setup.planTextProperty().get(), file,
                setup.planProperty().get(), List.copyOf(setup.findings()));
    }

    private static Label heading(Label l) {
        l.getStyleClass().add("section-heading");
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    public PlanEditor editor() { return editor; }

    public ChoiceBox<String> strategyChoice() { return strategy; }

    public TextArea promptText() { return prompt; }

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "Plan"; }

    @Override
    public Node node() { return root; }

    @Override
    public void show(WorkbenchResult result) {
        triggers.show(result.plan());
        planTitle.setText(result.plan() == null ? "Triggers" : "Triggers of plan '" + result.plan().planId() + "' ("
                + result.plan().triggers().size() + ")");
    }
}
