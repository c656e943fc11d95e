package com.ladderbench.ui.telemetry;

import com.ladderbench.core.report.TriggerActivity;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.TriggerStats;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * Per-trigger activity of one run (SPEC §5) in the words of the CLI table and the HTML report
 * ({@link TriggerActivity}), so an analyst sees which rung of the ladder fired, filled, made money
 * or was held back. The last column reads "blocked / preempted" as two totals; hovering a cell
 * lists its events by reason.
 */
public final class TriggerTable {
    /** Index of the "blocked / preempted" heading in {@link TriggerActivity#HEADINGS}. */
    static final int HELD = 6;
    /** Why each heading says what it says, in heading order (shown on hover). */
    private static final String[] MEANINGS = {
        "The plan's trigger id",
        "The trigger's category in this run (the baseline turns risk tiers into emergency exits)",
        "Bars on which its entry_rule or exit_rule was true (it fired); a bar counts once",
        "Fills of the orders it placed",
        "Σ quantity of those fills, exact",
        "Σ realized P&L of the legs of those fills, gross of fees",
        "Candidates held back by a guardrail / lost to a higher tier or an overriding entry;"
                + " hover a cell for each reason"};

    private static final double[] WIDTHS = {160, 140, 75, 100, 130, 100, 165};
    private static final double ROW = 24;
    /** Rows shown without scrolling; a plan with more triggers scrolls. */
    private static final int MAX_ROWS = 8;

    private final TableView<TriggerStats> table = new TableView<>();

    public TriggerTable() {
        String[] headings = TriggerActivity.HEADINGS;
        for (int i = 0; i < HELD; i++) {
            int index = i;
            TableColumn<TriggerStats, String> c = new TableColumn<>();
            heading(c, i);
            c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(TriggerActivity.cells(cd.getValue())[index]));
            if (i >= 2) {
                c.setStyle("-fx-alignment: CENTER-RIGHT;");
                c.setComparator(Comparator.comparing(BigDecimal::new)); // figures sort as numbers
            }
            c.setPrefWidth(WIDTHS[i]);
            table.getColumns().add(c);
        }
        TableColumn<TriggerStats, TriggerStats> held = new TableColumn<>();
        heading(held, HELD);
        held.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        held.setComparator(Comparator.comparingLong(TriggerStats::eventTotal));
        held.setCellFactory(col -> new HeldCell());
        held.setPrefWidth(WIDTHS[HELD]);
        table.getColumns().add(held);
        table.setPlaceholder(new Label("No per-trigger activity: imported fills, or a run saved before trigger_stats"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(ROW);
        table.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE) table.getSelectionModel().clearSelection();
        });
    }

    public TableView<TriggerStats> table() { return table; }

    /** Shows a run's triggers in plan order. */
    void show(List<TriggerStats> stats) {
        table.getSortOrder().clear();
        table.getItems().setAll(stats);
        // as tall as its rows (header and border included), so the matrix above keeps the rest
        table.setPrefHeight(ROW * (Math.min(Math.max(stats.size(), 2), MAX_ROWS) + 1) + 14);
    }

    /** Selects the row of a trigger id, or none for null or an id the run does not have. */
    void select(String triggerId) {
        for (TriggerStats t : table.getItems()) {
            if (t.triggerId().equals(triggerId)) {
                table.getSelectionModel().select(t);
                table.scrollTo(t);
                return;
            }
        }
        table.getSelectionModel().clearSelection();
    }

    /** The text of the "blocked / preempted" cell of a trigger. */
    static String heldText(TriggerStats t) {
        Held h = Held.of(t.events());
        return h.blocked() + " / " + h.preempted() + (h.notes() == 0 ? "" : " · " + h.notes() + " note"
                + (h.notes() == 1 ? "" : "s"));
    }

    /** Its events one reason a line, as the CLI table lists them; null when it has none. */
    static String heldByReason(TriggerStats t) {
        if (t.events().isEmpty()) return null;
        return TriggerActivity.cells(t)[HELD].replace(", ", "\n");
    }

    private static void heading(TableColumn<TriggerStats, ?> c, int i) {
        // a graphic, not the column's text, so the heading can explain itself on hover
        Label l = new Label(TriggerActivity.HEADINGS[i]);
        l.setTooltip(new Tooltip(MEANINGS[i]));
        c.setGraphic(l);
        c.setId(TriggerActivity.HEADINGS[i]);
    }

    /**
     * A trigger's events split by what held it back: a guardrail (blocked), a higher tier or an
     * overriding entry (preempted), or a note that did not hold it back at all (dust sweep).
     */
    record Held(long blocked, long preempted, long notes) {
        static Held of(Map<BlockReason, Long> events) {
            long blocked = 0;
            long preempted = 0;
            long notes = 0;
            for (Map.Entry<BlockReason, Long> e : events.entrySet()) {
                switch (e.getKey().kind()) {
                    case GUARDRAIL -> blocked += e.getValue();
                    case PREEMPTION, OVERRIDE -> preempted += e.getValue();
                    case NOTE -> notes += e.getValue();
                }
            }
            return new Held(blocked, preempted, notes);
        }
    }

    private static final class HeldCell extends TableCell<TriggerStats, TriggerStats> {
        HeldCell() {
            setStyle("-fx-alignment: CENTER-RIGHT;");
        }

        @Override
        protected void updateItem(TriggerStats t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(heldText(t));
            String byReason = heldByReason(t);
            setTooltip(byReason == null ? null : new Tooltip(byReason));
        }
    }
}
