package com.ladderbench.ui.tradesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.ui.TestResults;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a table of many rows is filled, its scroll path is warmed up off screen: what the analyst
 * sees does not change, and the first wheel steps build no rows.
 */
@ExtendWith(ApplicationExtension.class)
class ScrollWarmUpTest {
    private TradeSetsView view;

    @Start
    void start(Stage stage) {
        view = TradeSetsStage.show(stage);
    }

    private void fill(FxRobot robot, int sets) {
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", TestResults.sets(sets, "BTC-USD")))));
            Parent root = view.node().getScene().getRoot();
            root.applyCss();
            root.layout();
        });
    }

    /** Each row in view: its index, item and offset, and how many row nodes the table has built. */
    private String shown() {
        Map<Integer, String> rows = new TreeMap<>();
        int built = 0;
        for (Node n : view.table().lookupAll(".table-row-cell")) {
            built++;
            TableRow<?> row = (TableRow<?>) n;
            if (row.isVisible() && !row.isEmpty()) rows.put(row.getIndex(), row.getItem() + " @ " + row.getLayoutY());
        }
        return rows + " built " + built;
    }

    private int rowsBuilt() {
        return view.table().lookupAll(".table-row-cell").size();
    }

    @Test
    void aFillOfManyRowsWarmsUpOffScreenLeavingWhatIsShownAndTheSetsCollapsed(FxRobot robot) throws Exception {
        fill(robot, ScrollWarmUp.MIN_ROWS);
        assertTrue(view.scrollWarmUpProperty().get(), "warming up");
        String before = WaitForAsyncUtils.asyncFx(this::shown).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !view.scrollWarmUpProperty().get());
        String after = WaitForAsyncUtils.asyncFx(this::shown).get(10, TimeUnit.SECONDS);
        assertEquals(before.substring(0, before.indexOf(" built")), after.substring(0, after.indexOf(" built")),
                "the same rows in the same places");
        assertEquals(0, view.setsWithLegsBuilt(), "no set of the view expanded");
        assertEquals(ScrollWarmUp.MIN_ROWS, view.table().getItems().size());
        assertEquals(0, view.table().getSelectionModel().getSelectedIndices().size());
    }

    @Test
    void aFillOfFewerRowsDoesNotWarmUp(FxRobot robot) {
        fill(robot, ScrollWarmUp.MIN_ROWS - 1);
        assertFalse(view.scrollWarmUpProperty().get());
    }

    @Test
    void afterTheWarmUpWheelStepsBuildNoRows(FxRobot robot) throws Exception {
        fill(robot, ScrollWarmUp.MIN_ROWS * 2);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !view.scrollWarmUpProperty().get());
        int built = WaitForAsyncUtils.asyncFx(this::rowsBuilt).get(10, TimeUnit.SECONDS);
        ScrollStepFlow<?> flow = (ScrollStepFlow<?>) view.table().lookup(".virtual-flow");
        robot.interact(() -> {
            Parent root = view.node().getScene().getRoot();
            for (int k = 0; k < 40; k++) {
                flow.scrollPixels(k % 2 == 0 ? 66 : 77); // whole rows and half a row
                root.applyCss();
                root.layout();
            }
        });
        assertEquals(built, WaitForAsyncUtils.asyncFx(this::rowsBuilt).get(10, TimeUnit.SECONDS),
                "no row built by a step");
    }

    /**
     * The twin, its scene, cells and snapshot image are garbage once the warm-up ends: nothing of the
     * view, the shared rows or JavaFX keeps them for the rest of the session. A bounded number of
     * collections, each after the FX thread has run what it had queued (a collection can be put off
     * while the software renderer holds the GC locker).
     */
    @Test
    void afterTheWarmUpNothingHoldsItsOffScreenTwin(FxRobot robot) throws Exception {
        fill(robot, ScrollWarmUp.MIN_ROWS);
        Reference<?> twin = WaitForAsyncUtils.asyncFx(view::scrollWarmUpTwin).get(10, TimeUnit.SECONDS);
        assertNotNull(twin.get(), "a twin while warming up");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !view.scrollWarmUpProperty().get());
        for (int i = 0; i < 20 && twin.get() != null; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            System.gc();
        }
        assertNull(twin.get(), "the twin let go of");
    }
}
