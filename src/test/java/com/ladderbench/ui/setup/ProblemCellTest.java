package com.ladderbench.ui.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.Problem;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The problems pane tells a warning (the plan still runs) from an error by its own icon and style, not only its text. */
@ExtendWith(ApplicationExtension.class)
class ProblemCellTest {
    private static final Problem ERROR = new Problem("plan.json", "triggers[1].exit_rule", "col 1: unknown identifier 'rsi14'");
    private static final Problem WARNING = Problem.warning("plan.json", "triggers[5].exit_fraction",
            "absent: this risk_reduce closes the whole position");

    @Start
    void start(Stage stage) {
        ListView<Problem> list = new ListView<>(FXCollections.observableArrayList(ERROR, WARNING));
        list.setId("problems");
        list.setCellFactory(l -> new ProblemCell());
        stage.setScene(new Scene(list, 700, 200));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static ListCell<Problem> cellOf(FxRobot robot, Problem p) {
        return robot.lookup("#problems .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> p.equals(c.getItem())).findFirst().orElseThrow();
    }

    @Test
    void aWarningHasTheWarningIconAndStyleAndAnErrorTheErrorOnes(FxRobot robot) {
        ListCell<Problem> warning = cellOf(robot, WARNING);
        ListCell<Problem> error = cellOf(robot, ERROR);
        assertEquals("warning: plan.json: triggers[5].exit_fraction: absent: this risk_reduce closes the whole position",
                warning.getText());
        assertTrue(warning.getStyleClass().contains("finding-warning"));
        assertFalse(warning.getStyleClass().contains("finding-error"));
        assertEquals(List.of("label", "finding-icon-warning"), ((Label) warning.getGraphic()).getStyleClass());
        assertEquals("\u26A0", ((Label) warning.getGraphic()).getText());

        assertTrue(error.getText().startsWith("error: plan.json: triggers[1].exit_rule"));
        assertTrue(error.getStyleClass().contains("finding-error"));
        assertEquals(List.of("label", "finding-icon-error"), ((Label) error.getGraphic()).getStyleClass());
        assertEquals("\u2716", ((Label) error.getGraphic()).getText());
    }
}
