package com.ladderbench.ui.tradesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.ui.TestResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.css.PseudoClass;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The TradeSets table's flow skips its full layout pass after a scroll step, and what it shows is
 * what the full pass would show: the same rows, in the same places, nothing stale in view.
 */
@ExtendWith(ApplicationExtension.class)
class ScrollStepFlowTest {
    private static final int SETS = 20_000;
    private TradeSetsView view;

    @Start
    void start(Stage stage) {
        view = TradeSetsStage.show(stage);
    }

    private ScrollStepFlow<?> flow() {
        return (ScrollStepFlow<?>) view.table().lookup(".virtual-flow");
    }

    private void layout() {
        Parent root = view.node().getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    /** Each row in view by its index: its item and its offset from the top of the viewport. */
    private Map<Integer, String> rowsInView() {
        Map<Integer, String> shown = new TreeMap<>();
        for (Node n : view.table().lookupAll(".table-row-cell")) {
            TableRow<?> row = (TableRow<?>) n;
            if (!row.isVisible() || row.isEmpty()) continue;
            double y = row.getLayoutY();
            if (y + row.getHeight() <= 0 || y >= flow().getHeight()) continue;
            assertSame(view.table().getItems().get(row.getIndex()), row.getItem(), "row " + row.getIndex());
            shown.put(row.getIndex(), row.getItem() + " @ " + Math.round(y));
        }
        return shown;
    }

    /** Lays out and asserts that the last change made the flow lay out in full; the new count. */
    private long fullPassAfter(long passes, String change) {
        layout();
        assertTrue(flow().fullPasses() > passes, change + " lays out in full");
        return flow().fullPasses();
    }

    @Test
    void aWheelStepFarDownSkipsTheFullLayoutAndShowsWhatTheFullLayoutWould(FxRobot robot) {
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", TestResults.sets(SETS, "BTC-USD")))));
            for (int i = SETS - 40; i < SETS; i++) view.expand(i);
            view.table().scrollTo(view.table().getItems().size() - 200);
            layout();
        });
        List<Map<Integer, String>> stepped = new ArrayList<>();
        List<Boolean> staleAfterStep = new ArrayList<>();
        robot.interact(() -> {
            for (int k = 0; k < 90; k++) {
                flow().scrollPixels(k % 7 == 0 ? 11 : 66); // whole rows and half a row
                staleAfterStep.add(flow().isStale());
                layout();
                stepped.add(rowsInView());
            }
        });
        assertFalse(staleAfterStep.contains(true), "a scroll step alone leaves the full pass out");
        Map<Integer, String> last = stepped.get(stepped.size() - 1);
        assertEquals(view.table().getItems().size() - 1, last.keySet().stream().mapToInt(i -> i).max().orElseThrow(),
                "the steps reached the last row");
        @SuppressWarnings("unchecked")
        Map<Integer, String>[] full = new Map[1];
        robot.interact(() -> {
            long passes = flow().fullPasses();
            view.table().refresh(); // recreates the cells: the full pass
            layout();
            assertTrue(flow().fullPasses() > passes);
            full[0] = rowsInView();
        });
        assertEquals(full[0], last);
        for (Map<Integer, String> shown : stepped) {
            List<Integer> indices = new ArrayList<>(shown.keySet());
            assertEquals(indices.get(indices.size() - 1) - indices.get(0) + 1, indices.size(), "no gap in " + indices);
        }
    }

    /**
     * Each row in view by its index: odd or even, selected, leg or set, its background, and each cell's
     * text, text colour (the P&L sign) and pseudo-classes: what the CSS made of it.
     */
    private Map<Integer, String> stylesInView() {
        Map<Integer, String> shown = new TreeMap<>();
        for (Node n : view.table().lookupAll(".table-row-cell")) {
            TableRow<?> row = (TableRow<?>) n;
            double y = row.getLayoutY();
            if (!row.isVisible() || row.isEmpty() || y + row.getHeight() <= 0 || y >= flow().getHeight()) continue;
            StringBuilder sb = new StringBuilder().append(row.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName)
                    .sorted().toList()).append(' ').append(row.getBackground().getFills().get(0).getFill());
            for (Node c : row.lookupAll(".table-cell")) {
                TableCell<?, ?> cell = (TableCell<?, ?>) c;
                sb.append(" | ").append(cell.getText()).append(' ').append(cell.getTextFill()).append(' ').append(
                        cell.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName).sorted().toList());
            }
            shown.put(row.getIndex(), sb.toString());
        }
        return shown;
    }

    @Test
    void rowsAStepBringsIntoViewAreStyledAsRowsBuiltFromScratch(FxRobot robot) {
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", TestResults.sets(SETS, "BTC-USD")))));
            for (int i = SETS / 2; i < SETS / 2 + 30; i += 3) view.expand(i);
            view.table().scrollTo(view.table().getItems().size() / 2 - 20);
            view.table().getSelectionModel().select(view.table().getItems().size() / 2 + 55);
            layout();
        });
        @SuppressWarnings("unchecked")
        Map<Integer, String>[] stepped = new Map[2];
        robot.interact(() -> {
            for (int k = 0; k < 25; k++) {
                flow().scrollPixels(k % 5 == 0 ? 11 : 66); // whole rows and half a row, odd and even counts
                layout();
            }
            stepped[0] = stylesInView();
        });
        robot.interact(() -> {
            view.table().refresh(); // recreates the cells and styles them from scratch
            layout();
            stepped[1] = stylesInView();
        });
        assertEquals(stepped[1], stepped[0]);
        assertTrue(stepped[0].values().stream().anyMatch(s -> s.contains("pnl-negative")), "both signs in view");
        assertTrue(stepped[0].values().stream().anyMatch(s -> s.contains("pnl-positive")), "both signs in view");
        assertTrue(stepped[0].values().stream().anyMatch(s -> s.contains("leg-row")), "legs in view");
        assertTrue(stepped[0].values().stream().anyMatch(s -> s.contains("selected")), "the selection in view");
    }

    /** The rows whose cells changed between odd and even while {@code steps} ran: each cell's index then. */
    private List<Integer> rowsTurnedOddOrEven(Runnable steps) {
        List<Integer> turned = new ArrayList<>();
        PseudoClass odd = PseudoClass.getPseudoClass("odd");
        for (Node n : view.table().lookupAll(".table-row-cell")) {
            TableRow<?> row = (TableRow<?>) n;
            row.getPseudoClassStates().addListener((javafx.collections.SetChangeListener<PseudoClass>) c -> {
                if (odd.equals(c.getElementAdded()) || odd.equals(c.getElementRemoved())) turned.add(row.getIndex());
            });
        }
        steps.run();
        return turned;
    }

    @Test
    void aRowAStepBringsIntoViewTakesASpareCellThatWasAlreadyOddOrEvenAsIt(FxRobot robot) {
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", TestResults.sets(SETS, "BTC-USD")))));
            view.table().scrollTo(SETS / 2);
            layout();
            layout(); // the first pass leaves the flow to lay out again; spares are built on a settled flow
            flow().buildSpareCells();
            layout();
        });
        List<Integer> turned = new ArrayList<>();
        robot.interact(() -> turned.addAll(rowsTurnedOddOrEven(() -> {
            // a notch is three rows; the flow's own choice of cells turned 22 rows in these 40 steps
            for (int k = 0; k < 40; k++) {
                flow().scrollPixels(k < 20 ? 66 : -66);
                layout();
            }
        })));
        assertEquals(List.of(), turned);
    }

    @Test
    void cellsAStepScrolledOutOfViewAreHidden(FxRobot robot) {
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", TestResults.sets(SETS, "BTC-USD")))));
            view.table().scrollTo(SETS / 2);
            layout();
            for (int k = 0; k < 5; k++) {
                flow().scrollPixels(-66);
                layout();
            }
        });
        for (Node n : view.table().lookupAll(".table-row-cell")) {
            IndexedCell<?> row = (IndexedCell<?>) n;
            if (!row.isVisible()) continue;
            double y = row.getLayoutY();
            assertTrue(y + row.getHeight() > 0 && y < flow().getHeight(), "row " + row.getIndex() + " at " + y);
        }
    }

    @Test
    void aJumpAChangeOfRowsOrOfSizeLaysOutInFull(FxRobot robot) {
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", TestResults.sets(SETS, "BTC-USD")))));
            layout();
        });
        long[] passes = new long[1];
        robot.interact(() -> {
            passes[0] = flow().fullPasses();
            flow().scrollPixels(66);
            layout();
            assertEquals(passes[0], flow().fullPasses(), "a step: no full pass");
        });
        robot.interact(() -> view.table().scrollTo(SETS / 3));
        robot.interact(() -> passes[0] = fullPassAfter(passes[0], "a jump"));
        robot.interact(() -> view.expand(SETS / 3));
        robot.interact(() -> passes[0] = fullPassAfter(passes[0], "rows inserted"));
        robot.interact(() -> flow().setPosition(0.75));
        robot.interact(() -> passes[0] = fullPassAfter(passes[0], "the scroll bar's thumb dragged"));
        // the view shrinks, not the window: the stage is shared with the test classes that run after this one
        robot.interact(() -> ((Region) view.node()).setMaxHeight(view.table().getHeight() - 100));
        robot.interact(() -> passes[0] = fullPassAfter(passes[0], "a resize"));
        robot.interact(() -> {
            flow().scrollPixels(-66);
            layout();
            assertEquals(passes[0], flow().fullPasses(), "a step again: no full pass");
        });
        assertEquals(view.table().getItems().size(), flow().getCellCount());
    }
}
