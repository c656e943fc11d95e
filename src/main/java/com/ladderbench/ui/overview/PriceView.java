package com.ladderbench.ui.overview;

import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.Quantities;
import com.ladderbench.ui.Selection;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.WorkbenchView;
import com.ladderbench.ui.charts.LineSeries;
import com.ladderbench.ui.charts.NumberFormats;
import com.ladderbench.ui.charts.Palette;
import com.ladderbench.ui.charts.TimeSeriesChart;
import com.ladderbench.ui.charts.XRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Price of one symbol with a run's legs as buy/sell markers and its position beneath. It follows
 * the shared {@link Selection}: a selected TradeSet is framed and its span highlighted, a
 * selected event is centred with its deciding bar highlighted; symbol and run switch to match.
 * A selected trigger keeps only its legs marked (the position line stays the whole position).
 */
public final class PriceView implements WorkbenchView {
    public static final String ID = "price";
    /** Bars shown around a selected event. */
    static final int EVENT_WINDOW_BARS = 160;
    /** Bars shown at least around a selected TradeSet. */
    static final int SET_MIN_BARS = 60;

    private final Selection selection;
    private final ComboBox<String> symbol = new ComboBox<>();
    private final ComboBox<String> side = new ComboBox<>();
    private final Label selected = new Label();
    private final TimeSeriesChart price = new TimeSeriesChart("Price");
    private final TimeSeriesChart position = new TimeSeriesChart("Position");
    private final BorderPane root = new BorderPane();
    private WorkbenchResult result;
    private boolean updating;

    public PriceView(Selection selection) {
        this.selection = selection;
        position.setIncludeZero(true);
        price.bindXRange(position);
        position.highlightProperty().bind(price.highlightProperty());
        price.setEmptyMessage("No market data for this result (an imported run or a run whose data files are gone)");
        position.setEmptyMessage("No trades to show");
        SplitPane charts = new SplitPane(price, position);
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.72);
        Label sym = new Label("Symbol");
        Label run = new Label("Run");
        HBox bar = new HBox(8, sym, symbol, run, side, selected);
        HBox.setHgrow(selected, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        root.setTop(bar);
        root.setCenter(charts);
        symbol.valueProperty().addListener((o, a, b) -> redraw());
        side.valueProperty().addListener((o, a, b) -> redraw());
        selection.tradeSetProperty().addListener((o, a, ts) -> showTradeSet(ts));
        // double-clicking a bar explains it (outside the plot, on the axis, it still resets the zoom)
        price.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && e.getX() > TimeSeriesChart.LEFT && explainBarAt(price.timeAt(e.getX()))) {
                e.consume();
            }
        });
        selection.eventProperty().addListener((o, a, ev) -> showEvent(ev));
        selection.triggerProperty().addListener((o, a, id) -> redraw());
    }

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "Price"; }

    @Override
    public Node node() { return root; }

    @Override
    public void show(WorkbenchResult newResult) {
        this.result = newResult;
        updating = true;
        try {
            List<String> names = new ArrayList<>();
            for (ComparisonResult.Side s : newResult.sides()) names.add(s.name());
            side.getItems().setAll(names);
            side.setValue(names.isEmpty() ? null : names.get(0));
            List<String> symbols = symbols(newResult);
            symbol.getItems().setAll(symbols);
            symbol.setValue(symbols.isEmpty() ? null : symbols.get(0));
        } finally {
            updating = false;
        }
        price.highlightProperty().set(null);
        selected.setText("");
        redraw();
        price.resetZoom();
        if (selection.tradeSetProperty().get() != null) showTradeSet(selection.tradeSetProperty().get());
        if (selection.eventProperty().get() != null) showEvent(selection.eventProperty().get());
    }

    public TimeSeriesChart priceChart() { return price; }

    /** Asks for the trace of the bar under a time of the chart: the latest bar starting at or before it. */
    boolean explainBarAt(double time) {
        String sym = symbol.getValue();
        BarSeries bars = result == null || sym == null || Double.isNaN(time) ? null : bars(sym);
        if (bars == null || bars.size() == 0) return false;
        int i = java.util.Arrays.binarySearch(bars.time(), (long) Math.floor(time));
        if (i < 0) i = Math.max(0, -i - 2);
        selection.explainProperty().set(new com.ladderbench.ui.explain.ExplainTarget(side.getValue(), sym,
                bars.time()[i], false));
        return true;
    }

    public TimeSeriesChart positionChart() { return position; }

    public ComboBox<String> symbolChooser() { return symbol; }

    public ComboBox<String> runChooser() { return side; }

    private static List<String> symbols(WorkbenchResult r) {
        if (r.data() != null) return r.data().symbols();
        List<String> out = new ArrayList<>();
        for (TradeSet s : r.primary().tradeSets()) if (!out.contains(s.symbol())) out.add(s.symbol());
        return out;
    }

    private RunResult chosenRun() {
        if (result == null || side.getValue() == null) return null;
        for (ComparisonResult.Side s : result.sides()) if (s.name().equals(side.getValue())) return s.result();
        return null;
    }

    private void redraw() {
        if (updating) return;
        RunResult run = chosenRun();
        String sym = symbol.getValue();
        if (run == null || sym == null) {
            price.setSeries(List.of());
            position.setSeries(List.of());
            price.setMarkers(List.of());
            return;
        }
        String only = selection.triggerProperty().get();
        price.setTitle("Price " + sym + " · " + side.getValue() + (only == null ? "" : " · " + only)
                + " legs (size = quantity)");
        position.setTitle("Position " + sym + " · " + side.getValue());
        Quantities quantities = Quantities.of(run);
        position.setReadout(quantities::format);
        BarSeries bars = bars(sym);
        List<TradeMarks.KindedLeg> legs = TradeMarks.legs(run.tradeSets(), sym);
        if (bars != null) {
            price.setSeries(List.of(LineSeries.line(sym + " close", bars.time(), bars.close(), Palette.PRICE)));
        } else {
            price.setSeries(List.of());
        }
        List<TradeMarks.KindedLeg> marked = TradeMarks.ofTrigger(legs, only);
        price.setMarkers(TradeMarks.markers(marked, quantities));
        price.setMarkerLegend(TradeMarks.legend(marked));
        long first = bars != null && bars.size() > 0 ? bars.time()[0]
                : legs.isEmpty() ? 0 : legs.get(0).leg().timestamp();
        long last = bars != null && bars.size() > 0 ? bars.time()[bars.size() - 1]
                : legs.isEmpty() ? 0 : legs.get(legs.size() - 1).leg().timestamp();
        position.setSeries(bars == null && legs.isEmpty() ? List.of()
                : List.of(TradeMarks.position(legs, first, last, Palette.side(side.getItems().indexOf(side.getValue())))));
    }

    private BarSeries bars(String sym) {
        MarketData data = result.data();
        if (data == null) return null;
        return data.find(sym).map(d -> d.base()).orElse(null);
    }

    private long barMillis(String sym, long fallback) {
        BarSeries b = result == null || sym == null ? null : bars(sym);
        return b == null ? fallback : b.timeframe().millis();
    }

    /** Frames a TradeSet: its whole span with some context either side, the span highlighted. */
    void showTradeSet(TradeSet ts) {
        if (ts == null || result == null) return;
        chooseRunHolding(ts, null);
        symbol.setValue(ts.symbol());
        long end = ts.isClosed() ? ts.closeTime()
                : ts.legs().isEmpty() ? ts.openedAt() : ts.legs().get(ts.legs().size() - 1).timestamp();
        long bar = barMillis(ts.symbol(), ts.timeframe().millis());
        XRange span = new XRange(ts.openedAt(), Math.max(end, ts.openedAt()) + bar);
        price.highlightProperty().set(span);
        price.centreOn((span.min() + span.max()) / 2, Math.max(span.span() * 1.6, SET_MIN_BARS * (double) bar));
        selected.setText(String.format(Locale.ROOT, "TradeSet %s · %s %s · %s → %s · %d legs · net %s",
                ts.setId(), ts.side(), ts.symbol(), Timestamps.format(ts.openedAt()),
                ts.isClosed() ? Timestamps.format(ts.closeTime()) : "open", ts.numLegs(),
                NumberFormats.signed(ts.pnlNet(), 2)));
    }

    /** Centres the event's deciding bar and highlights it. */
    void showEvent(BlockEvent ev) {
        if (ev == null || result == null) return;
        chooseRunHolding(null, ev);
        symbol.setValue(ev.symbol());
        long bar = ev.timeframe().millis();
        price.highlightProperty().set(new XRange(ev.timestamp(), ev.timestamp() + bar));
        price.centreOn(ev.timestamp() + bar / 2.0, EVENT_WINDOW_BARS * (double) barMillis(ev.symbol(), bar));
        selected.setText(String.format(Locale.ROOT, "Event #%d · %s · %s blocked by %s%s · %s", ev.seq(),
                Timestamps.format(ev.timestamp()), ev.triggerId(), ev.reason().wire(),
                ev.preemptedBy() == null ? "" : " (" + ev.preemptedBy() + ")", ev.detail() == null ? "" : ev.detail()));
    }

    /** Switches the run chooser to the run the selection came from, when it is not the one shown. */
    private void chooseRunHolding(TradeSet ts, BlockEvent ev) {
        RunResult current = chosenRun();
        if (current != null && (ts != null ? current.tradeSets().contains(ts) : current.events().contains(ev))) return;
        for (ComparisonResult.Side s : result.sides()) {
            RunResult r = s.result();
            if (ts != null ? r.tradeSets().contains(ts) : r.events().contains(ev)) {
                side.setValue(s.name());
                return;
            }
        }
    }
}
