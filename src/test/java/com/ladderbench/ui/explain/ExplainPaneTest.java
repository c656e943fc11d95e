package com.ladderbench.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.explain.BarTrace;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.ui.Workbench;
import com.ladderbench.ui.WorkbenchApp;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.WorkspaceStore;
import com.ladderbench.ui.overview.PriceView;
import com.ladderbench.ui.screenshot.ViewSnapshot;
import com.ladderbench.ui.telemetry.TelemetryView;
import com.ladderbench.ui.tradesets.TradeSetRow;
import com.ladderbench.ui.tradesets.TradeSetsView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Double-clicking a leg in the TradeSets tree, an event in the log or a bar on the price chart
 * opens the Explain pane on that bar's decision trace: rules with values, the deciding part
 * highlighted, guards as ticks and crosses.
 */
@ExtendWith(ApplicationExtension.class)
class ExplainPaneTest {
    @TempDir
    Path home;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = new Workbench(stage, new WorkspaceStore(home.resolve("workspace.json")));
        stage.setScene(WorkbenchApp.scene(workbench));
        stage.show();
        workbench.open();
    }

    private WorkbenchResult awaitResult() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> workbench.runs().resultProperty().get() != null);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !workbench.runs().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return workbench.runs().resultProperty().get();
    }

    private BarTrace awaitTrace(long previousBar) throws Exception {
        ExplainPane pane = workbench.explainWindow().pane();
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                    () -> pane.trace() != null && pane.trace().barTime() != previousBar);
        } catch (java.util.concurrent.TimeoutException e) {
            javafx.scene.control.Label message = (javafx.scene.control.Label) pane.lookup("#explainMessage");
            throw new AssertionError("no trace; the pane says: " + (message == null ? "nothing" : message.getText()), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return pane.trace();
    }

    @Test
    void aDoubleClickedLegEventOrBarOpensItsTraceReadableAtAGlance(FxRobot robot) throws Exception {
        WorkbenchResult result = awaitResult();

        // a leg: the trim of the first TradeSet (its second leg)
        TradeSetsView sets = (TradeSetsView) workbench.view(TradeSetsView.ID);
        robot.interact(() -> workbench.selectTab(TradeSetsView.ID));
        robot.interact(() -> sets.expand(0));
        TradeSetRow legItem = sets.table().getItems().get(2);
        TradeLeg leg = ((TradeSetRow.LegRow) legItem).leg();
        robot.interact(() -> sets.table().getSelectionModel().clearAndSelect(2));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup("#tradeSetsTable .table-row-cell")
                .match((TableRow<TradeSetRow> r) -> r.getItem() == legItem).query();
        robot.doubleClickOn(row);
        BarTrace trace = awaitTrace(Long.MIN_VALUE);
        assertNotNull(trace.order(), "the leg's bar placed an order");
        assertEquals(leg.fillId(), trace.order().fillId());
        assertEquals(leg.positionAfterLots(), trace.after().lots());
        ExplainPane pane = workbench.explainWindow().pane();
        assertFalse(pane.lookupAll(".guard-passed").isEmpty(), "guards show as ticks");
        assertFalse(pane.lookupAll(".guard-not_applicable").isEmpty(), "and guards that do not apply");
        assertFalse(pane.lookupAll(".explain-deciding").isEmpty(), "false parts are highlighted");
        assertFalse(pane.lookupAll(".explain-value").isEmpty(), "identifier values are shown inline");
        assertTrue(((javafx.scene.control.Label) pane.lookup("#explainOrder")).getText().contains(leg.fillId()));

        // the screenshot for the guide, taken from the window the analyst sees
        java.awt.image.BufferedImage[] image = new java.awt.image.BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(
                workbench.explainWindow().stage().getScene().snapshot(null), null));
        ViewSnapshot.writePng(image[0], Path.of("target", "explain.png"));

        // the Explain window sits over the workbench: put it away before clicking there again
        robot.interact(() -> workbench.explainWindow().stage().hide());

        // an event in the log
        TelemetryView telemetry = (TelemetryView) workbench.view(TelemetryView.ID);
        robot.interact(() -> workbench.selectTab(TelemetryView.ID));
        BlockEvent event = result.primary().events().stream()
                .filter(e -> e.preemptedBy() != null).findFirst().orElseThrow();
        robot.interact(() -> {
            telemetry.eventLog().getSelectionModel().select(event);
            telemetry.eventLog().scrollTo(event);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // events are values (a run's event list builds them on demand): the row holds an equal one
        Node eventRow = robot.lookup(".table-row-cell")
                .match((TableRow<BlockEvent> r) -> event.equals(r.getItem())).query();
        robot.doubleClickOn(eventRow);
        BarTrace eventTrace = awaitTrace(trace.barTime());
        assertEquals(event.timestamp(), eventTrace.barTime());
        assertTrue(eventTrace.events().stream().anyMatch(e -> e.seq() == event.seq()), "the event is in its trace");
        assertTrue(eventTrace.resolution().losers().stream().anyMatch(l -> l.triggerId().equals(event.triggerId())));

        robot.interact(() -> workbench.explainWindow().stage().hide());

        // a bar on the price chart
        PriceView price = (PriceView) workbench.view(PriceView.ID);
        robot.interact(() -> workbench.selectTab(PriceView.ID));
        WaitForAsyncUtils.waitForFxEvents();
        long[] times = result.data().symbol("BTC-USD").base().time();
        long bar = times[times.length / 2];
        robot.interact(() -> price.priceChart().centreOn(bar, 40 * 3_600_000.0));
        WaitForAsyncUtils.waitForFxEvents();
        double x = price.priceChart().pixelOf(bar + 1_800_000); // inside the bar's hour
        Point2D onScreen = price.priceChart().localToScreen(x, price.priceChart().getHeight() / 2);
        robot.doubleClickOn(onScreen);
        BarTrace barTrace = awaitTrace(eventTrace.barTime());
        assertEquals(bar, barTrace.barTime());
        assertFalse(barTrace.triggers().isEmpty(), "every trigger of the symbol closes on an hourly bar");
    }
}
