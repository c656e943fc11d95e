package com.ladderbench.ui.tradesets;

import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.model.Category;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.Quantities;
import com.ladderbench.ui.Selection;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.WorkbenchView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Every TradeSet of one side of the result, expanding into its legs with the cumulative position
 * after each. Filter by symbol, side and category; sort by any column; copy rows from the context
 * menu. Selecting a row sets {@link Selection#tradeSetProperty()}.
 */
public final class TradeSetsView implements WorkbenchView {
    public static final String ID = "tradesets";
    private static final String ALL = "all";
    private static final int SYMBOL_COLUMN = 1;

    private final Selection selection;
    private final BorderPane root = new BorderPane();
    private final TreeTableView<TradeSetRow> table = new TreeTableView<>();
    private final TreeItem<TradeSetRow> tableRoot = new TreeItem<>();
    private final ComboBox<String> sideChooser = new ComboBox<>();
    private final ComboBox<String> symbolFilter = new ComboBox<>();
    private final ComboBox<String> directionFilter = new ComboBox<>();
    private final ComboBox<String> categoryFilter = new ComboBox<>();
    private final Label count = new Label();
    private Quantities quantities = Quantities.of((com.ladderbench.model.RunResult) null);
    private final List<TradeSetColumns.Spec> specs = TradeSetColumns.specs(() -> quantities);
    private List<ComparisonResult.Side> sides = List.of();
    private List<TradeSet> sets = List.of();
    private boolean updating;

    public TradeSetsView(Selection selection) {
        this.selection = selection;
        for (TradeSetColumns.Spec s : specs) table.getColumns().add(TradeSetColumns.column(s));
        table.setId("tradeSetsTable");
        table.setRoot(tableRoot);
        table.setShowRoot(false);
        // one row height for all: the virtual flow then places 100,000 rows without measuring them
        table.setFixedCellSize(22);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No TradeSets: run a plan or open a fills file"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setSortPolicy(t -> {
            sortRows();
            return true;
        });
        table.setRowFactory(t -> new StyledRow());
        table.setOnMouseClicked(e -> {
            TreeItem<TradeSetRow> item = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null && item.getValue() instanceof TradeSetRow.LegRow leg) {
                selection.explainProperty().set(new com.ladderbench.ui.explain.ExplainTarget(sideChooser.getValue(),
                        leg.set().symbol(), leg.leg().timestamp(), true));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                selection.tradeSetProperty().set(item == null || item.getValue() == null ? null
                        : item.getValue().set()));
        table.setContextMenu(contextMenu());

        sideChooser.setId("sideChooser");
        sideChooser.valueProperty().addListener((obs, old, v) -> {
            if (!updating) showSide(v);
        });
        symbolFilter.setId("symbolFilter");
        directionFilter.setId("directionFilter");
        categoryFilter.setId("categoryFilter");
        directionFilter.setItems(FXCollections.observableArrayList(ALL, PositionSide.LONG.wire(),
                PositionSide.SHORT.wire()));
        List<String> categories = new ArrayList<>();
        categories.add(ALL);
        for (Category c : Category.values()) categories.add(c.wire());
        categoryFilter.setItems(FXCollections.observableArrayList(categories));
        for (ComboBox<String> box : List.of(symbolFilter, directionFilter, categoryFilter)) {
            box.setValue(ALL);
            box.valueProperty().addListener((obs, old, v) -> {
                if (!updating) refill();
            });
        }
        count.setId("tradeSetCount");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Run"), sideChooser, new Label("Symbol"), symbolFilter, new Label("Side"),
                directionFilter, new Label("Category (any leg)"), categoryFilter, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        root.setTop(bar);
        root.setCenter(table);
    }

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "TradeSets"; }

    @Override
    public Node node() { return root; }

    @Override
    public void show(WorkbenchResult result) {
        sides = result.sides();
        String previous = sideChooser.getValue();
        List<String> names = sides.stream().map(ComparisonResult.Side::name).toList();
        updating = true;
        sideChooser.setItems(FXCollections.observableArrayList(names));
        // keep the side the analyst was looking at when the new result has it; else the ladder (first)
        sideChooser.setValue(names.contains(previous) ? previous : names.isEmpty() ? null : names.get(0));
        updating = false;
        showSide(sideChooser.getValue());
    }

    private void showSide(String name) {
        sets = List.of();
        for (ComparisonResult.Side s : sides) {
            if (s.name().equals(name)) {
                sets = s.result().tradeSets();
                quantities = Quantities.of(s.result());
            }
        }
        List<String> symbols = new ArrayList<>();
        symbols.add(ALL);
        sets.stream().map(TradeSet::symbol).distinct().sorted().forEach(symbols::add);
        updating = true;
        String symbol = symbolFilter.getValue();
        symbolFilter.setItems(FXCollections.observableArrayList(symbols));
        symbolFilter.setValue(symbols.contains(symbol) ? symbol : ALL);
        updating = false;
        // one symbol: its column says nothing the filter bar does not; the table menu can bring it back
        table.getColumns().get(SYMBOL_COLUMN).setVisible(symbols.size() > 2);
        refill();
    }

    /** The filter the controls describe. */
    public TradeSetFilter filter() {
        return new TradeSetFilter(chosen(symbolFilter, Function.identity()),
                chosen(directionFilter, v -> PositionSide.LONG.wire().equals(v) ? PositionSide.LONG
                        : PositionSide.SHORT),
                chosen(categoryFilter, v -> Category.fromWire(v).orElse(null)));
    }

    private static <T> T chosen(ComboBox<String> box, Function<String, T> parse) {
        String v = box.getValue();
        return v == null || ALL.equals(v) ? null : parse.apply(v);
    }

    private void refill() {
        TradeSetFilter f = filter();
        List<TreeItem<TradeSetRow>> items = new ArrayList<>(sets.size());
        for (TradeSet s : sets) {
            if (f.test(s)) items.add(new SetItem(s));
        }
        table.getSelectionModel().clearSelection();
        tableRoot.getChildren().setAll(items);
        count.setText(items.size() == sets.size() ? sets.size() + " TradeSets"
                : items.size() + " of " + sets.size() + " TradeSets");
        if (!table.getSortOrder().isEmpty()) sortRows();
    }

    /** Sorts the set rows only: legs keep booking order, so the cumulative position reads top to bottom. */
    private void sortRows() {
        var comparator = table.getComparator();
        if (comparator == null || table.getSortOrder().isEmpty()) {
            // back to booking order, without rebuilding (expanded rows stay expanded)
            List<TreeItem<TradeSetRow>> items = new ArrayList<>(tableRoot.getChildren());
            java.util.Map<TradeSet, Integer> order = new java.util.IdentityHashMap<>();
            for (int i = 0; i < sets.size(); i++) order.put(sets.get(i), i);
            items.sort(java.util.Comparator.comparingInt(t -> order.getOrDefault(t.getValue().set(), 0)));
            tableRoot.getChildren().setAll(items);
        } else {
            FXCollections.sort(tableRoot.getChildren(), comparator);
        }
    }

    /** Expands the n-th TradeSet shown (for screenshots and tests); false when there is none. */
    public boolean expand(int index) {
        if (index < 0 || index >= tableRoot.getChildren().size()) return false;
        tableRoot.getChildren().get(index).setExpanded(true);
        return true;
    }

    /** The rows as shown: TradeSets and, under expanded ones, their legs. */
    public TreeTableView<TradeSetRow> table() { return table; }

    /** How many TradeSet rows have built their leg rows (they are built when first expanded). */
    public long setsWithLegsBuilt() {
        return tableRoot.getChildren().stream().filter(t -> t instanceof SetItem s && s.legsBuilt()).count();
    }

    public ComboBox<String> sideChooser() { return sideChooser; }

    public ComboBox<String> symbolFilter() { return symbolFilter; }

    public ComboBox<String> directionFilter() { return directionFilter; }

    public ComboBox<String> categoryFilter() { return categoryFilter; }

    private ContextMenu contextMenu() {
        MenuItem copy = new MenuItem("Copy rows");
        copy.setOnAction(e -> copy(false));
        MenuItem copyWithHeader = new MenuItem("Copy rows with header");
        copyWithHeader.setOnAction(e -> copy(true));
        return new ContextMenu(copy, copyWithHeader);
    }

    private void copy(boolean header) {
        List<TradeSetRow> rows = new ArrayList<>();
        for (TreeItem<TradeSetRow> item : table.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null) rows.add(item.getValue());
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(tsv(rows, header));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A row's text in the column with this title (titles as on screen, line breaks included). */
    public String cellText(TradeSetRow row, String columnTitle) {
        for (TradeSetColumns.Spec s : specs) {
            if (s.title().equals(columnTitle)) return s.text().apply(row);
        }
        throw new IllegalArgumentException("no column " + columnTitle);
    }

    /** Tab-separated text of the visible columns, as shown on screen; pastes into a spreadsheet. */
    public String tsv(List<TradeSetRow> rows, boolean header) {
        List<TradeSetColumns.Spec> visible = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (table.getColumns().get(i).isVisible()) visible.add(specs.get(i));
        }
        StringBuilder sb = new StringBuilder();
        if (header) sb.append(String.join("\t", visible.stream().map(c -> c.title().replace('\n', ' ')).toList())).append('\n');
        for (TradeSetRow r : rows) {
            List<String> cells = new ArrayList<>();
            for (TradeSetColumns.Spec s : visible) cells.add(s.text().apply(r));
            sb.append(String.join("\t", cells)).append('\n');
        }
        return sb.toString();
    }

    /**
     * Leg rows read lighter than their TradeSet: a pseudo-class, because changing a style class makes
     * JavaFX re-match the CSS of the row and all its cells, on every scroll step.
     */
    private static final class StyledRow extends TreeTableRow<TradeSetRow> {
        private static final PseudoClass LEG = PseudoClass.getPseudoClass("leg-row");

        @Override
        protected void updateItem(TradeSetRow item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(LEG, !empty && item instanceof TradeSetRow.LegRow);
        }
    }
}
