package com.ladderbench.ui.tradesets;

import com.ladderbench.model.TradeSet;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.ObservableSet;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * How the TradeSets table looks and scrolls: its columns, rows, cell size and flow. One place, so the
 * table the analyst sees and the off-screen one that warms up its scroll path ({@link ScrollWarmUp})
 * run the same code.
 */
final class TradeSetsTable {
    /** One row height for all: the virtual flow then places 100,000 rows without measuring them. */
    static final double ROW_HEIGHT = 22;

    private TradeSetsTable() {
    }

    /**
     * A table of the given columns (the first the tree column) over no rows yet.
     *
     * @param expanded the sets whose legs are shown (turns the disclosure arrows)
     * @param toggle expands or collapses the set in the given row
     */
    static TableView<TradeSetRow> create(List<TradeSetColumns.Spec> specs, ObservableSet<TradeSet> expanded,
            IntConsumer toggle) {
        TableView<TradeSetRow> table = new TableView<>() {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new TableViewSkin<>(this) {
                    @Override
                    protected VirtualFlow<TableRow<TradeSetRow>> createVirtualFlow() {
                        // a wheel step's layout costs the rows that come into view, not the 100,000 above
                        return new ScrollStepFlow<>(i -> kind(getSkinnable(), i));
                    }
                };
            }
        };
        table.getColumns().add(TradeSetColumns.treeColumn(specs.get(0), expanded, toggle));
        for (TradeSetColumns.Spec s : specs.subList(1, specs.size())) table.getColumns().add(TradeSetColumns.column(s));
        table.setFixedCellSize(ROW_HEIGHT);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No TradeSets: run a plan or open a fills file"));
        table.setRowFactory(t -> new StyledRow());
        return table;
    }

    /** Set rows and leg rows are styled apart (leg rows lighter, their first cell indented). */
    private static int kind(TableView<TradeSetRow> table, int row) {
        List<TradeSetRow> rows = table.getItems();
        return rows != null && row < rows.size() && rows.get(row) instanceof TradeSetRow.LegRow ? 1 : 0;
    }

    /**
     * Leg rows read lighter than their TradeSet: a pseudo-class, because changing a style class makes
     * JavaFX re-match the CSS of the row and all its cells, on every scroll step.
     */
    private static final class StyledRow extends TableRow<TradeSetRow> {
        private static final PseudoClass LEG = PseudoClass.getPseudoClass("leg-row");

        @Override
        protected void updateItem(TradeSetRow item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(LEG, !empty && item instanceof TradeSetRow.LegRow);
        }
    }
}
