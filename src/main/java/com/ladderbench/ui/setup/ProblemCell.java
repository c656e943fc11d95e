package com.ladderbench.ui.setup;

import com.ladderbench.model.Problem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

/**
 * A problem in a list: {@code error: ...} or {@code warning: ...} with its own icon and colour,
 * so a warning (the plan still runs) is told from an error (it cannot) at a glance.
 */
public final class ProblemCell extends ListCell<Problem> {
    /** One icon per cell, restyled as the cell is reused for another problem. */
    private final Label icon = new Label();

    @Override
    protected void updateItem(Problem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("finding-error", "finding-warning");
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(item.renderTagged());
        icon.setText(item.isWarning() ? "\u26A0" : "\u2716");
        icon.getStyleClass().removeAll("finding-icon-error", "finding-icon-warning");
        icon.getStyleClass().add(item.isWarning() ? "finding-icon-warning" : "finding-icon-error");
        icon.setMouseTransparent(true); // a click on the icon is a click on the problem
        setGraphic(icon);
        getStyleClass().add(item.isWarning() ? "finding-warning" : "finding-error");
    }
}
