package com.ladderbench.ui.plan;

import com.ladderbench.model.Plan;
import com.ladderbench.model.Trigger;
import com.ladderbench.ui.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The plan's triggers, one row each, in plan order (the order that breaks confidence ties). */
final class TriggersTable {
    private final TableView<Trigger> table = new TableView<>();

    TriggersTable() {
        table.setId("triggersTable");
        table.setPlaceholder(new Label("No plan: the result on screen was not made from one"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        add("id", 130, Trigger::id);
        add("symbol", 80, Trigger::symbol);
        add("timeframe", 70, t -> Formats.orBlank(t.timeframe()));
        add("direction", 70, t -> Formats.orBlank(t.direction()));
        add("category", 130, t -> Formats.orBlank(t.category()));
        add("confidence", 75, t -> t.confidenceGrade() == null ? "" : t.confidenceGrade().name());
        add("exit_fraction", 85, t -> t.exitFraction() == null ? "" : Formats.decimal(t.exitFraction()));
        add("stop %", 60, t -> t.stopLossPct() == null ? "" : Formats.decimal(t.stopLossPct()));
        add("rules", 600, TriggersTable::rules);
    }

    private void add(String title, double width, Function<Trigger, String> text) {
        TableColumn<Trigger, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // long rules are cut by the column: the tooltip has them whole
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        table.getColumns().add(c);
    }

    static String rules(Trigger t) {
        List<String> parts = new ArrayList<>();
        if (t.entryRule() != null) parts.add("entry: " + t.entryRule());
        if (t.exitRule() != null) parts.add("exit: " + t.exitRule());
        if (t.holdRule() != null) parts.add("hold: " + t.holdRule());
        return String.join("   |   ", parts);
    }

    TableView<Trigger> node() {
        return table;
    }

    void show(Plan plan) {
        table.setItems(FXCollections.observableArrayList(plan == null ? List.of() : plan.triggers()));
    }
}
