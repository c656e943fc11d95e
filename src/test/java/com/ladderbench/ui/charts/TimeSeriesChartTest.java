package com.ladderbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimeSeriesChartTest {
    private static final long H = 3_600_000L;
    private TimeSeriesChart top;
    private TimeSeriesChart bottom;

    @Start
    void start(Stage stage) {
        top = new TimeSeriesChart("Equity");
        bottom = new TimeSeriesChart("Drawdown %");
        top.setPrefSize(1200, 400);
        bottom.setPrefSize(1200, 200);
        top.bindXRange(bottom);
        stage.setScene(new Scene(new VBox(top, bottom), 1200, 600));
        stage.show();
    }

    private static LineSeries randomWalk(int n) {
        long[] t = new long[n];
        double[] v = new double[n];
        java.util.Random rnd = new java.util.Random(42);
        double x = 100_000;
        for (int i = 0; i < n; i++) {
            t[i] = 1_704_067_200_000L + i * 60_000L;
            x *= 1 + rnd.nextGaussian() * 0.001;
            v[i] = x;
        }
        return LineSeries.line("equity", t, v, Palette.LADDER);
    }

    @Test
    void aMillionPointSeriesRendersWellUnderASecond() throws Exception {
        LineSeries big = randomWalk(1_000_000);
        // warm-up on a smaller series so class loading and JIT do not count
        WaitForAsyncUtils.asyncFx(() -> top.setSeries(List.of(randomWalk(50_000)))).get(10, TimeUnit.SECONDS);
        long[] nanos = WaitForAsyncUtils.asyncFx(() -> {
            long t0 = System.nanoTime();
            top.setSeries(List.of(big));
            long t1 = System.nanoTime();
            // rasterise: the canvas commands are rendered into an image
            top.snapshot(null, null);
            long t2 = System.nanoTime();
            XRange all = top.extent();
            long t3 = System.nanoTime();
            top.centreOn(all.min() + all.span() / 3, all.span() / 10); // one zoom step's redraw
            long t4 = System.nanoTime();
            return new long[] {t1 - t0, t2 - t0, top.lastDrawnPoints(), t4 - t3};
        }).get(30, TimeUnit.SECONDS);
        double drawMs = nanos[0] / 1e6;
        double withRasterMs = nanos[1] / 1e6;
        System.out.printf("[perf] 1,000,000-point series on a %.0f px chart: setSeries+draw %.1f ms, "
                + "with snapshot rasterisation %.1f ms, %d points drawn; zoomed redraw %.1f ms%n", top.getWidth(), drawMs,
                withRasterMs, nanos[2], nanos[3] / 1e6);
        assertTrue(nanos[2] <= 2 * (long) top.getWidth() + 8, "decimated to about two points per pixel column");
        assertTrue(withRasterMs < 5_000, "generous bound so slow CI does not flake: " + withRasterMs + " ms");
    }

    @Test
    void scrollingZoomsBothBoundChartsAndDoubleClickShowsAll(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            top.setSeries(List.of(randomWalk(10_000)));
            bottom.setSeries(List.of(randomWalk(10_000)));
        }).get(10, TimeUnit.SECONDS);
        XRange all = top.extent();
        // a wheel turned away from the user (deltaY > 0 on desktops); the headless robot's sign differs
        WaitForAsyncUtils.asyncFx(() -> javafx.event.Event.fireEvent(top, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, 600, 200, 600, 200, false, false, false, false, false, false,
                0, 120, 0, 120, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null))).get(5, TimeUnit.SECONDS);
        XRange zoomed = top.xRangeProperty().get();
        assertTrue(zoomed.span() < all.span(), "zoomed in");
        assertEquals(zoomed, bottom.xRangeProperty().get(), "the drawdown chart follows");
        robot.drag(top).moveBy(-200, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        XRange panned = bottom.xRangeProperty().get();
        assertNotEquals(zoomed, panned, "dragging pans");
        assertEquals(zoomed.span(), panned.span(), 1e-6, "panning keeps the zoom");
        robot.moveTo(top).doubleClickOn(top);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, bottom.xRangeProperty().get());
    }

    @Test
    void aStepSeriesAndMarkersDrawWithoutData(FxRobot robot) throws Exception {
        long[] t = {0, H, 2 * H, 3 * H};
        WaitForAsyncUtils.asyncFx(() -> {
            top.setSeries(List.of(new LineSeries("position", t, new double[] {0, 1, 0.5, 0}, Color.BLACK, true)));
            top.setMarkers(List.of(new Marker(H, 1, true, 10, Palette.BUY, "buy")));
            Snapshots.save(top, "chart-step");
        }).get(10, TimeUnit.SECONDS);
        assertEquals(new XRange(0, 3 * H), top.extent());
    }

    @Test
    void atFullRangeThousandsOfMarkersDrawAsPerColumnMarksAndZoomedInAsSingleLegs() throws Exception {
        LineSeries price = randomWalk(100_000);
        List<Marker> markers = new java.util.ArrayList<>();
        LegKind[] kinds = LegKind.values();
        for (int i = 0; i < 20_000; i++) {
            int bar = i * 5;
            LegKind k = kinds[i % kinds.length];
            markers.add(new Marker(price.time()[bar], price.values()[bar], true, 10, k.color(), k.shape(), k.label()));
        }
        WaitForAsyncUtils.asyncFx(() -> {
            top.setSeries(List.of(price));
            top.setMarkers(markers);
            top.resetZoom();
        }).get(10, TimeUnit.SECONDS);
        assertTrue(top.markersAggregated(), "20,000 legs do not fit one by one into 1,200 px");
        int columns = (int) Math.ceil(1200 - TimeSeriesChart.LEFT);
        assertTrue(top.lastDrawnMarks() <= columns * kinds.length, "at most one mark per column and kind: "
                + top.lastDrawnMarks());

        // zoomed in to 60 bars of 1 minute: 12 legs, each drawn on its own
        WaitForAsyncUtils.asyncFx(() -> top.centreOn(price.time()[50_000], 60 * 60_000L)).get(10, TimeUnit.SECONDS);
        assertTrue(!top.markersAggregated());
        long visible = markers.stream().filter(m -> m.time() >= top.xRangeProperty().get().min()
                && m.time() <= top.xRangeProperty().get().max()).count();
        assertEquals(visible, top.lastDrawnMarks());
        assertTrue(visible >= 11 && visible <= 13, "visible " + visible);
    }
}
