package com.ladderbench.ui.setup;

import com.ladderbench.core.compare.BaselineMode;
import com.ladderbench.ui.WorkbenchActions;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.WorkbenchView;
import java.io.File;
import java.nio.file.Path;
import com.ladderbench.model.Problem;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Run setup: plan, data, baseline mode and run configuration, chosen by file chooser or by dropping
 * files, with every problem found in them listed; double-clicking a plan problem shows it in the
 * plan text.
 */
public final class RunSetupView implements WorkbenchView {
    public static final String ID = "setup";

    private final RunSetup setup;
    private final SplitPane root;
    private final ListView<Problem> problems = new ListView<>();

    public RunSetupView(WorkbenchActions actions) {
        this.setup = actions.setup();

        TextField planField = new TextField();
        planField.setEditable(false);
        planField.setPromptText("drop a plan.json here or choose one");
        planField.setId("planField");
        planField.textProperty().bind(Bindings.createStringBinding(() -> {
            if (setup.planFileProperty().get() != null) return setup.planFileProperty().get().toString();
            if (setup.recordedInProperty().get().isEmpty() || setup.planProperty().get() == null) return "";
            return "plan '" + setup.planProperty().get().plan().planId() + "' as recorded in "
                    + setup.recordedInProperty().get();
        }, setup.planFileProperty(), setup.recordedInProperty(), setup.planProperty()));
        HBox.setHgrow(planField, Priority.ALWAYS);
        Button openPlan = new Button("Open…");
        openPlan.setOnAction(e -> actions.openPlan(null));
        HBox planRow = new HBox(6, planField, openPlan);

        ListView<String> data = new ListView<>(setup.dataSpecs());
        data.setId("dataList");
        data.setPrefHeight(110);
        data.setPlaceholder(new Label("Drop SYMBOL_TIMEFRAME.csv files here"));
        Button addData = new Button("Add…");
        addData.setOnAction(e -> actions.addData(null));
        Button removeData = new Button("Remove");
        removeData.disableProperty().bind(data.getSelectionModel().selectedItemProperty().isNull());
        removeData.setOnAction(e -> setup.dataSpecs().remove(data.getSelectionModel().getSelectedItem()));
        HBox dataButtons = new HBox(6, addData, removeData);

        ChoiceBox<BaselineMode> baseline = new ChoiceBox<>();
        baseline.getItems().setAll(BaselineMode.values());
        baseline.valueProperty().bindBidirectional(setup.baselineModeProperty());
        baseline.setConverter(new StringConverter<>() {
            @Override
            public String toString(BaselineMode m) {
                if (m == null) return "";
                return m == BaselineMode.EMERGENCY ? "emergency: de-risk signals become emergency exits"
                        : "flatten: de-risk signals become normal full exits";
            }

            @Override
            public BaselineMode fromString(String s) {
                return BaselineMode.fromWire(s.split(":")[0]).orElse(BaselineMode.EMERGENCY);
            }
        });

        Button openFills = new Button("Open fills CSV…");
        openFills.setTooltip(new Tooltip("Book a real account's fills and show its TradeSets"));
        openFills.setOnAction(e -> actions.openFills(null));

        problems.setId("problemsList");
        problems.setItems(setup.findings());
        problems.setPlaceholder(new Label("No problems"));
        problems.setCellFactory(list -> new ProblemCell());
        problems.setOnMouseClicked(e -> {
            Problem f = problems.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && f != null) reveal(f);
        });
        VBox.setVgrow(problems, Priority.ALWAYS);

        VBox inputs = new VBox(6,
                heading("Plan"), planRow,
                heading("Market data"), data, dataButtons,
                heading("Baseline"), baseline,
                heading("Real account"), openFills,
                heading("Problems (double-click one to see it in the plan)"), problems);
        inputs.setPadding(new Insets(10));

        TextField configField = new TextField();
        configField.setEditable(false);
        configField.setPromptText("defaults (no config file)");
        configField.setId("configField");
        configField.textProperty().bind(Bindings.createStringBinding(() -> {
            if (setup.configFileProperty().get() != null) return setup.configFileProperty().get().toString();
            return setup.recordedInProperty().get().isEmpty() ? ""
                    : "as recorded in " + setup.recordedInProperty().get();
        }, setup.configFileProperty(), setup.recordedInProperty()));
        HBox.setHgrow(configField, Priority.ALWAYS);
        Button openConfig = new Button("Open…");
        openConfig.setOnAction(e -> actions.openConfig(null));
        Button defaults = new Button("Defaults");
        defaults.setOnAction(e -> setup.useDefaultConfig());
        Node sheet = new ConfigSheet(setup).node();
        VBox.setVgrow(sheet, Priority.ALWAYS);
        VBox config = new VBox(6, heading("Run configuration"), new HBox(6, configField, openConfig, defaults), sheet);
        config.setPadding(new Insets(10));

        root = new SplitPane(inputs, config);
        root.setDividerPositions(0.5);
        root.setOnDragOver(RunSetupView::acceptFiles);
        root.setOnDragDropped(e -> {
            dropped(e.getDragboard().getFiles(), actions);
            e.setDropCompleted(true);
            e.consume();
        });
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        return l;
    }

    static void acceptFiles(DragEvent e) {
        if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
        e.consume();
    }

    /** A dropped .json is the plan (config.json the run configuration), a dropped .csv is data. */
    static void dropped(List<File> files, WorkbenchActions actions) {
        for (File f : files) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            Path p = f.toPath();
            if (name.endsWith(".csv")) {
                actions.addData(p);
            } else if (name.contains("config") && name.endsWith(".json")) {
                actions.openConfig(p);
            } else {
                actions.openPlan(p);
            }
        }
    }

    private void reveal(Problem f) {
        String location = f.location();
        if (location == null || location.startsWith("line ") || location.startsWith("--")) return;
        Path plan = setup.planFileProperty().get();
        if (f.file() != null && (plan == null || !plan.toString().equals(f.file()))) return;
        setup.reveal(f);
    }

    public ListView<Problem> problemsList() { return problems; }

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "Run setup"; }

    @Override
    public Node node() { return root; }

    @Override
    public void show(WorkbenchResult result) {
        // the setup shows inputs, not results
    }
}
