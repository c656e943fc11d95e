package com.ladderbench.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.Selection;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.charts.Fixtures;
import com.ladderbench.ui.charts.Snapshots;
import com.ladderbench.ui.charts.XRange;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PriceViewTest {
    private final Selection selection = new Selection();
    private PriceView view;

    @Start
    void start(Stage stage) {
        view = new PriceView(selection);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1280, 800));
        stage.show();
    }

    private WorkbenchResult shown() throws Exception {
        WorkbenchResult r = Fixtures.sample();
        WaitForAsyncUtils.asyncFx(() -> view.show(r)).get(20, TimeUnit.SECONDS);
        return r;
    }

    @Test
    void selectingAnEventMovesThePriceChartToItsBar() throws Exception {
        WorkbenchResult r = shown();
        XRange all = view.priceChart().xRangeProperty().get();
        assertFalse(r.primary().events().isEmpty(), "the sample run records events");
        BlockEvent ev = r.primary().events().get(r.primary().events().size() / 2);
        WaitForAsyncUtils.asyncFx(() -> selection.eventProperty().set(ev)).get(5, TimeUnit.SECONDS);
        XRange shown = view.priceChart().xRangeProperty().get();
        long bar = ev.timeframe().millis();
        assertTrue(shown.span() < all.span(), "zoomed in on the event");
        assertTrue(shown.min() <= ev.timestamp() && ev.timestamp() + bar <= shown.max(), "the bar is in view");
        assertEquals(ev.timestamp() + bar / 2.0, (shown.min() + shown.max()) / 2, bar * 0.51 * PriceView.EVENT_WINDOW_BARS,
                "centred unless the data ends first");
        assertEquals(new XRange(ev.timestamp(), ev.timestamp() + bar), view.priceChart().highlightProperty().get());
        assertEquals(view.priceChart().highlightProperty().get(), view.positionChart().highlightProperty().get());
        assertEquals(shown, view.positionChart().xRangeProperty().get(), "the position follows the price chart");
        assertEquals(ev.symbol(), view.symbolChooser().getValue());
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(view.node(), "price-event")).get(20, TimeUnit.SECONDS);
    }

    @Test
    void selectingATradeSetFramesItsSpanAndSwitchesToItsRun() throws Exception {
        WorkbenchResult r = shown();
        TradeSet ts = r.baselineOrNull().tradeSets().get(0);
        WaitForAsyncUtils.asyncFx(() -> selection.tradeSetProperty().set(ts)).get(5, TimeUnit.SECONDS);
        XRange shown = view.priceChart().xRangeProperty().get();
        long end = ts.closedAt() == null ? ts.openedAt() : ts.closedAt();
        assertTrue(shown.min() <= ts.openedAt() && end <= shown.max(), "the whole set is in view");
        assertEquals(ts.openedAt(), view.priceChart().highlightProperty().get().min(), 0.0);
        assertEquals("baseline", view.runChooser().getValue(), "the set came from the baseline");
        assertEquals(r.baselineOrNull().tradeSets().stream().mapToInt(TradeSet::numLegs).sum(),
                view.priceChart().markers().size(), "one marker per leg");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(view.node(), "price-tradeset")).get(20, TimeUnit.SECONDS);
    }

    @Test
    void eachLegIsMarkedInItsKindsColourAndShapeWithALegendOfTheKindsShown() throws Exception {
        WorkbenchResult r = shown();
        String symbol = view.symbolChooser().getValue();
        java.util.List<com.ladderbench.ui.charts.LegKind> kinds = new java.util.ArrayList<>();
        for (TradeSet s : r.primary().tradeSets()) {
            if (!s.symbol().equals(symbol)) continue;
            for (var leg : s.legs()) kinds.add(com.ladderbench.ui.charts.LegKind.of(s, leg));
        }
        java.util.Set<com.ladderbench.ui.charts.LegKind> present = java.util.EnumSet.copyOf(kinds);
        // the sample's circuit breaker never fills (its trigger_stats say so): trims and risk_off only
        for (var k : java.util.List.of(com.ladderbench.ui.charts.LegKind.TRIM, com.ladderbench.ui.charts.LegKind.RISK_OFF)) {
            assertTrue(present.contains(k), "the sample ladder has a " + k.label() + " leg");
        }
        var markers = view.priceChart().markers();
        assertEquals(kinds.size(), markers.size());
        for (var k : present) {
            long expected = kinds.stream().filter(x -> x == k).count();
            long drawn = markers.stream().filter(m -> m.color().equals(k.color()) && m.shape() == k.shape()).count();
            assertEquals(expected, drawn, k.label() + " legs in their own colour and shape");
        }
        assertEquals(present.stream().map(com.ladderbench.ui.charts.LegKind::legend).toList(),
                view.priceChart().markerLegend(), "the legend names exactly the kinds on the chart, in ladder order");
        assertTrue(markers.get(0).label().matches(".* (buy|sell) \\d+\\.\\d{8}"),
                "quantities at the lot's precision (1e-8): " + markers.get(0).label());
        // at full range the sample's 300-odd legs do not fit one by one into the chart: summed per column
        assertTrue(markers.size() * 12 > view.priceChart().getWidth(), "precondition: " + markers.size() + " legs");
        assertTrue(view.priceChart().markersAggregated());
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(view.node(), "price-full-range")).get(20, TimeUnit.SECONDS);
    }

    @Test
    void selectingATriggerMarksOnlyItsLegsAndClearingItRestoresEveryLeg() throws Exception {
        WorkbenchResult r = shown();
        String symbol = view.symbolChooser().getValue();
        java.util.List<com.ladderbench.model.TradeLeg> legs = r.primary().tradeSets().stream()
                .filter(s -> s.symbol().equals(symbol)).flatMap(s -> s.legs().stream()).toList();
        java.util.List<com.ladderbench.model.TradeLeg> trims = legs.stream()
                .filter(l -> l.triggerId().equals("momentum_fade_trim")).toList();
        assertFalse(trims.isEmpty(), "the sample ladder trims");
        assertTrue(trims.size() < legs.size(), "other triggers trade too");
        var position = view.positionChart().series();
        WaitForAsyncUtils.asyncFx(() -> selection.triggerProperty().set("momentum_fade_trim")).get(5, TimeUnit.SECONDS);
        var marked = view.priceChart().markers();
        assertEquals(trims.stream().map(l -> l.timestamp() + "@" + l.price()).sorted().toList(),
                marked.stream().map(m -> m.time() + "@" + m.value()).sorted().toList(), "exactly its legs");
        java.util.Set<com.ladderbench.ui.charts.LegKind> kinds = java.util.EnumSet.noneOf(com.ladderbench.ui.charts.LegKind.class);
        for (TradeSet s : r.primary().tradeSets()) {
            for (var l : s.legs()) if (trims.contains(l)) kinds.add(com.ladderbench.ui.charts.LegKind.of(s, l));
        }
        assertEquals(kinds.stream().map(com.ladderbench.ui.charts.LegKind::legend).toList(),
                view.priceChart().markerLegend(), "the legend names only its legs' kinds");
        assertTrue(view.priceChart().title().contains("momentum_fade_trim"), view.priceChart().title());
        assertEquals(position.get(0).values().length, view.positionChart().series().get(0).values().length,
                "the position line stays the whole position");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(view.node(), "price-trigger")).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> selection.triggerProperty().set(null)).get(5, TimeUnit.SECONDS);
        assertEquals(legs.size(), view.priceChart().markers().size(), "every leg again");
    }
}
