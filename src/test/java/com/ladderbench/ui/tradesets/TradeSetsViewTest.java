package com.ladderbench.ui.tradesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.Category;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.Formats;
import com.ladderbench.ui.Selection;
import com.ladderbench.ui.Styles;
import com.ladderbench.ui.TestResults;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TradeSetsViewTest {
    private final Selection selection = new Selection();
    private TradeSetsView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new TradeSetsView(selection);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), 1400, 900);
        Styles.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static List<TreeItem<TradeSetRow>> rows(TradeSetsView v) {
        return v.table().getRoot().getChildren();
    }

    @Test
    void hundredThousandTradeSetsLoadInUnderASecondWithoutBuildingTheirLegs(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(100_000, "BTC-USD");
        var result = TestResults.result(List.of(TestResults.side("ladder", sets)));
        long[] nanos = new long[4];
        // warm-up on a small result: the figure is the load, not the first use of the table's classes
        var small = TestResults.result(List.of(TestResults.side("ladder", TestResults.sets(1_000, "BTC-USD"))));
        robot.interact(() -> {
            view.show(small);
            ((javafx.scene.Parent) view.node()).layout();
        });
        robot.interact(() -> {
            long t0 = System.nanoTime();
            view.show(result);
            view.node().applyCss();
            ((javafx.scene.Parent) view.node()).layout();
            nanos[0] = System.nanoTime() - t0;
            // scroll to the middle and to the end: only the visible rows get cells
            long t1 = System.nanoTime();
            view.table().scrollTo(50_000);
            ((javafx.scene.Parent) view.node()).layout();
            view.table().scrollTo(99_990);
            ((javafx.scene.Parent) view.node()).layout();
            nanos[1] = System.nanoTime() - t1;
            // smooth scrolling: 30 small steps (3 rows each) around the middle, as a wheel would
            view.table().scrollTo(50_000);
            ((javafx.scene.Parent) view.node()).layout();
            long ts = System.nanoTime();
            for (int k = 1; k <= 30; k++) {
                view.table().scrollTo(50_000 + 3 * k);
                ((javafx.scene.Parent) view.node()).layout();
            }
            nanos[3] = (System.nanoTime() - ts) / 30;
            long t2 = System.nanoTime();
            view.expand(99_995);
            ((javafx.scene.Parent) view.node()).layout();
            nanos[2] = System.nanoTime() - t2;
        });
        double loadMs = nanos[0] / 1e6;
        double stepMs = nanos[3] / 1e6;
        System.out.printf("TradeSets view: 100000 sets loaded and laid out in %.0f ms; two scroll jumps %.0f ms;"
                + " scroll step %.1f ms; expand one %.1f ms%n", loadMs, nanos[1] / 1e6, stepMs, nanos[2] / 1e6);
        assertEquals(100_000, rows(view).size());
        assertEquals(1, view.setsWithLegsBuilt(), "legs are built for the expanded set only");
        // the figure above is the measurement (well under a second here); the bounds only catch a
        // regression by an order of magnitude, so a busy CI machine does not fail the build
        assertTrue(loadMs < 5_000, "loading 100,000 TradeSets took " + loadMs + " ms");
        assertTrue(stepMs < 1_000, "a scroll step took " + stepMs + " ms");
    }

    @Test
    void expandingASetShowsItsLegsWithTheCumulativePositionAfterEach(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(3, "BTC-USD");
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", sets))));
            view.expand(1);
        });
        TreeItem<TradeSetRow> set = rows(view).get(1);
        List<String> positions = new ArrayList<>();
        for (TreeItem<TradeSetRow> leg : set.getChildren()) {
            positions.add(view.tsv(List.of(leg.getValue()), false).split("\t")[column("Position\nafter")]);
        }
        // the default lot (1e-8) has eight decimals: every quantity shows them, so the column lines up
        assertEquals(List.of("1.00000000", "2.00000000", "0"), positions);
    }

    private int column(String title) {
        List<TreeTableColumn<TradeSetRow, ?>> cols = view.table().getColumns();
        int visibleIndex = 0;
        for (TreeTableColumn<TradeSetRow, ?> c : cols) {
            if (!c.isVisible()) continue;
            if (c.getText().equals(title)) return visibleIndex;
            visibleIndex++;
        }
        throw new AssertionError("no column " + title);
    }

    @Test
    void aOneEntryOneExitSetReadsLikeThePairedRow(FxRobot robot) {
        TradeSet paired = TestResults.pairedShort();
        robot.interact(() -> view.show(TestResults.result(List.of(TestResults.side("fills", List.of(paired))))));
        String[] cells = view.tsv(List.of(rows(view).get(0).getValue()), false).split("\t", -1);
        assertEquals("short", cells[column("Side")]);
        assertEquals(Formats.time(paired.openedAt()), cells[column("Opened / time")]);
        assertEquals(Formats.time(paired.closedAt()), cells[column("Closed")]);
        assertEquals("50.00", cells[column("Entry\nprice")]);
        assertEquals("45.00", cells[column("Exit\nprice")]);
        assertEquals("9.80", cells[column("P&L")]);
        assertEquals("1.96", cells[column("R")]);
        assertEquals("short_entry → cover", cells[column("Trigger (entry → exit)")]);
    }

    @Test
    void sortingByPnlOrdersTheSetsAndKeepsEachSetsLegsInBookingOrder(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(10, "BTC-USD");
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", sets))));
            view.expand(0);
            var pnl = view.table().getColumns().stream().filter(c -> c.getText().equals("P&L")).findFirst().orElseThrow();
            pnl.setSortType(TreeTableColumn.SortType.DESCENDING);
            view.table().getSortOrder().setAll(List.of(pnl));
        });
        List<Double> pnls = rows(view).stream().map(r -> r.getValue().set().pnlNet()).toList();
        List<Double> sorted = new ArrayList<>(pnls);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, pnls);
        for (TreeItem<TradeSetRow> r : rows(view)) {
            if (!r.isExpanded()) continue;
            List<TradeLeg> legs = r.getChildren().stream().map(c -> ((TradeSetRow.LegRow) c.getValue()).leg()).toList();
            assertEquals(r.getValue().set().legs(), legs);
        }
    }

    @Test
    void filtersBySymbolSideAndLegCategory(FxRobot robot) {
        List<TradeSet> sets = new ArrayList<>(TestResults.sets(20, "BTC-USD"));
        sets.add(TestResults.pairedShort());
        robot.interact(() -> view.show(TestResults.result(List.of(TestResults.side("ladder", sets)))));
        assertEquals(21, rows(view).size());
        robot.interact(() -> view.categoryFilter().setValue(Category.EMERGENCY_EXIT.wire()));
        assertEquals(4, rows(view).size());
        assertTrue(rows(view).stream().allMatch(r -> r.getValue().set().legs().stream()
                .anyMatch(l -> l.category() == Category.EMERGENCY_EXIT)));
        robot.interact(() -> {
            view.categoryFilter().setValue("all");
            view.directionFilter().setValue("short");
        });
        assertEquals(List.of("S000001"), rows(view).stream().map(r -> r.getValue().set().symbol().equals("ETH-USD")
                ? r.getValue().set().setId() : "?").toList());
        robot.interact(() -> {
            view.directionFilter().setValue("all");
            view.symbolFilter().setValue("BTC-USD");
        });
        assertEquals(20, rows(view).size());
        assertEquals("20 of 21 TradeSets", robot.lookup("#tradeSetCount").queryLabeled().getText());
    }

    @Test
    void theAnalystChoosesWhichSidesTradeSetsToShowLadderFirst(FxRobot robot) {
        var ladder = TestResults.sets(5, "BTC-USD");
        var baseline = TestResults.sets(8, "BTC-USD");
        robot.interact(() -> view.show(TestResults.result(List.of(TestResults.side("ladder", ladder),
                TestResults.side("baseline", baseline)))));
        assertEquals("ladder", view.sideChooser().getValue());
        assertEquals(5, rows(view).size());
        robot.interact(() -> view.sideChooser().setValue("baseline"));
        assertEquals(8, rows(view).size());
    }

    @Test
    void selectingALegSelectsItsTradeSet(FxRobot robot) {
        var sets = TestResults.sets(3, "BTC-USD");
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", sets))));
            view.expand(2);
        });
        robot.interact(() -> view.table().getSelectionModel().select(rows(view).get(2).getChildren().get(1)));
        assertSame(sets.get(2), selection.tradeSetProperty().get());
    }

    @Test
    void copiedRowsAreTabSeparatedWithAHeader(FxRobot robot) {
        var sets = TestResults.sets(2, "BTC-USD");
        robot.interact(() -> view.show(TestResults.result(List.of(TestResults.side("ladder", sets)))));
        String text = view.tsv(List.of(rows(view).get(0).getValue(), rows(view).get(1).getValue()), true);
        String[] lines = text.split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("Set / leg\tSide\tOpened / time"), lines[0]);
        assertTrue(lines[1].startsWith("S000001\tlong\t"), lines[1]);
        assertFalse(text.contains("\n\n"));
    }

    @Test
    void setRowsLeaveNoColumnEmptyAndQuantitiesReadAtTheLotSizesPrecision(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(3, "BTC-USD");
        var config = com.ladderbench.model.RunConfig.defaults().toBuilder().lotSize(0.01).build();
        var side = new com.ladderbench.core.compare.ComparisonResult.Side("ladder", TestResults.run("ladder", sets, config));
        robot.interact(() -> view.show(TestResults.result(List.of(side))));
        TradeSetRow set = rows(view).get(0).getValue();
        String[] cells = view.tsv(List.of(set), false).split("\t", -1);
        String[] header = view.tsv(List.of(), true).split("\t", -1);
        for (int i = 0; i < cells.length; i++) {
            assertFalse(cells[i].isBlank(), "the set row's " + header[i].trim() + " is filled");
        }
        assertEquals("2.00", view.cellText(set, "Qty"), "quantity entered in all, two decimals for a 0.01 lot");
        assertEquals("0", view.cellText(set, "Position\nafter"), "exactly flat once closed");
        assertEquals("101.00", view.cellText(set, "WAC"), "the WAC the last leg booked against");
        assertEquals("entry, scale-in, emergency_exit", view.cellText(set, "Category / reason"));
        assertEquals("n/a", view.cellText(set, "R"), "no stop, no R");
        TradeSetRow leg = new TradeSetRow.LegRow(sets.get(0), sets.get(0).legs().get(1));
        assertEquals("1.00", view.cellText(leg, "Qty"));
        assertEquals("2.00", view.cellText(leg, "Position\nafter"));
        assertEquals("scale-in · trend_continuation / scale_in", view.cellText(leg, "Category / reason"));
    }

    @Test
    void eachLegsCategoryCellIsMarkedInThePriceChartsColourAndShapeForItsKind(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(2, "BTC-USD");
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", sets))));
            view.expand(0);
            view.expand(1);
            ((javafx.scene.Parent) view.node()).layout();
        });
        var cells = robot.lookup(".tree-table-cell").queryAllAs(javafx.scene.control.TreeTableCell.class);
        java.util.Map<com.ladderbench.ui.charts.LegKind, Integer> seen = new java.util.EnumMap<>(
                com.ladderbench.ui.charts.LegKind.class);
        for (javafx.scene.control.TreeTableCell<?, ?> cell : cells) {
            if (cell.isEmpty() || !(cell.getItem() instanceof TradeSetRow.LegRow leg)) continue;
            if (!cell.getTableColumn().getText().equals("Category / reason")) continue;
            var kind = com.ladderbench.ui.charts.LegKind.of(leg.set(), leg.leg());
            assertTrue(cell.getText().startsWith(kind.label()), cell.getText());
            javafx.scene.canvas.Canvas icon = (javafx.scene.canvas.Canvas) cell.getGraphic();
            javafx.scene.paint.Color[] centre = new javafx.scene.paint.Color[1];
            robot.interact(() -> centre[0] = icon.snapshot(null, null).getPixelReader()
                    .getColor((int) (icon.getWidth() / 2), (int) (icon.getHeight() / 2)));
            assertEquals(kind.color().getRed(), centre[0].getRed(), 0.02, kind + " " + centre[0]);
            assertEquals(kind.color().getGreen(), centre[0].getGreen(), 0.02, kind + " " + centre[0]);
            assertEquals(kind.color().getBlue(), centre[0].getBlue(), 0.02, kind + " " + centre[0]);
            seen.merge(kind, 1, Integer::sum);
        }
        // set 1 ends in risk_off, set 0 in an emergency exit (TestResults.sets)
        assertEquals(java.util.Set.of(com.ladderbench.ui.charts.LegKind.ENTRY, com.ladderbench.ui.charts.LegKind.SCALE_IN,
                com.ladderbench.ui.charts.LegKind.EMERGENCY_EXIT, com.ladderbench.ui.charts.LegKind.RISK_OFF), seen.keySet());
    }
}
