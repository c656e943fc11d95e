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
import javafx.scene.control.TableColumn;
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

    /** The TradeSet rows shown, in order. */
    private static List<TradeSetRow.SetRow> rows(TradeSetsView v) {
        return v.setRows();
    }

    /** The leg rows shown right under the set row (none while it is collapsed). */
    private static List<TradeSetRow.LegRow> legsUnder(TradeSetsView v, TradeSetRow set) {
        List<TradeSetRow> all = v.table().getItems();
        List<TradeSetRow.LegRow> legs = new ArrayList<>();
        for (int i = all.indexOf(set) + 1; i < all.size() && all.get(i) instanceof TradeSetRow.LegRow l; i++) {
            legs.add(l);
        }
        return legs;
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
        TradeSetRow set = rows(view).get(1);
        List<String> positions = new ArrayList<>();
        for (TradeSetRow leg : legsUnder(view, set)) {
            positions.add(view.tsv(List.of(leg), false).split("\t")[column("Position\nafter")]);
        }
        // the default lot (1e-8) has eight decimals: every quantity shows them, so the column lines up
        assertEquals(List.of("1.00000000", "2.00000000", "0"), positions);
    }

    private int column(String title) {
        List<TableColumn<TradeSetRow, ?>> cols = view.table().getColumns();
        int visibleIndex = 0;
        for (TableColumn<TradeSetRow, ?> c : cols) {
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
        String[] cells = view.tsv(List.of(rows(view).get(0)), false).split("\t", -1);
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
            pnl.setSortType(TableColumn.SortType.DESCENDING);
            view.table().getSortOrder().setAll(List.of(pnl));
        });
        List<Double> pnls = rows(view).stream().map(r -> r.set().pnlNet()).toList();
        List<Double> sorted = new ArrayList<>(pnls);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, pnls);
        for (TradeSetRow r : rows(view)) {
            if (!view.isExpanded(r)) continue;
            List<TradeLeg> legs = legsUnder(view, r).stream().map(TradeSetRow.LegRow::leg).toList();
            assertEquals(r.set().legs(), legs);
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
        assertTrue(rows(view).stream().allMatch(r -> r.set().legs().stream()
                .anyMatch(l -> l.category() == Category.EMERGENCY_EXIT)));
        robot.interact(() -> {
            view.categoryFilter().setValue("all");
            view.directionFilter().setValue("short");
        });
        assertEquals(List.of("S000001"), rows(view).stream().map(r -> r.set().symbol().equals("ETH-USD")
                ? r.set().setId() : "?").toList());
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
        robot.interact(() -> view.table().getSelectionModel().select(legsUnder(view, rows(view).get(2)).get(1)));
        assertSame(sets.get(2), selection.tradeSetProperty().get());
    }

    @Test
    void copiedRowsAreTabSeparatedWithAHeader(FxRobot robot) {
        var sets = TestResults.sets(2, "BTC-USD");
        robot.interact(() -> view.show(TestResults.result(List.of(TestResults.side("ladder", sets)))));
        String text = view.tsv(List.of(rows(view).get(0), rows(view).get(1)), true);
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
        TradeSetRow set = rows(view).get(0);
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
        var cells = robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class);
        java.util.Map<com.ladderbench.ui.charts.LegKind, Integer> seen = new java.util.EnumMap<>(
                com.ladderbench.ui.charts.LegKind.class);
        for (javafx.scene.control.TableCell<?, ?> cell : cells) {
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

    /** Every leg row sits right under its own set, its set's legs complete and in booking order. */
    private static void assertEachSetsLegsRightUnderIt(TradeSetsView v) {
        List<TradeSetRow> all = v.table().getItems();
        for (int i = 0; i < all.size(); i++) {
            if (!(all.get(i) instanceof TradeSetRow.SetRow set)) continue;
            List<TradeLeg> shown = legsUnder(v, set).stream().map(TradeSetRow.LegRow::leg).toList();
            assertEquals(v.isExpanded(set) ? set.set().legs() : List.of(), shown, set.set().setId());
            for (TradeSetRow.LegRow leg : legsUnder(v, set)) assertSame(set.set(), leg.set());
        }
    }

    private void sortBy(String title, TableColumn.SortType type) {
        var column = view.table().getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
        column.setSortType(type);
        view.table().getSortOrder().setAll(List.of(column));
    }

    @Test
    void expandingASetInsertsItsLegsRightUnderItAndCollapsingRemovesThem(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(3, "BTC-USD");
        robot.interact(() -> view.show(TestResults.result(List.of(TestResults.side("ladder", sets)))));
        assertEquals(3, view.table().getItems().size());
        robot.interact(() -> view.expand(1));
        List<TradeSetRow> items = view.table().getItems();
        assertEquals(6, items.size());
        assertSame(sets.get(0), items.get(0).set());
        assertSame(sets.get(1), items.get(1).set());
        assertEquals(sets.get(1).legs(), items.subList(2, 5).stream().map(r -> ((TradeSetRow.LegRow) r).leg()).toList());
        assertSame(sets.get(2), items.get(5).set());
        assertEquals(1, view.setsWithLegsBuilt());
        TradeSetRow firstLeg = items.get(2);
        robot.interact(() -> view.collapse(1));
        assertEquals(List.of(sets.get(0), sets.get(1), sets.get(2)), view.table().getItems().stream().map(TradeSetRow::set).toList());
        assertFalse(view.isExpanded(view.setRows().get(1)));
        // expanding again shows the same leg rows (so a selected leg stays the same row)
        robot.interact(() -> view.expand(1));
        assertSame(firstLeg, view.table().getItems().get(2));
        assertFalse(view.expand(3), "no fourth set");
    }

    @Test
    void sortingKeepsEachExpandedSetsLegsRightUnderItAndUnsortingRestoresBookingOrder(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(10, "BTC-USD");
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", sets))));
            view.expand(0);
            view.expand(3);
            view.expand(9);
            sortBy("P&L", TableColumn.SortType.DESCENDING);
        });
        // even sets gain 6, odd ones lose 6 (TestResults.sets): gains first, each group in booking order
        assertEquals(List.of("S000001", "S000003", "S000005", "S000007", "S000009", "S000002", "S000004", "S000006",
                "S000008", "S000010"), view.setRows().stream().map(r -> r.set().setId()).toList());
        assertEquals(10 + 3 * 3, view.table().getItems().size());
        assertEachSetsLegsRightUnderIt(view);
        robot.interact(() -> sortBy("P&L", TableColumn.SortType.ASCENDING));
        assertEquals("S000002", view.setRows().get(0).set().setId());
        assertEachSetsLegsRightUnderIt(view);
        robot.interact(() -> view.table().getSortOrder().clear());
        assertEquals(sets, view.setRows().stream().map(TradeSetRow::set).toList());
        assertEachSetsLegsRightUnderIt(view);
        assertEquals(3, view.setRows().stream().filter(view::isExpanded).count(), "sorting collapses nothing");
    }

    @Test
    void aFilteredSetExpandsIntoItsOwnLegs(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(20, "BTC-USD");
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", sets))));
            view.categoryFilter().setValue(Category.EMERGENCY_EXIT.wire());
            view.expand(1);
        });
        // every 5th set ends in an emergency exit: the second one shown is set 5 (S000006)
        assertEquals(List.of("S000001", "S000006", "S000011", "S000016"),
                view.setRows().stream().map(r -> r.set().setId()).toList());
        assertEquals(sets.get(5).legs(), legsUnder(view, view.setRows().get(1)).stream().map(TradeSetRow.LegRow::leg).toList());
        assertEachSetsLegsRightUnderIt(view);
        robot.interact(() -> view.categoryFilter().setValue("all"));
        assertEquals(20, view.table().getItems().size(), "a new filter shows its sets collapsed");
    }

    @Test
    void theSelectedRowsStaySelectedWhenTheTableIsSorted(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(10, "BTC-USD");
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", sets))));
            view.expand(4);
        });
        TradeSetRow leg = legsUnder(view, view.setRows().get(4)).get(2);
        TradeSetRow set = view.setRows().get(7);
        robot.interact(() -> {
            view.table().getSelectionModel().select(set);
            view.table().getSelectionModel().select(leg);
        });
        robot.interact(() -> sortBy("P&L", TableColumn.SortType.ASCENDING));
        assertEquals(java.util.Set.of(set, leg), java.util.Set.copyOf(view.table().getSelectionModel().getSelectedItems()));
        assertSame(leg, view.table().getSelectionModel().getSelectedItem());
        assertSame(sets.get(4), selection.tradeSetProperty().get(), "the price chart still frames the leg's set");
        robot.interact(() -> view.table().getSortOrder().clear());
        assertEquals(java.util.Set.of(set, leg), java.util.Set.copyOf(view.table().getSelectionModel().getSelectedItems()));
    }

    @Test
    void theArrowExpandsASetWithoutSelectingItAndTurnsWhileExpanded(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(3, "BTC-USD");
        robot.interact(() -> view.show(TestResults.result(List.of(TestResults.side("ladder", sets)))));
        javafx.scene.Node arrow = robot.lookup("#tradeSetsTable .set-disclosure").nth(1).query();
        robot.clickOn(arrow);
        assertTrue(view.isExpanded(view.setRows().get(1)));
        assertEquals(sets.get(1).legs().size() + 3, view.table().getItems().size());
        assertTrue(view.table().getSelectionModel().isEmpty(), "the arrow does not select its row");
        assertTrue(arrow.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("expanded")));
        robot.clickOn(arrow);
        assertFalse(view.isExpanded(view.setRows().get(1)));
        assertFalse(arrow.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("expanded")));
        assertEquals(3, view.table().getItems().size());
    }

    @Test
    void aDoubleClickOnASetRowExpandsAndCollapsesIt(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(3, "BTC-USD");
        robot.interact(() -> view.show(TestResults.result(List.of(TestResults.side("ladder", sets)))));
        javafx.scene.Node row = robot.lookup("#tradeSetsTable .table-row-cell")
                .match((javafx.scene.control.TableRow<TradeSetRow> r) -> r.getItem() == view.setRows().get(0)).query();
        robot.doubleClickOn(row);
        assertTrue(view.isExpanded(view.setRows().get(0)));
        robot.doubleClickOn(row);
        assertFalse(view.isExpanded(view.setRows().get(0)));
    }

    @Test
    void rightExpandsThenGoesToTheFirstLegAndLeftGoesBackToTheSetThenCollapsesIt(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(3, "BTC-USD");
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", sets))));
            view.table().requestFocus();
            view.table().getSelectionModel().clearAndSelect(1);
            view.table().getFocusModel().focus(1);
        });
        TradeSetRow set = view.setRows().get(1);
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertTrue(view.isExpanded(set));
        assertSame(set, view.table().getSelectionModel().getSelectedItem(), "expanding keeps the set selected");
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertSame(sets.get(1).legs().get(0), ((TradeSetRow.LegRow) view.table().getSelectionModel().getSelectedItem()).leg());
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertSame(sets.get(1).legs().get(1), ((TradeSetRow.LegRow) view.table().getSelectionModel().getSelectedItem()).leg());
        robot.type(javafx.scene.input.KeyCode.LEFT);
        assertSame(set, view.table().getSelectionModel().getSelectedItem(), "left on a leg goes to its set");
        assertTrue(view.isExpanded(set));
        robot.type(javafx.scene.input.KeyCode.LEFT);
        assertFalse(view.isExpanded(set));
        assertSame(set, view.table().getSelectionModel().getSelectedItem());
        robot.type(javafx.scene.input.KeyCode.LEFT);
        assertEquals(3, view.table().getItems().size(), "left on a collapsed set does nothing");
        assertSame(set, view.table().getSelectionModel().getSelectedItem());
    }

    @Test
    void collapsingASetWhoseLegIsSelectedSelectsTheSet(FxRobot robot) {
        List<TradeSet> sets = TestResults.sets(3, "BTC-USD");
        robot.interact(() -> {
            view.show(TestResults.result(List.of(TestResults.side("ladder", sets))));
            view.expand(0);
            view.expand(2);
        });
        TradeSetRow set = view.setRows().get(2);
        robot.interact(() -> view.table().getSelectionModel().clearAndSelect(view.table().getItems().indexOf(set) + 2));
        robot.interact(() -> view.collapse(2));
        assertEquals(List.of(set), List.copyOf(view.table().getSelectionModel().getSelectedItems()));
        assertSame(sets.get(2), selection.tradeSetProperty().get());
        // a leg of another set selected: collapsing this one leaves the selection alone
        TradeSetRow otherLeg = view.table().getItems().get(1);
        robot.interact(() -> {
            view.expand(2);
            view.table().getSelectionModel().clearAndSelect(1);
            view.collapse(2);
        });
        assertEquals(List.of(otherLeg), List.copyOf(view.table().getSelectionModel().getSelectedItems()));
    }
}
