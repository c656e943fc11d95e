package com.ladderbench.ui.compare;

import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.compare.Overrides;
import com.ladderbench.core.compare.Scenario;
import com.ladderbench.core.compare.Variant;
import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.WorkbenchView;
import com.ladderbench.ui.charts.LineSeries;
import com.ladderbench.ui.charts.Palette;
import com.ladderbench.ui.charts.TimeSeriesChart;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Any number of runs side by side: a KPI table with deltas against the baseline and the equity
 * curves overlaid; what-if variants added from a dialog and a parameter sweep with a heatmap,
 * both run in the background (progress and Cancel shown; the FX thread never waits).
 */
public final class CompareView implements WorkbenchView {
    public static final String ID = "compare";

    private final ObservableList<ComparisonResult.Side> sides = FXCollections.observableArrayList();
    private final KpiTable table = new KpiTable();
    private final TimeSeriesChart equity = new TimeSeriesChart("Equity of every run");
    private final Button add = new Button("Add variant…");
    private final Label status = new Label();
    private final RunningTasks tasks;
    private final SweepPane sweep;
    private final TabPane root = new TabPane();
    private RunContext context;

    /** @param executor where background runs go (the workbench's shared pool) */
    public CompareView(Executor executor) {
        this.tasks = new RunningTasks(executor);
        this.sweep = new SweepPane(tasks);
        add.setOnAction(e -> openDialog());
        add.setDisable(true);
        status.setWrapText(true);
        status.setId("compare-status");
        HBox bar = new HBox(10, add, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        VBox top = new VBox(6, bar, tasks);
        top.setPadding(new Insets(6, 8, 6, 8));
        SplitPane split = new SplitPane(table, equity);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        BorderPane runs = new BorderPane(split);
        runs.setTop(top);
        Tab runsTab = new Tab("Runs", runs);
        Tab sweepTab = new Tab("Sweep", sweep);
        runsTab.setClosable(false);
        sweepTab.setClosable(false);
        root.getTabs().addAll(runsTab, sweepTab);
        sides.addListener((javafx.collections.ListChangeListener<ComparisonResult.Side>) c -> redraw());
        equity.setEmptyMessage("No runs to compare yet");
    }

    /** With a pool of its own: daemon threads, so an open workbench never keeps the JVM alive. */
    public CompareView() {
        this(defaultExecutor());
    }

    private static ExecutorService defaultExecutor() {
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ladderbench-compare");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "Compare"; }

    @Override
    public Node node() { return root; }

    @Override
    public void show(WorkbenchResult result) {
        tasks.cancelAll();
        context = RunContext.of(result);
        add.setDisable(!context.canRun());
        status.setText(context.canRun() ? "" : RunContext.whyNot());
        sweep.setContext(context);
        sides.setAll(result.sides());
    }

    /** The runs shown, in column order. */
    public List<ComparisonResult.Side> sides() { return List.copyOf(sides); }

    public KpiTable kpiTable() { return table; }

    public TimeSeriesChart equityChart() { return equity; }

    public Button addVariantButton() { return add; }

    public Label status() { return status; }

    /** The problems with a variant (empty text when it can run): a clash of names or bad overrides. */
    public String check(Variant v) {
        for (ComparisonResult.Side s : sides) {
            if (s.name().equals(v.name())) return "a run named '" + v.name() + "' is already shown; choose another name";
        }
        try {
            Overrides.apply(context.plan(), context.config(), v.overrides(), "variant " + v.name());
            return null;
        } catch (InvalidInputException e) {
            return Problems.describe(e);
        }
    }

    /**
     * Runs a variant in the background and adds it as a column and a curve when it finishes.
     *
     * @return the running task
     * @throws InvalidInputException when the overrides do not apply to the plan
     */
    public javafx.concurrent.Task<ComparisonResult.Side> addVariant(Variant v) throws InvalidInputException {
        Scenario s = Overrides.apply(context.plan(), context.config(), v.overrides(), "variant " + v.name());
        RunContext startedFrom = context;
        VariantTask task = new VariantTask(v.name(), s, context);
        task.setOnSucceeded(e -> {
            // a run that finishes after another result was shown belongs to the old one
            if (context == startedFrom) sides.add(task.getValue());
        });
        task.setOnFailed(e -> status.setText("Variant " + v.name() + " failed: " + Problems.describe(task.getException())));
        task.setOnCancelled(e -> status.setText("Variant " + v.name() + " cancelled"));
        status.setText("");
        tasks.start(task);
        return task;
    }

    /** Opens the variant dialog; a valid variant starts running when the dialog closes. */
    public VariantDialog openDialog() {
        VariantDialog d = new VariantDialog(root.getScene() == null ? null : root.getScene().getWindow(), this::check);
        d.setOnHidden(e -> {
            Variant v = d.getResult();
            if (v == null) return;
            try {
                addVariant(v);
            } catch (InvalidInputException ex) {
                status.setText(Problems.describe(ex));
            }
        });
        d.show();
        return d;
    }

    /** The sweep part of the view, for tests and for the window to select. */
    SweepPane sweepPane() { return sweep; }

    private void redraw() {
        table.show(sides);
        List<LineSeries> curves = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            EquityCurve c = sides.get(i).result().equity();
            curves.add(LineSeries.line(sides.get(i).name(), c.time(), c.equity(), Palette.side(i)));
        }
        equity.setSeries(curves);
    }
}
