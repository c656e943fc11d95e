package com.ladderbench.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.compare.Variant;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.charts.Fixtures;
import com.ladderbench.ui.charts.Snapshots;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    private CompareView view;

    @Start
    void start(Stage stage) {
        view = new CompareView();
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1280, 800));
        stage.show();
    }

    private WorkbenchResult shown() throws Exception {
        WorkbenchResult r = Fixtures.sample();
        WaitForAsyncUtils.asyncFx(() -> view.show(r)).get(20, TimeUnit.SECONDS);
        return r;
    }

    private static void awaitDone(Task<?> task) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** State and exception of a Task are FX-thread properties. */
    private static String outcome(Task<?> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> task.getState() + (task.getException() == null ? ""
                : ": " + task.getException())).get(5, TimeUnit.SECONDS);
    }

    @Test
    void addingAVariantAddsAColumnAndACurve() throws Exception {
        shown();
        assertEquals(3, view.kpiTable().getColumns().size(), "metric, ladder, baseline");
        assertEquals(2, view.equityChart().series().size());
        Variant v = Variant.parse("trim50:triggers.momentum_fade_trim.exit_fraction=0.5");
        Task<ComparisonResult.Side> task = WaitForAsyncUtils.asyncFx(() -> view.addVariant(v)).get(5, TimeUnit.SECONDS);
        awaitDone(task);
        assertEquals(Worker.State.SUCCEEDED.toString(), outcome(task));
        assertEquals(4, view.kpiTable().getColumns().size());
        assertEquals("run-trim50", view.kpiTable().getColumns().get(3).getId());
        assertEquals(3, view.equityChart().series().size());
        assertEquals("trim50", view.equityChart().series().get(2).name());
        ComparisonResult.Side side = view.sides().get(2);
        String cell = KpiTable.cellText(MetricField.SHARPE, side, view.sides().get(1));
        assertTrue(cell.contains("("), "a variant's cell carries its delta to the baseline: " + cell);
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(view.node(), "compare-runs")).get(20, TimeUnit.SECONDS);
    }

    @Test
    void aBadOverridePathIsRefusedWithTheCoresMessage() throws Exception {
        shown();
        Variant bad = Variant.parse("oops:triggers.no_such_trigger.exit_fraction=0.5");
        String why = WaitForAsyncUtils.asyncFx(() -> view.check(bad)).get(5, TimeUnit.SECONDS);
        assertNotNull(why);
        assertTrue(why.contains("no trigger with id 'no_such_trigger'"), why);
        assertThrows(InvalidInputException.class, () -> {
            try {
                WaitForAsyncUtils.asyncFx(() -> view.addVariant(bad)).get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause();
            }
        });
        Variant clash = Variant.parse("trim:triggers.momentum_fade_trim.exit_fraction=0.5");
        assertNull(WaitForAsyncUtils.asyncFx(() -> view.check(clash)).get(5, TimeUnit.SECONDS));
    }

    @Test
    void theDialogShowsTheProblemAndStaysOpenUntilTheVariantIsValid() throws Exception {
        shown();
        VariantDialog d = WaitForAsyncUtils.asyncFx(() -> view.openDialog()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            d.nameField().setText("fast");
            d.overridesField().setText("config.no_such_setting=3");
            ((javafx.scene.control.Button) d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK)).fire();
        }).get(5, TimeUnit.SECONDS);
        assertTrue(d.isShowing(), "a bad override keeps the dialog open");
        assertFalse(d.problemsLabel().getText().isBlank(), "and says why");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(d.getDialogPane(), "compare-dialog")).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            d.overridesField().setText("config.min_hold_bars=8");
            ((javafx.scene.control.Button) d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK)).fire();
        }).get(5, TimeUnit.SECONDS);
        assertFalse(d.isShowing());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.sides().size() == 3);
        assertEquals("fast", view.sides().get(2).name());
    }

    @Test
    void aSweepFillsAHeatmapOfTheChosenMetricAndCanBeRecoloured() throws Exception {
        shown();
        SweepPane sweep = view.sweepPane();
        Task<?> task = WaitForAsyncUtils.asyncFx(() -> {
            sweep.firstField().setText("triggers.momentum_fade_trim.exit_fraction=0.25,0.5");
            sweep.secondField().setText("config.min_hold_bars=2,4,8");
            return sweep.runSweep();
        }).get(5, TimeUnit.SECONDS);
        assertNotNull(task);
        awaitDone(task);
        assertEquals(Worker.State.SUCCEEDED.toString(), outcome(task));
        var data = sweep.heatmap().data();
        assertEquals(2, data.rows().size());
        assertEquals(3, data.columns().size());
        var point = sweep.resultProperty().get().points().get(1 * 3 + 2); // exit_fraction=0.5, min_hold=8
        assertEquals(MetricField.SHARPE.of(point.metrics()), data.values()[1][2], 0.0);
        WaitForAsyncUtils.asyncFx(() -> sweep.metricChooser().setValue(MetricField.TOTAL_RETURN_PCT))
                .get(5, TimeUnit.SECONDS);
        assertEquals(MetricField.TOTAL_RETURN_PCT.of(point.metrics()), sweep.heatmap().data().values()[1][2], 0.0);
        WaitForAsyncUtils.asyncFx(() -> {
            view.node().lookupAll(".tab-pane").forEach(n -> ((javafx.scene.control.TabPane) n).getSelectionModel().select(1));
            return Snapshots.save(view.node(), "compare-sweep");
        }).get(20, TimeUnit.SECONDS);
    }

    @Test
    void aBadSweepParameterIsReportedAndACancelledSweepLeavesTheViewUsable() throws Exception {
        shown();
        SweepPane sweep = view.sweepPane();
        Task<?> none = WaitForAsyncUtils.asyncFx(() -> {
            sweep.firstField().setText("config.min_hold_bars");
            return sweep.runSweep();
        }).get(5, TimeUnit.SECONDS);
        assertNull(none);
        assertTrue(sweep.status().getText().contains("PATH=VALUE"), sweep.status().getText());
        Task<?> task = WaitForAsyncUtils.asyncFx(() -> {
            sweep.firstField().setText("config.min_hold_bars=1,2,3,4,5,6,7,8,9,10,11,12");
            Task<?> t = sweep.runSweep();
            t.cancel();
            return t;
        }).get(5, TimeUnit.SECONDS);
        awaitDone(task);
        assertTrue(outcome(task).startsWith(Worker.State.CANCELLED.toString()));
        assertFalse(sweep.runButton().isDisabled(), "the sweep can be run again");
        assertEquals("Sweep cancelled", sweep.status().getText());
    }

    @Test
    void winRateAndOtherPercentagesReadInPercentAndTheirDeltasInPercentagePoints() throws Exception {
        WorkbenchResult r = shown();
        ComparisonResult.Side ladder = r.sides().get(0);
        ComparisonResult.Side baseline = r.sides().get(1);
        double lw = ladder.result().metrics().winRate();
        double bw = baseline.result().metrics().winRate();
        String cell = KpiTable.cellText(MetricField.WIN_RATE, ladder, baseline);
        String expected = String.format(java.util.Locale.ROOT, "%.2f%%   (%s%.2f pp)", lw * 100, lw >= bw ? "+" : "",
                (lw - bw) * 100);
        assertEquals(expected, cell);
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f%%", bw * 100),
                KpiTable.cellText(MetricField.WIN_RATE, baseline, baseline), "the baseline has no delta");
        assertTrue(KpiTable.cellText(MetricField.MAX_DRAWDOWN_PCT, ladder, baseline).endsWith(" pp)"));
        assertFalse(KpiTable.cellText(MetricField.FEES, ladder, baseline).contains("pp"), "money is not a percentage");
    }

    @Test
    void beforeItsFirstRunTheSweepTabSaysWhatToDo() throws Exception {
        shown();
        SweepPane sweep = view.sweepPane();
        assertTrue(sweep.guide().isVisible());
        assertTrue(sweep.guide().getText().contains("Run sweep"), sweep.guide().getText());
        assertTrue(sweep.guide().getText().contains("config.min_hold_bars=2,4,8"));
        javafx.scene.Node scroll = sweep.getChildren().get(sweep.getChildren().size() - 1);
        assertTrue(scroll instanceof javafx.scene.control.ScrollPane);
        assertFalse(scroll.isVisible(), "no empty heatmap meanwhile");
    }

    @Test
    void theVariantDialogShowsItsExamplesOnSeparateLinesWhileEmpty() throws Exception {
        shown();
        VariantDialog d = WaitForAsyncUtils.asyncFx(() -> view.openDialog()).get(5, TimeUnit.SECONDS);
        javafx.scene.control.Label placeholder = d.placeholderLabel();
        assertEquals(List.of("one PATH=VALUE per line, e.g.", "triggers.momentum_fade_trim.exit_fraction=0.5",
                "config.min_hold_bars=8", "plan.risk_off.latch_bars=6"), List.of(placeholder.getText().split("\n")));
        assertTrue(placeholder.isVisible());
        double oneLine = placeholder.getFont().getSize() * 1.2;
        assertTrue(placeholder.getHeight() > 3 * oneLine, "drawn on four lines: " + placeholder.getHeight());
        WaitForAsyncUtils.asyncFx(() -> d.overridesField().setText("config.min_hold_bars=8")).get(5, TimeUnit.SECONDS);
        assertFalse(placeholder.isVisible(), "typing hides the examples");
        WaitForAsyncUtils.asyncFx(d::close).get(5, TimeUnit.SECONDS);
    }
}
