package com.ladderbench.ui.telemetry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.compare.BaselineMode;
import com.ladderbench.core.compare.Comparison;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.core.report.TriggerActivity;
import com.ladderbench.core.samples.Samples;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Fill;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.TriggerStats;
import com.ladderbench.ui.Selection;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.charts.Fixtures;
import com.ladderbench.ui.charts.Snapshots;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The per-trigger activity table of the Telemetry view and the trigger selection it drives. */
@ExtendWith(ApplicationExtension.class)
class TriggerTableTest {
    private final Selection selection = new Selection();
    private TelemetryView view;

    @Start
    void start(Stage stage) {
        view = new TelemetryView(selection);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1400, 900));
        stage.show();
    }

    private WorkbenchResult shown(WorkbenchResult r) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.show(r)).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return r;
    }

    private static String cell(TableView<TriggerStats> table, int row, int column) {
        TableColumn<TriggerStats, ?> c = table.getColumns().get(column);
        Object v = c.getCellData(row);
        return v instanceof TriggerStats t ? TriggerTable.heldText(t) : (String) v;
    }

    private void select(String triggerId) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> selection.triggerProperty().set(triggerId)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTableShowsTheRunsTriggerStatsInPlanOrderInTheWordsOfTheCliTable() throws Exception {
        RunResult ladder = shown(Fixtures.sample()).primary();
        TableView<TriggerStats> table = view.triggerTable();
        assertEquals(ladder.triggerStats(), table.getItems(), "one row per trigger, in plan order");
        assertEquals(ladder.plan().triggers().size(), table.getItems().size(), "every trigger of the plan");
        assertEquals(TriggerActivity.HEADINGS.length, table.getColumns().size());
        for (int c = 0; c < TriggerActivity.HEADINGS.length; c++) {
            assertEquals(TriggerActivity.HEADINGS[c], table.getColumns().get(c).getId());
        }
        for (int row = 0; row < table.getItems().size(); row++) {
            TriggerStats t = ladder.triggerStats().get(row);
            String[] cli = TriggerActivity.cells(t);
            for (int c = 0; c < TriggerTable.HELD; c++) assertEquals(cli[c], cell(table, row, c), t.triggerId() + " col " + c);
            // the figures agree with the run's own fills and event log, not only with trigger_stats
            List<Fill> fills = ladder.fills().stream().filter(f -> f.triggerId().equals(t.triggerId())).toList();
            assertEquals(fills.size(), t.ordersFilled(), t.triggerId() + " fills");
            BigDecimal qty = fills.stream().map(Fill::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, qty.compareTo(t.qtyTraded()), t.triggerId() + " qty");
            long events = ladder.events().stream().filter(e -> e.triggerId().equals(t.triggerId())).count();
            TriggerTable.Held held = TriggerTable.Held.of(t.events());
            assertEquals(events, held.blocked() + held.preempted() + held.notes(), t.triggerId() + " events");
        }
        assertTrue(ladder.triggerStats().stream().anyMatch(t -> t.ordersFilled() > 0), "some rung traded");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(view.node(), "telemetry-triggers")).get(20, TimeUnit.SECONDS);
    }

    @Test
    void blockedCountsGuardrailsAndPreemptedCountsHigherTiersAndOverridesPerReasonOnHover() {
        Map<BlockReason, Long> events = new EnumMap<>(BlockReason.class);
        events.put(BlockReason.COOLDOWN, 19L);
        events.put(BlockReason.MIN_HOLD, 4L);
        events.put(BlockReason.RISK_OFF_PREEMPTS_EXIT, 8L);
        events.put(BlockReason.ENTRY_OVERRIDES_RISK_OFF, 2L);
        events.put(BlockReason.DUST_SWEEP, 1L);
        TriggerStats t = new TriggerStats("trim", "BTC-USD", com.ladderbench.model.Category.RISK_REDUCE, 3, 2,
                new BigDecimal("0.5"), 10.0, events);
        assertEquals(new TriggerTable.Held(23, 10, 1), TriggerTable.Held.of(t.events()));
        assertEquals("23 / 10 · 1 note", TriggerTable.heldText(t));
        assertEquals("min_hold 4\ncooldown 19\ndust_sweep 1\nrisk_off_preempts_exit 8\nentry_overrides_risk_off 2",
                TriggerTable.heldByReason(t), "each reason on a line, in the CLI table's (the reasons') order");
        TriggerStats quiet = new TriggerStats("calm", "BTC-USD", com.ladderbench.model.Category.RISK_OFF, 0, 0,
                BigDecimal.ZERO, 0.0, Map.of());
        assertEquals("0 / 0", TriggerTable.heldText(quiet));
        assertNull(TriggerTable.heldByReason(quiet), "nothing to list on hover");
    }

    @Test
    void clickingATriggerFiltersTheLogToItsEventsAndClearingRestoresEveryEvent(FxRobot robot) throws Exception {
        RunResult ladder = shown(Fixtures.sample()).primary();
        TriggerStats trim = ladder.triggerStats().stream()
                .filter(t -> t.eventTotal() > 0 && t.eventTotal() < ladder.events().size()).findFirst().orElseThrow();
        int row = ladder.triggerStats().indexOf(trim);
        robot.clickOn(robot.from(view.triggerTable()).lookup(".table-row-cell").nth(row).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(trim.triggerId(), selection.triggerProperty().get(), "the trigger is selected workbench-wide");
        assertEquals(trim.triggerId(), view.triggerFilter().getValue(), "the log's trigger filter shows it");
        List<BlockEvent> shown = List.copyOf(view.eventLog().getItems());
        assertEquals(ladder.events().stream().filter(e -> e.triggerId().equals(trim.triggerId())).toList(), shown,
                "exactly its events, in log order");
        assertEquals(trim.eventTotal(), shown.size(), "as many as its row counts");

        robot.clickOn("All triggers");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(selection.triggerProperty().get());
        assertEquals(ladder.events().size(), view.eventLog().getItems().size(), "every event again");
        assertTrue(view.triggerTable().getSelectionModel().isEmpty(), "no row selected");
    }

    @Test
    void clickingATriggerRowLeavesOnlyItsLegsOnThePriceChartOfTheSameWindow(FxRobot robot) throws Exception {
        WorkbenchResult r = Fixtures.sample();
        com.ladderbench.ui.overview.PriceView price = WaitForAsyncUtils.asyncFx(() -> {
            com.ladderbench.ui.overview.PriceView p = new com.ladderbench.ui.overview.PriceView(selection);
            p.show(r);
            return p;
        }).get(20, TimeUnit.SECONDS);
        shown(r);
        int allLegs = price.priceChart().markers().size();
        TriggerStats regime = r.primary().triggerStats().stream()
                .filter(t -> t.triggerId().equals("regime_defense")).findFirst().orElseThrow();
        robot.clickOn(robot.from(view.triggerTable()).lookup(".table-row-cell")
                .nth(r.primary().triggerStats().indexOf(regime)).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        long itsLegs = r.primary().tradeSets().stream().flatMap(s -> s.legs().stream())
                .filter(l -> l.triggerId().equals("regime_defense")).count();
        assertEquals(regime.ordersFilled(), itsLegs, "one leg per fill (the sample never reverses)");
        assertEquals(itsLegs, price.priceChart().markers().size(), "only its legs are marked");
        robot.clickOn("All triggers");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(allLegs, price.priceChart().markers().size(), "clearing marks every leg again");
    }

    @Test
    void choosingATriggerInTheLogsFilterSelectsItsRowAndATriggerStaysSelectedAcrossRuns() throws Exception {
        WorkbenchResult r = shown(Fixtures.sample());
        TriggerStats second = r.primary().triggerStats().get(1);
        WaitForAsyncUtils.asyncFx(() -> view.triggerFilter().setValue(second.triggerId())).get(5, TimeUnit.SECONDS);
        assertEquals(second.triggerId(), selection.triggerProperty().get());
        assertEquals(second, view.triggerTable().getSelectionModel().getSelectedItem());

        WaitForAsyncUtils.asyncFx(() -> view.runChooser().setValue("baseline")).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TriggerStats inBaseline = r.baselineOrNull().triggerStats().get(1);
        assertEquals(second.triggerId(), inBaseline.triggerId());
        assertEquals(inBaseline, view.triggerTable().getSelectionModel().getSelectedItem(), "its baseline row");
        assertEquals(second.triggerId(), selection.triggerProperty().get());
        assertTrue(view.eventLog().getItems().stream().allMatch(e -> e.triggerId().equals(second.triggerId())));
        assertEquals(inBaseline.eventTotal(), view.eventLog().getItems().size());
    }

    @Test
    void aTriggerThatNeverFiredShowsZerosAndAnEmptyTradeRecord() throws Exception {
        RunResult run = shown(latchSample()).primary();
        TriggerStats never = run.triggerStats().stream().filter(t -> t.barsTrue() == 0).findFirst()
                .orElseThrow(() -> new AssertionError("the latch sample has a trigger that never fires"));
        int row = run.triggerStats().indexOf(never);
        TableView<TriggerStats> table = view.triggerTable();
        assertArrayEquals(new String[] {"0", "0", "0", "0.00"},
                new String[] {cell(table, row, 2), cell(table, row, 3), cell(table, row, 4), cell(table, row, 5)},
                "bars true, orders filled, qty traded, realized P&L");
        assertTrue(run.fills().stream().noneMatch(f -> f.triggerId().equals(never.triggerId())), "no fill of it");
        select(never.triggerId());
        assertEquals(never, table.getSelectionModel().getSelectedItem());
        assertEquals(never.eventTotal(), view.eventLog().getItems().size(), "only its own events");
        select(null);
        assertFalse(view.eventLog().getItems().size() <= never.eventTotal(), "clearing shows the rest again");
    }

    @Test
    void aRunWithoutTriggerStatsSaysSo() throws Exception {
        WorkbenchResult sample = Fixtures.sample();
        RunResult p = sample.primary();
        RunResult imported = new RunResult(p.info(), p.plan(), p.config(), p.metrics(), p.tradeSets(), p.fills(),
                p.events(), p.eventCounts(), p.equity());
        shown(new WorkbenchResult(List.of(new ComparisonResult.Side("fills", imported)), sample.plan(), sample.data(),
                sample.source()));
        assertTrue(view.triggerTable().getItems().isEmpty());
        assertTrue(((javafx.scene.control.Label) view.triggerTable().getPlaceholder()).getText().contains("trigger_stats"));
    }

    private static WorkbenchResult latchSample() throws Exception {
        Samples.Sample s = Samples.sample("mean-reversion-latch");
        RunInputs in = RunInputs.load(s.plan(), s.dataSpecs(), s.config());
        ComparisonResult c = Comparison.run(in.plan().plan(), in.data(), in.config(), BaselineMode.EMERGENCY,
                List.of(), RunMonitor.NONE);
        return new WorkbenchResult(c.sides(), in.plan().plan(), in.data(), s.plan().toString());
    }
}
