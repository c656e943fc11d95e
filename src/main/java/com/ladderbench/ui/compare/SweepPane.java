package com.ladderbench.ui.compare;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.compare.SweepParameter;
import com.ladderbench.core.compare.SweepResult;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.ui.charts.HeatData;
import com.ladderbench.ui.charts.HeatTable;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A sweep over one or two parameters ({@code PATH=V1,V2,...}), run by the core in the background,
 * shown as a heatmap of the chosen metric: rows are the first parameter's values, columns the
 * second's. Changing the metric redraws from the finished sweep without running it again.
 */
final class SweepPane extends VBox {
    /** What to do, shown where the heatmap goes until a sweep has run. */
    static final String GUIDE = "No sweep yet. A sweep reruns the ladder for every combination of parameter values "
            + "and colours a grid by the metric you choose.\n\n"
            + "1. Rows: one override path and its values, e.g. triggers.momentum_fade_trim.exit_fraction=0.25,0.33,0.5\n"
            + "2. Columns (optional): a second one, e.g. config.min_hold_bars=2,4,8\n"
            + "3. Colour by: the metric to compare (green is better)\n"
            + "4. Press Run sweep: the points run in parallel in the background; Cancel in the toolbar stops them.";
    private final TextField first = new TextField();
    private final TextField second = new TextField();
    private final ComboBox<MetricField> metric = new ComboBox<>();
    private final Button run = new Button("Run sweep");
    private final Label status = new Label();
    private final HeatTable heat = new HeatTable("Sweep");
    private final Label guide = new Label(GUIDE);
    private final RunningTasks tasks;
    private final ObjectProperty<SweepResult> result = new SimpleObjectProperty<>(this, "result");
    private RunContext context;

    SweepPane(RunningTasks tasks) {
        super(8);
        this.tasks = tasks;
        setPadding(new Insets(8));
        first.setPromptText("first parameter, e.g. triggers.momentum_fade_trim.exit_fraction=0.25,0.33,0.5");
        second.setPromptText("second parameter (optional), e.g. config.min_hold_bars=2,4,8");
        first.setId("sweep-first");
        second.setId("sweep-second");
        metric.getItems().setAll(MetricField.values());
        metric.setValue(MetricField.SHARPE);
        metric.setCellFactory(l -> metricCell());
        metric.setButtonCell(metricCell());
        metric.valueProperty().addListener((o, a, b) -> render());
        run.setOnAction(e -> runSweep());
        status.setWrapText(true);
        status.setId("sweep-status");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Rows"), first);
        form.addRow(1, new Label("Columns"), second);
        form.addRow(2, new Label("Colour by"), metric, run);
        GridPane.setHgrow(first, Priority.ALWAYS);
        GridPane.setHgrow(second, Priority.ALWAYS);
        form.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(heat);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        guide.setId("sweep-guide");
        guide.setWrapText(true);
        guide.setStyle("-fx-text-fill: #444444; -fx-padding: 8 4 4 4;");
        // the guide takes the heatmap's place until there is a sweep to show
        guide.visibleProperty().bind(result.isNull());
        guide.managedProperty().bind(guide.visibleProperty());
        scroll.visibleProperty().bind(result.isNotNull());
        scroll.managedProperty().bind(scroll.visibleProperty());
        getChildren().addAll(form, status, guide, scroll);
        result.addListener((o, a, b) -> render());
    }

    void setContext(RunContext c) {
        this.context = c;
        result.set(null);
        run.setDisable(!c.canRun());
        status.setText(c.canRun() ? "" : RunContext.whyNot());
    }

    TextField firstField() { return first; }

    TextField secondField() { return second; }

    ComboBox<MetricField> metricChooser() { return metric; }

    Button runButton() { return run; }

    Label status() { return status; }

    HeatTable heatmap() { return heat; }

    Label guide() { return guide; }

    ObjectProperty<SweepResult> resultProperty() { return result; }

    /** Starts the sweep the fields describe; returns its task, or null when the fields are not valid. */
    SweepTask runSweep() {
        List<SweepParameter> params = new ArrayList<>();
        try {
            params.add(SweepParameter.parse(first.getText().trim()));
            if (!second.getText().isBlank()) params.add(SweepParameter.parse(second.getText().trim()));
        } catch (InvalidInputException e) {
            status.setText(Problems.describe(e));
            return null;
        }
        SweepTask task = new SweepTask(context, params);
        run.setDisable(true);
        status.setText("Running " + points(params) + " points…");
        task.setOnSucceeded(e -> {
            run.setDisable(false);
            status.setText("");
            result.set(task.getValue());
        });
        task.setOnFailed(e -> {
            run.setDisable(false);
            status.setText("Sweep failed: " + Problems.describe(task.getException()));
        });
        task.setOnCancelled(e -> {
            run.setDisable(false);
            status.setText("Sweep cancelled");
        });
        tasks.start(task);
        return task;
    }

    private static int points(List<SweepParameter> params) {
        int n = 1;
        for (SweepParameter p : params) n *= p.values().size();
        return n;
    }

    private void render() {
        SweepResult r = result.get();
        MetricField f = metric.getValue();
        if (r == null || f == null) {
            heat.setVisible(r != null);
            return;
        }
        heat.setVisible(true);
        SweepParameter rowsParam = r.parameters().get(0);
        boolean two = r.parameters().size() > 1;
        List<String> cols = two ? r.parameters().get(1).values() : List.of(f.label());
        double[][] values = new double[rowsParam.values().size()][cols.size()];
        // grid order: the first parameter varies slowest
        for (int i = 0; i < r.points().size(); i++) {
            values[i / cols.size()][i % cols.size()] = f.of(r.points().get(i).metrics());
        }
        HeatData.HeatScale scale = f.better() == MetricField.Better.HIGHER ? HeatData.HeatScale.HIGHER_BETTER
                : f.better() == MetricField.Better.LOWER ? HeatData.HeatScale.LOWER_BETTER
                : HeatData.HeatScale.SEQUENTIAL;
        heat.setTitle(f.label() + " by " + rowsParam.path() + (two ? " × " + r.parameters().get(1).path() : ""));
        // the title names the full paths; the corner only needs to say which way each runs
        String corner = leaf(rowsParam.path()) + (two ? " ↓ \\ " + leaf(r.parameters().get(1).path()) + " →" : " ↓");
        heat.setData(new HeatData(corner, rowsParam.values(), cols, values, null, null, 0,
                v -> KpiTable.format(f, v), scale, f.label()));
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static ListCell<MetricField> metricCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MetricField item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        };
    }
}
