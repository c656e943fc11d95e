package com.ladderbench.ui.telemetry;

import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.TriggerStats;
import com.ladderbench.ui.Selection;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.WorkbenchView;
import com.ladderbench.ui.charts.ChartExport;
import com.ladderbench.ui.charts.HeatData;
import com.ladderbench.ui.charts.HeatTable;
import com.ladderbench.ui.charts.NumberFormats;
import com.ladderbench.ui.charts.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Why candidates did not trade: the category × reason matrix of event counts with the per-trigger
 * activity beneath it, preemptions per category, and the full event log with filters. Selecting an
 * event in the log selects it workbench-wide (the price chart moves to its bar); selecting a trigger
 * (a row of the activity table or the log's trigger filter) selects it workbench-wide, narrowing
 * the log and the price markers to it. A chooser picks the run.
 */
public final class TelemetryView implements WorkbenchView {
    public static final String ID = "telemetry";
    static final String ALL = "(all)";

    private final Selection selection;
    private final ComboBox<String> run = new ComboBox<>();
    private final HeatTable matrix = new HeatTable("Events by category × reason");
    private final TriggerTable triggers = new TriggerTable();
    private final Label triggersTitle = new Label();
    private final NumberAxis countAxis = new NumberAxis();
    private final BarChart<Number, String> preemptions = new BarChart<>(countAxis, new CategoryAxis());
    private final ComboBox<String> category = new ComboBox<>();
    private final ComboBox<String> reason = new ComboBox<>();
    private final ComboBox<String> trigger = new ComboBox<>();
    private final ComboBox<String> symbol = new ComboBox<>();
    private final TextField search = new TextField();
    private final Label shown = new Label();
    private final ObservableList<BlockEvent> events = FXCollections.observableArrayList();
    private final FilteredList<BlockEvent> filtered = new FilteredList<>(events);
    private final TableView<BlockEvent> log = new TableView<>();
    private final BorderPane root = new BorderPane();
    private WorkbenchResult result;
    private boolean updating;

    public TelemetryView(Selection selection) {
        this.selection = selection;
        preemptions.setTitle("Preemptions per category");
        preemptions.setStyle("-fx-font-size: 11px;");
        javafx.scene.control.Tooltip.install(preemptions,
                new javafx.scene.control.Tooltip("Events whose reason is a preemption, by the blocked trigger's category"));
        preemptions.setAnimated(false);
        preemptions.setLegendVisible(false);
        preemptions.setMinWidth(320);
        preemptions.setPrefWidth(380);
        countAxis.setMinorTickVisible(false);
        countAxis.setLabel("events");
        countAxis.setForceZeroInRange(true);
        ChartExport.install(preemptions, () -> "preemptions");
        ScrollPane matrixScroll = new ScrollPane(matrix);
        matrixScroll.setFitToHeight(false);
        matrixScroll.setMinHeight(120);
        VBox left = new VBox(4, matrixScroll, triggerPane());
        VBox.setVgrow(matrixScroll, Priority.ALWAYS);
        HBox top = new HBox(8, left, preemptions);
        HBox.setHgrow(left, Priority.ALWAYS);
        top.setPadding(new Insets(4));
        buildLog();
        VBox bottom = new VBox(4, filterBar(), log);
        VBox.setVgrow(log, Priority.ALWAYS);
        bottom.setPadding(new Insets(4));
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.53);
        HBox bar = new HBox(8, new Label("Run"), run);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 2, 8));
        root.setTop(bar);
        root.setCenter(split);
        run.valueProperty().addListener((o, a, b) -> showRun());
        log.getSelectionModel().selectedItemProperty().addListener((o, a, ev) -> {
            if (ev != null && !updating) selection.eventProperty().set(ev);
        });
        selection.eventProperty().addListener((o, a, ev) -> reveal(ev));
        triggers.table().getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (!updating) selection.triggerProperty().set(t == null ? null : t.triggerId());
        });
        trigger.valueProperty().addListener((o, a, b) -> {
            if (!updating) selection.triggerProperty().set(value(trigger));
        });
        selection.triggerProperty().addListener((o, a, id) -> showTrigger(id));
        log.setOnMouseClicked(e -> {
            BlockEvent ev = log.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && ev != null) {
                selection.explainProperty().set(new com.ladderbench.ui.explain.ExplainTarget(run.getValue(),
                        ev.symbol(), ev.timestamp(), false));
            }
        });
    }

    private VBox triggerPane() {
        triggersTitle.setStyle("-fx-font-size: 12px; -fx-font-weight: bold;");
        Label hint = new Label("select a trigger to see only its events and legs");
        hint.setStyle("-fx-text-fill: #606060;");
        Button all = new Button("All triggers");
        all.setOnAction(e -> selection.triggerProperty().set(null));
        all.disableProperty().bind(selection.triggerProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, triggersTitle, hint, gap, all);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(4, head, triggers.table());
        pane.setPadding(new Insets(2, 6, 0, 6));
        pane.setMinHeight(Region.USE_PREF_SIZE);
        return pane;
    }

    /** Narrows the log to a trigger selected anywhere (null: every trigger) and marks its row. */
    private void showTrigger(String id) {
        boolean was = updating;
        updating = true;
        try {
            trigger.setValue(id == null ? ALL : id);
            triggers.select(id);
        } finally {
            updating = was;
        }
        applyFilter();
    }

    /**
     * Shows an event selected elsewhere (the price chart, another view) in the log: its run is
     * chosen, filters that hide it are cleared, and the log scrolls to it and selects it.
     */
    void reveal(BlockEvent ev) {
        if (ev == null || result == null || updating) return;
        if (ev.equals(log.getSelectionModel().getSelectedItem())) return; // selected here
        RunResult current = chosen();
        if (current == null || !current.events().contains(ev)) {
            for (ComparisonResult.Side s : result.sides()) {
                if (s.result().events().contains(ev)) run.setValue(s.name());
            }
        }
        if (!filter().test(ev)) {
            for (ComboBox<String> box : List.of(category, reason, trigger, symbol)) box.setValue(ALL);
            search.clear();
        }
        int index = filtered.indexOf(ev);
        if (index < 0) return;
        updating = true;
        try {
            log.getSelectionModel().clearAndSelect(index);
        } finally {
            updating = false;
        }
        // a few rows above it stay visible, so the event is not hidden at the very top
        log.scrollTo(Math.max(0, index - 3));
    }

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "Telemetry"; }

    @Override
    public Node node() { return root; }

    @Override
    public void show(WorkbenchResult newResult) {
        this.result = newResult;
        List<String> names = new ArrayList<>();
        for (ComparisonResult.Side s : newResult.sides()) names.add(s.name());
        updating = true;
        run.getItems().setAll(names);
        updating = false;
        run.setValue(null);
        run.setValue(names.isEmpty() ? null : names.get(0));
    }

    public ComboBox<String> runChooser() { return run; }

    public HeatTable matrix() { return matrix; }

    public BarChart<Number, String> preemptionChart() { return preemptions; }

    public TableView<BlockEvent> eventLog() { return log; }

    /** Per-trigger activity of the chosen run, one row per trigger in plan order. */
    public TableView<TriggerStats> triggerTable() { return triggers.table(); }

    /** The filter the controls describe now. */
    public EventFilter filter() {
        return new EventFilter(
                category.getValue() == null || ALL.equals(category.getValue()) ? null
                        : Category.fromWire(category.getValue()).orElse(null),
                reason.getValue() == null || ALL.equals(reason.getValue()) ? null
                        : BlockReason.fromWire(reason.getValue()).orElse(null),
                value(trigger), value(symbol), search.getText());
    }

    public ComboBox<String> categoryFilter() { return category; }

    public ComboBox<String> reasonFilter() { return reason; }

    public ComboBox<String> triggerFilter() { return trigger; }

    public ComboBox<String> symbolFilter() { return symbol; }

    public TextField searchField() { return search; }

    private static String value(ComboBox<String> box) {
        return box.getValue() == null || ALL.equals(box.getValue()) ? null : box.getValue();
    }

    private RunResult chosen() {
        if (result == null || run.getValue() == null) return null;
        for (ComparisonResult.Side s : result.sides()) if (s.name().equals(run.getValue())) return s.result();
        return null;
    }

    private void showRun() {
        if (updating) return;
        RunResult r = chosen();
        if (r == null) return;
        updating = true;
        try {
            showMatrix(r);
            showPreemptions(r);
            setChoices(category, r, e -> e.category().wire(), List.of());
            setChoices(reason, r, e -> e.reason().wire(), List.of());
            // a trigger without events can be chosen too (its log is empty)
            setChoices(trigger, r, BlockEvent::triggerId, r.triggerStats().stream().map(TriggerStats::triggerId).toList());
            setChoices(symbol, r, BlockEvent::symbol, List.of());
            events.setAll(r.events());
            triggersTitle.setText("Per-trigger activity · " + run.getValue());
            triggers.show(r.triggerStats());
            showTrigger(selection.triggerProperty().get()); // the selected trigger stays selected
            applyFilter();
        } finally {
            updating = false;
        }
    }

    private void showMatrix(RunResult r) {
        EventMatrix m = EventMatrix.of(r);
        double[][] values = new double[m.categories().size()][m.reasons().size()];
        double[] rowTotals = new double[values.length];
        double[] colTotals = new double[m.reasons().size()];
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < colTotals.length; j++) values[i][j] = m.counts()[i][j];
            rowTotals[i] = m.rowTotal(i);
        }
        for (int j = 0; j < colTotals.length; j++) colTotals[j] = m.columnTotal(j);
        List<String> rows = m.categories().stream().map(Category::wire).toList();
        // spaces let the long reason names wrap in narrow headers
        List<String> cols = m.reasons().stream().map(x -> x.wire().replace('_', ' ')).toList();
        matrix.setTitle("Events by category × reason · " + run.getValue() + " · "
                + String.format(Locale.ROOT, "%,d", m.total()) + " events");
        matrix.setData(new HeatData("category \\ reason", rows, cols, values, rowTotals, colTotals, m.total(),
                v -> NumberFormats.fixed(v, 0), HeatData.HeatScale.SEQUENTIAL, "events per cell"));
    }

    private void showPreemptions(RunResult r) {
        long[] counts = EventMatrix.preemptionsByCategory(r);
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        // reversed so the first category is drawn at the top
        for (int i = counts.length - 1; i >= 0; i--) {
            s.getData().add(new XYChart.Data<>(counts[i], Category.values()[i].wire()));
        }
        preemptions.getData().setAll(List.of(s));
        for (XYChart.Data<Number, String> d : s.getData()) {
            if (d.getNode() != null) d.getNode().setStyle("-fx-bar-fill: " + web(Palette.LADDER) + ";");
        }
    }

    private void setChoices(ComboBox<String> box, RunResult r, Function<BlockEvent, String> key, List<String> more) {
        TreeSet<String> values = new TreeSet<>(more);
        for (BlockEvent e : r.events()) if (key.apply(e) != null) values.add(key.apply(e));
        List<String> items = new ArrayList<>();
        items.add(ALL);
        items.addAll(values);
        box.getItems().setAll(items);
        box.setValue(ALL);
    }

    private HBox filterBar() {
        for (ComboBox<String> box : List.of(category, reason, trigger, symbol)) {
            box.valueProperty().addListener((o, a, b) -> applyFilter());
            box.setPrefWidth(150);
            box.setMinWidth(90);
        }
        search.setPromptText("Search trigger, reason, detail…");
        search.textProperty().addListener((o, a, b) -> applyFilter());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(120);
        shown.setMinWidth(Label.USE_PREF_SIZE);
        HBox bar = new HBox(6, label("Category"), category, label("Reason"), reason, label("Trigger"), trigger,
                label("Symbol"), symbol, search, shown);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private void applyFilter() {
        filtered.setPredicate(filter());
        shown.setText(String.format(Locale.ROOT, "%,d of %,d events", filtered.size(), events.size()));
    }

    private void buildLog() {
        log.setItems(filtered);
        log.setPlaceholder(new Label("No events match"));
        log.getColumns().add(column("#", 50, e -> e.seq()));
        log.getColumns().add(column("Time (UTC)", 160, e -> Timestamps.format(e.timestamp())));
        log.getColumns().add(column("Symbol", 80, BlockEvent::symbol));
        log.getColumns().add(column("TF", 40, e -> e.timeframe().label()));
        log.getColumns().add(column("Trigger", 150, BlockEvent::triggerId));
        log.getColumns().add(column("Category", 130, e -> e.category().wire()));
        log.getColumns().add(column("Reason", 190, e -> e.reason().wire()));
        log.getColumns().add(column("Preempted by", 130, BlockEvent::preemptedBy));
        log.getColumns().add(column("Price", 90, e -> NumberFormats.fixed(e.price(), 2)));
        TableColumn<BlockEvent, Object> detail = column("Detail", 320, BlockEvent::detail);
        log.getColumns().add(detail);
        log.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    private static TableColumn<BlockEvent, Object> column(String name, double width, Function<BlockEvent, Object> f) {
        TableColumn<BlockEvent, Object> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }

    private static String web(javafx.scene.paint.Color c) {
        return String.format(java.util.Locale.ROOT, "#%02X%02X%02X", (int) (c.getRed() * 255), (int) (c.getGreen() * 255),
                (int) (c.getBlue() * 255));
    }
}
