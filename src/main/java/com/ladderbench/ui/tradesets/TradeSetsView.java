package com.ladderbench.ui.tradesets;

import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.model.Category;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.Quantities;
import com.ladderbench.ui.Selection;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.WorkbenchView;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Every TradeSet of one side of the result, expanding into its legs with the cumulative position
 * after each. Filter by symbol, side and category; sort by any column; copy rows from the context
 * menu. Selecting a row sets {@link Selection#tradeSetProperty()}.
 *
 * <p>A table over a flat list of rows ({@link TradeSetRows}) that behaves as a tree table would: the
 * first column's arrow, a double click on a set, or the right key expands a set; the left key
 * collapses it, or from a leg goes to its set; collapsing a set whose leg is selected selects the set.
 */
public final class TradeSetsView implements WorkbenchView {
    public static final String ID = "tradesets";
    private static final String ALL = "all";
    private static final int SYMBOL_COLUMN = 1;

    private final Selection selection;
    private final BorderPane root = new BorderPane();
    private final TradeSetRows rows = new TradeSetRows();
    private final TableView<TradeSetRow> table;
    private final ComboBox<String> sideChooser = new ComboBox<>();
    private final ComboBox<String> symbolFilter = new ComboBox<>();
    private final ComboBox<String> directionFilter = new ComboBox<>();
    private final ComboBox<String> categoryFilter = new ComboBox<>();
    private final Label count = new Label();
    private Quantities quantities = Quantities.of((com.ladderbench.model.RunResult) null);
    private final List<TradeSetColumns.Spec> specs = TradeSetColumns.specs(() -> quantities);
    private List<ComparisonResult.Side> sides = List.of();
    private List<TradeSet> sets = List.of();
    private final ScrollWarmUp warmUp = new ScrollWarmUp();
    private boolean updating;

    public TradeSetsView(Selection selection) {
        this.selection = selection;
        table = TradeSetsTable.create(specs, rows.expanded(), this::toggle);
        table.setId("tradeSetsTable");
        table.setItems(rows.rows());
        table.addEventFilter(ScrollEvent.SCROLL, e -> warmUp.userScrolled());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setSortPolicy(t -> {
            sortRows();
            return true;
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() < 2) return;
            TradeSetRow item = table.getSelectionModel().getSelectedItem();
            if (item instanceof TradeSetRow.LegRow leg && e.getClickCount() == 2) {
                selection.explainProperty().set(new com.ladderbench.ui.explain.ExplainTarget(sideChooser.getValue(),
                        leg.set().symbol(), leg.leg().timestamp(), true));
            } else if (item instanceof TradeSetRow.SetRow && e.getClickCount() % 2 == 0) {
                // every second click toggles, as a tree table does: four quick clicks expand and collapse
                toggle(table.getSelectionModel().getSelectedIndex());
            }
        });
        // before the table's own keys: with row selection it would only move a cell focus it does not show
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case LEFT, KP_LEFT -> {
                    collapseOrGoToSet(table.getFocusModel().getFocusedIndex());
                    e.consume();
                }
                case RIGHT, KP_RIGHT -> {
                    expandOrGoToFirstLeg(table.getFocusModel().getFocusedIndex());
                    e.consume();
                }
                default -> {
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                selection.tradeSetProperty().set(item == null ? null : item.set()));
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
        List<TradeSet> shown = new ArrayList<>(sets.size());
        for (TradeSet s : sets) {
            if (f.test(s)) shown.add(s);
        }
        table.getSelectionModel().clearSelection();
        rows.setAll(shown);
        warmUp.startIfDue(rows, specs, table);
        count.setText(shown.size() == sets.size() ? sets.size() + " TradeSets"
                : shown.size() + " of " + sets.size() + " TradeSets");
        if (!table.getSortOrder().isEmpty()) sortRows();
    }

    /**
     * Sorts the set rows only: legs stay under their set in booking order, so the cumulative
     * position reads top to bottom; no sort order is booking order. Expanded sets stay expanded.
     */
    private void sortRows() {
        rows.sort(table.getSortOrder().isEmpty() ? null : table.getComparator());
    }

    /** Expands the n-th TradeSet shown (for screenshots and tests); false when there is none. */
    public boolean expand(int index) {
        int row = rows.rowOfSet(index);
        if (row < 0) return false;
        rows.expand(row);
        return true;
    }

    /** Collapses the n-th TradeSet shown; false when there is none. */
    public boolean collapse(int index) {
        int row = rows.rowOfSet(index);
        if (row < 0) return false;
        collapseRow(row);
        return true;
    }

    /** Whether the set of this row shows its legs. */
    public boolean isExpanded(TradeSetRow row) {
        return rows.isExpanded(row.set());
    }

    /** The TradeSet rows shown, in the table's order (without their legs). */
    public List<TradeSetRow.SetRow> setRows() {
        List<TradeSetRow.SetRow> shown = new ArrayList<>();
        for (TradeSetRow r : rows.rows()) {
            if (r instanceof TradeSetRow.SetRow s) shown.add(s);
        }
        return shown;
    }

    /**
     * True while the table's scroll path is being warmed up off screen, after it was first filled with
     * many rows ({@link ScrollWarmUp}); what is shown does not depend on it.
     */
    public ReadOnlyBooleanProperty scrollWarmUpProperty() {
        return warmUp.runningProperty();
    }

    /** The rows as shown: TradeSets and, under expanded ones, their legs. */
    public TableView<TradeSetRow> table() { return table; }

    /** The scroll warm-up's off-screen twin table, held weakly ({@link ScrollWarmUp#twin}). */
    Reference<TableView<TradeSetRow>> scrollWarmUpTwin() {
        return warmUp.twin();
    }

    /** How many TradeSet rows have built their leg rows (they are built when first expanded). */
    public long setsWithLegsBuilt() {
        return rows.setsWithLegsBuilt();
    }

    private void toggle(int row) {
        if (!rows.expand(row)) collapseRow(row);
    }

    /**
     * Collapses the set in this row. A selected leg of it hands its selection to the set, as in a
     * tree; rows selected elsewhere stay selected (the table alone would select the row above).
     */
    private void collapseRow(int row) {
        if (!(rows.rows().get(row) instanceof TradeSetRow.SetRow set) || !rows.isExpanded(set.set())) return;
        int legs = set.set().legs().size();
        List<Integer> kept = new ArrayList<>();
        boolean legSelected = false;
        for (int i : table.getSelectionModel().getSelectedIndices()) {
            if (i > row && i <= row + legs) {
                legSelected = true;
            } else {
                kept.add(i > row ? i - legs : i);
            }
        }
        rows.collapse(row);
        if (!legSelected) return;
        var model = table.getSelectionModel();
        model.clearSelection();
        for (int i : kept) model.select(i);
        model.select(row);
        table.getFocusModel().focus(row);
    }

    /** The left key: an expanded set collapses, a leg goes to its set. */
    private void collapseOrGoToSet(int row) {
        if (row < 0 || row >= rows.rows().size()) return;
        if (rows.rows().get(row) instanceof TradeSetRow.SetRow) {
            collapseRow(row);
        } else {
            focusAndSelect(rows.setRowOf(row));
        }
    }

    /** The right key: a collapsed set expands, an expanded one goes to its first leg. */
    private void expandOrGoToFirstLeg(int row) {
        if (row < 0 || row >= rows.rows().size() || !(rows.rows().get(row) instanceof TradeSetRow.SetRow)) return;
        if (!rows.expand(row)) focusAndSelect(row + 1);
    }

    private void focusAndSelect(int row) {
        table.getSelectionModel().clearAndSelect(row);
        table.getFocusModel().focus(row);
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
        List<TradeSetRow> chosen = new ArrayList<>();
        for (TradeSetRow item : table.getSelectionModel().getSelectedItems()) {
            if (item != null) chosen.add(item);
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(tsv(chosen, header));
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
}
