package com.ladderbench.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.charts.Fixtures;
import com.ladderbench.ui.charts.Snapshots;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {
    private OverviewView view;

    @Start
    void start(Stage stage) {
        view = new OverviewView();
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1280, 800));
        stage.show();
    }

    @Test
    void tilesShowLadderAndBaselineMetricsAndChartsShareTheTimeAxis() throws Exception {
        WorkbenchResult r = Fixtures.sample();
        WaitForAsyncUtils.asyncFx(() -> view.show(r)).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("overview", view.id());
        double ladderReturn = MetricField.TOTAL_RETURN_PCT.of(r.primary().metrics());
        double baselineReturn = MetricField.TOTAL_RETURN_PCT.of(r.baselineOrNull().metrics());
        assertEquals(ladderReturn, view.tiles().tile(0, 1).getValue(), 1e-9);
        assertEquals(baselineReturn, view.tiles().tile(1, 1).getValue(), 1e-9);
        assertTrue(view.tiles().tile(0, 1).getDescription().endsWith("vs baseline"), "the ladder row carries deltas");
        assertEquals(2, view.equityChart().series().size());
        assertEquals(2, view.drawdownChart().series().size());
        assertNotNull(view.equityChart().xRangeProperty().get());
        assertEquals(view.equityChart().xRangeProperty().get(), view.drawdownChart().xRangeProperty().get());
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(view.node(), "overview")).get(20, TimeUnit.SECONDS);
    }
}
