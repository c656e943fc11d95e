package com.ladderbench.ui.charts;

import com.ladderbench.core.report.Decimator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A time-series chart drawn on a canvas. Each redraw decimates only the visible part of each
 * series to two points per pixel column with the core {@link Decimator}, so a million-point
 * equity curve draws in a few thousand segments while keeping its spikes; JavaFX's
 * node-per-point charts cannot do that at this size.
 *
 * <p>Scroll zooms about the pointer, dragging pans, double-click shows everything. Charts that
 * share an x-range ({@link #bindXRange}) zoom and pan together; all charts use the same left
 * margin so stacked charts line up pixel for pixel.
 */
public final class TimeSeriesChart extends Region {
    /** Left margin for y labels, the same in every chart so stacked charts align. */
    public static final double LEFT = 78;
    private static final double RIGHT = 14;
    private static final double TOP = 24;
    private static final double BOTTOM = 22;
    private static final Font FONT = Font.font("System", 11);
    private static final Font TITLE_FONT = Font.font("System", 12);
    private static final Color GRID = Color.web("#E4E4E4");
    private static final Color AXIS_TEXT = Color.web("#444444");

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<XRange> xRange = new SimpleObjectProperty<>(this, "xRange");
    private final ObjectProperty<XRange> highlight = new SimpleObjectProperty<>(this, "highlight");
    private String title;
    private String emptyMessage = "No data";
    private DoubleFunction<String> readout = v -> NumberFormats.fixed(v, 2);
    private boolean includeZero;
    private List<LineSeries> series = List.of();
    private List<Marker> markers = List.of();
    private List<Marker.Legend> markerLegend = List.of();
    private boolean markersAggregated;
    private int lastDrawnMarks;
    private XRange extent;
    private double hoverX = Double.NaN;
    private double dragStartX = Double.NaN;
    private XRange dragStartRange;
    private long lastDrawNanos;
    private int lastDrawnPoints;

    public TimeSeriesChart(String title) {
        this.title = title;
        getChildren().add(canvas);
        getStyleClass().add("time-series-chart");
        setMinSize(200, 120);
        setPrefSize(800, 300);
        xRange.addListener((obs, o, n) -> draw());
        highlight.addListener((obs, o, n) -> draw());
        installMouse();
        MenuItem reset = new MenuItem("Show all");
        reset.setOnAction(e -> resetZoom());
        ChartExport.install(this, () -> this.title, reset);
    }

    public String title() { return title; }

    public void setTitle(String title) {
        this.title = title;
        draw();
    }

    /** Shown in place of the plot when there is nothing to draw (say why). */
    public void setEmptyMessage(String message) {
        this.emptyMessage = message;
        draw();
    }

    /** Keeps 0 inside the y range: drawdowns and positions read wrongly without it. */
    public void setIncludeZero(boolean includeZero) {
        this.includeZero = includeZero;
        draw();
    }

    /** How values are written in the hover read-out. */
    public void setReadout(DoubleFunction<String> readout) {
        this.readout = readout;
    }

    /** Replaces the curves; the view shows everything unless the current range still fits the data. */
    public void setSeries(List<LineSeries> newSeries) {
        this.series = List.copyOf(newSeries);
        XRange old = extent;
        extent = computeExtent();
        XRange current = xRange.get();
        if (extent == null) {
            draw();
        } else if (current == null || old == null || !old.equals(extent)) {
            if (extent.equals(current)) draw(); else xRange.set(extent);
        } else {
            draw();
        }
    }

    public List<LineSeries> series() { return series; }

    public void setMarkers(List<Marker> newMarkers) {
        this.markers = List.copyOf(newMarkers);
        draw();
    }

    public List<Marker> markers() { return markers; }

    /** What each marker colour and shape stands for, drawn at the top right; empty for none. */
    public void setMarkerLegend(List<Marker.Legend> legend) {
        this.markerLegend = List.copyOf(legend);
        draw();
    }

    public List<Marker.Legend> markerLegend() { return markerLegend; }

    /** True when the last redraw drew markers per pixel column rather than one by one. */
    public boolean markersAggregated() { return markersAggregated; }

    /** Marks (single markers or per-column marks) the last redraw drew. */
    public int lastDrawnMarks() { return lastDrawnMarks; }

    /** The visible time span; bind two charts' properties to zoom them together. */
    public ObjectProperty<XRange> xRangeProperty() { return xRange; }

    /** A span drawn as a band behind the curves (a selected TradeSet or bar), or null. */
    public ObjectProperty<XRange> highlightProperty() { return highlight; }

    /** The whole data span, or null without data. */
    public XRange extent() { return extent; }

    /** Shares the x-range both ways: zooming either chart zooms both. */
    public void bindXRange(TimeSeriesChart other) {
        other.xRange.set(xRange.get());
        other.xRange.bindBidirectional(xRange);
    }

    /** Shows the whole data span. */
    public void resetZoom() {
        if (extent != null) xRange.set(extent);
    }

    /** Centres the view on {@code time} showing {@code span} milliseconds (less when the data is shorter). */
    public void centreOn(double time, double span) {
        if (extent != null) xRange.set(XRange.around(time, span, extent));
    }

    /** Nanoseconds the last redraw took (decimation and drawing commands). */
    public long lastDrawNanos() { return lastDrawNanos; }

    /** Points handed to the canvas by the last redraw, over all series. */
    public int lastDrawnPoints() { return lastDrawnPoints; }

    /** The x pixel of a time in the current view, for tests and overlays. */
    public double pixelOf(double time) {
        XRange r = xRange.get();
        return LEFT + (time - r.min()) / r.span() * plotWidth();
    }

    /** The time at an x pixel of the current view (the inverse of {@link #pixelOf}); NaN without data. */
    public double timeAt(double x) {
        XRange r = xRange.get();
        return r == null ? Double.NaN : r.min() + (x - LEFT) / plotWidth() * r.span();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private double plotWidth() { return Math.max(1, canvas.getWidth() - LEFT - RIGHT); }

    private double plotHeight() { return Math.max(1, canvas.getHeight() - TOP - BOTTOM); }

    private XRange computeExtent() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (LineSeries s : series) {
            if (s.size() == 0) continue;
            min = Math.min(min, s.time()[0]);
            max = Math.max(max, s.time()[s.size() - 1]);
        }
        if (min == Double.POSITIVE_INFINITY) return null;
        if (max <= min) max = min + 60_000;
        return new XRange(min, max);
    }

    private void installMouse() {
        setOnScroll(e -> {
            XRange r = xRange.get();
            if (r == null || e.getDeltaY() == 0) return;
            double anchor = r.min() + (e.getX() - LEFT) / plotWidth() * r.span();
            double factor = e.getDeltaY() > 0 ? 0.8 : 1.25;
            double minSpan = Math.max(extent.span() * 1e-6, 60_000);
            if (r.span() * factor < minSpan) return;
            xRange.set(r.zoom(anchor, factor, extent));
            e.consume();
        });
        setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            dragStartX = e.getX();
            dragStartRange = xRange.get();
        });
        setOnMouseDragged(e -> {
            if (dragStartRange == null || Double.isNaN(dragStartX)) return;
            double delta = -(e.getX() - dragStartX) / plotWidth() * dragStartRange.span();
            xRange.set(dragStartRange.pan(delta, extent));
        });
        setOnMouseReleased(e -> dragStartRange = null);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) resetZoom();
        });
        setOnMouseMoved(e -> {
            hoverX = e.getX();
            draw();
        });
        setOnMouseExited(e -> {
            hoverX = Double.NaN;
            draw();
        });
    }

    /** The visible slice of one series after decimation: times and values to draw. */
    private record Slice(double[] x, double[] y) {
    }

    private Slice slice(LineSeries s, XRange r, int columns) {
        long[] t = s.time();
        int from = lowerBound(t, r.min());
        int to = lowerBound(t, r.max());
        // one point beyond each edge so the curve runs to the border
        from = Math.max(0, from - 1);
        to = Math.min(t.length, to + 1);
        if (to <= from) return new Slice(new double[0], new double[0]);
        double[] values = from == 0 && to == t.length ? s.values() : Arrays.copyOfRange(s.values(), from, to);
        int[] idx = Decimator.indices(values, columns);
        double[] x = new double[idx.length];
        double[] y = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            x[i] = t[from + idx[i]];
            y[i] = values[idx[i]];
        }
        return new Slice(x, y);
    }

    private static int lowerBound(long[] t, double v) {
        int lo = 0;
        int hi = t.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private void draw() {
        long start = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFont(TITLE_FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.BLACK);
        g.fillText(title, LEFT, TOP / 2);
        XRange r = xRange.get();
        if (w < 10 || h < 10) return;
        if (r == null || extent == null) {
            g.setFill(AXIS_TEXT);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(emptyMessage, w / 2, h / 2);
            lastDrawnPoints = 0;
            return;
        }
        int columns = (int) Math.ceil(plotWidth());
        List<Slice> slices = new ArrayList<>(series.size());
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        int points = 0;
        for (LineSeries s : series) {
            Slice sl = slice(s, r, columns);
            slices.add(sl);
            points += sl.x().length;
            for (double v : sl.y()) {
                if (Double.isFinite(v)) {
                    yMin = Math.min(yMin, v);
                    yMax = Math.max(yMax, v);
                }
            }
        }
        for (Marker m : markers) {
            if (m.time() >= r.min() && m.time() <= r.max()) {
                yMin = Math.min(yMin, m.value());
                yMax = Math.max(yMax, m.value());
            }
        }
        if (includeZero) {
            yMin = Math.min(yMin, 0);
            yMax = Math.max(yMax, 0);
        }
        if (yMin == Double.POSITIVE_INFINITY) {
            yMin = 0;
            yMax = 1;
        }
        if (yMax - yMin < 1e-12) {
            double pad = Math.max(Math.abs(yMax) * 0.01, 1);
            yMin -= pad;
            yMax += pad;
        }
        double pad = (yMax - yMin) * 0.06;
        if (!(includeZero && yMax == 0)) yMax += pad;
        if (!(includeZero && yMin == 0)) yMin -= pad;
        double left = LEFT;
        double top = TOP;
        double pw = plotWidth();
        double ph = plotHeight();
        final double y0 = yMin;
        final double ySpan = yMax - yMin;
        DoubleFunction<Double> py = v -> top + ph - (v - y0) / ySpan * ph;

        drawGrid(g, r, left, top, pw, ph, yMin, yMax, py);
        XRange hl = highlight.get();
        if (hl != null && hl.max() >= r.min() && hl.min() <= r.max()) {
            double x1 = Math.max(left, left + (hl.min() - r.min()) / r.span() * pw);
            double x2 = Math.min(left + pw, left + (hl.max() - r.min()) / r.span() * pw);
            double cx = (x1 + x2) / 2;
            double bw = Math.max(4, x2 - x1);
            g.setFill(Palette.HIGHLIGHT);
            g.fillRect(cx - bw / 2, top, bw, ph);
        }
        g.save();
        g.beginPath();
        g.rect(left, top, pw, ph);
        g.clip();
        g.setLineWidth(1.3);
        for (int i = 0; i < slices.size(); i++) {
            Slice sl = slices.get(i);
            LineSeries s = series.get(i);
            int n = sl.x().length;
            if (n == 0) continue;
            boolean step = s.step();
            int m = step ? 2 * n - 1 : n;
            double[] xs = new double[m];
            double[] ys = new double[m];
            int k = 0;
            for (int j = 0; j < n; j++) {
                double x = left + (sl.x()[j] - r.min()) / r.span() * pw;
                double y = py.apply(sl.y()[j]);
                if (step && j > 0) {
                    // hold the previous value until this point's time
                    xs[k] = x;
                    ys[k] = ys[k - 1];
                    k++;
                }
                xs[k] = x;
                ys[k++] = y;
            }
            g.setStroke(s.color());
            g.strokePolyline(xs, ys, k);
        }
        drawMarkers(g, r, left, pw, py);
        g.restore();
        g.setStroke(Color.web("#999999"));
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, pw - 1, ph - 1);
        drawMarkerLegend(g, drawLegend(g, w));
        drawHover(g, r, left, top, pw, ph);
        lastDrawnPoints = points;
        lastDrawNanos = System.nanoTime() - start;
    }

    private void drawGrid(GraphicsContext g, XRange r, double left, double top, double pw, double ph,
            double yMin, double yMax, DoubleFunction<Double> py) {
        g.setFont(FONT);
        g.setLineWidth(1);
        double step = niceStep((yMax - yMin) / Math.max(2, Math.floor(ph / 32)));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v = Math.ceil(yMin / step) * step; v <= yMax; v += step) {
            double y = Math.round(py.apply(v)) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(left, y, left + pw, y);
            g.setFill(AXIS_TEXT);
            g.fillText(NumberFormats.axis(Math.abs(v) < step * 1e-9 ? 0 : v, step), left - 6, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (TimeTicks.Tick t : TimeTicks.ticks(r, pw, 110)) {
            double x = Math.round(left + (t.time() - r.min()) / r.span() * pw) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(x, top, x, top + ph);
            g.setFill(AXIS_TEXT);
            double lx = Math.max(left + 30, Math.min(left + pw - 30, x));
            g.fillText(t.label(), lx, top + ph + 4);
        }
    }

    private void drawMarkers(GraphicsContext g, XRange r, double left, double pw, DoubleFunction<Double> py) {
        int visible = 0;
        for (Marker mk : markers) if (mk.time() >= r.min() && mk.time() <= r.max()) visible++;
        markersAggregated = MarkerColumns.crowded(visible, pw);
        if (markersAggregated) {
            List<MarkerColumns.Column> cols = MarkerColumns.aggregate(markers, r, pw);
            for (MarkerColumns.Column c : cols) {
                double x = left + c.column() + 0.5;
                double y1 = py.apply(c.max());
                double y2 = py.apply(c.min());
                g.setStroke(c.color());
                g.setLineWidth(2);
                g.strokeLine(x, y1, x, y2);
                g.setFill(c.color());
                g.fillOval(x - 2, y1 - 2, 4, 4);
                if (y2 - y1 > 1) g.fillOval(x - 2, y2 - 2, 4, 4);
            }
            lastDrawnMarks = cols.size();
            return;
        }
        for (Marker mk : markers) {
            if (mk.time() < r.min() || mk.time() > r.max()) continue;
            double x = left + (mk.time() - r.min()) / r.span() * pw;
            double y = py.apply(mk.value());
            drawShape(g, mk.shape(), x, mk.shape() == MarkerShape.TRIANGLE ? (mk.up() ? y + 2 : y - 2) : y,
                    mk.size(), mk.up(), mk.color());
        }
        lastDrawnMarks = visible;
    }

    /**
     * One marker shape of height {@code s} in a colour with a white rim (so overlapping marks stay
     * apart); a triangle has its tip at {@code y}, every other shape its centre.
     */
    public static void drawShape(GraphicsContext g, MarkerShape shape, double x, double y, double s, boolean up,
            Color color) {
        g.setFill(color);
        g.setStroke(Color.WHITE);
        g.setLineWidth(0.8);
        double h = s / 2;
        switch (shape) {
            case TRIANGLE -> {
                double base = up ? y + s : y - s;
                double[] xs = {x, x - s * 0.6, x + s * 0.6};
                double[] ys = {y, base, base};
                g.fillPolygon(xs, ys, 3);
                g.strokePolygon(xs, ys, 3);
            }
            case DIAMOND -> {
                double[] xs = {x, x + h * 0.8, x, x - h * 0.8};
                double[] ys = {y - h, y, y + h, y};
                g.fillPolygon(xs, ys, 4);
                g.strokePolygon(xs, ys, 4);
            }
            case SQUARE -> {
                double a = s * 0.75;
                g.fillRect(x - a / 2, y - a / 2, a, a);
                g.strokeRect(x - a / 2, y - a / 2, a, a);
            }
            case CIRCLE -> {
                g.fillOval(x - h * 0.85, y - h * 0.85, h * 1.7, h * 1.7);
                g.strokeOval(x - h * 0.85, y - h * 0.85, h * 1.7, h * 1.7);
            }
            case CROSS -> {
                double a = h * 0.75;
                g.setStroke(Color.WHITE);
                g.setLineWidth(4.5);
                g.strokeLine(x - a, y - a, x + a, y + a);
                g.strokeLine(x - a, y + a, x + a, y - a);
                g.setStroke(color);
                g.setLineWidth(2.6);
                g.strokeLine(x - a, y - a, x + a, y + a);
                g.strokeLine(x - a, y + a, x + a, y - a);
            }
            case STAR -> {
                double[] xs = new double[10];
                double[] ys = new double[10];
                for (int i = 0; i < 10; i++) {
                    double rad = (i % 2 == 0 ? h * 1.1 : h * 0.45);
                    double ang = -Math.PI / 2 + i * Math.PI / 5;
                    xs[i] = x + rad * Math.cos(ang);
                    ys[i] = y + rad * Math.sin(ang);
                }
                g.fillPolygon(xs, ys, 10);
                g.strokePolygon(xs, ys, 10);
            }
            default -> throw new IllegalStateException(shape.toString());
        }
    }

    /** Marker legend entries right to left, ending left of {@code right}; a note when marks are aggregated. */
    private void drawMarkerLegend(GraphicsContext g, double right) {
        if (markerLegend.isEmpty() || markers.isEmpty()) return;
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double x = right;
        for (int i = markerLegend.size() - 1; i >= 0; i--) {
            Marker.Legend l = markerLegend.get(i);
            x -= textWidth(l.label()) + 26;
            drawShape(g, l.shape(), x + 6, l.shape() == MarkerShape.TRIANGLE ? TOP / 2 - 5 : TOP / 2, 10, true,
                    l.color());
            g.setFill(Color.BLACK);
            g.fillText(l.label(), x + 15, TOP / 2);
        }
        if (markersAggregated) {
            String note = "legs summed per pixel column: zoom in to see each";
            x -= textWidth(note) + 16;
            g.setFill(AXIS_TEXT);
            g.fillText(note, x, TOP / 2);
        }
    }

    /** Series names at the top right; returns the x where the legend starts (the right edge without one). */
    private double drawLegend(GraphicsContext g, double w) {
        if (series.size() < 2) return w - RIGHT;
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double x = w - RIGHT;
        for (int i = series.size() - 1; i >= 0; i--) {
            LineSeries s = series.get(i);
            double tw = textWidth(s.name());
            x -= tw + 22;
            g.setFill(s.color());
            g.fillRect(x, TOP / 2 - 2, 12, 4);
            g.setFill(Color.BLACK);
            g.fillText(s.name(), x + 16, TOP / 2);
        }
        return x - 8;
    }

    private void drawHover(GraphicsContext g, XRange r, double left, double top, double pw, double ph) {
        if (Double.isNaN(hoverX) || hoverX < left || hoverX > left + pw || series.isEmpty()) return;
        double time = r.min() + (hoverX - left) / pw * r.span();
        g.setStroke(Color.web("#777777"));
        g.setLineDashes(3, 3);
        g.strokeLine(hoverX + 0.5, top, hoverX + 0.5, top + ph);
        g.setLineDashes((double[]) null);
        StringBuilder sb = new StringBuilder();
        long at = (long) time;
        for (LineSeries s : series) {
            int i = lowerBound(s.time(), time + 1) - 1;
            if (i < 0) continue;
            if (sb.length() == 0) at = s.time()[i];
            sb.append("   ").append(s.name()).append(' ').append(readout.apply(s.values()[i]));
        }
        String text = TimeTicks.full(at) + sb;
        g.setFont(FONT);
        double tw = textWidth(text);
        double x = Math.min(left + pw - tw - 8, Math.max(left + 4, hoverX + 8));
        g.setFill(Color.color(1, 1, 1, 0.9));
        g.fillRect(x - 4, top + 4, tw + 8, 18);
        g.setFill(Color.BLACK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, top + 13);
    }

    private static double textWidth(String s) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(FONT);
        return t.getLayoutBounds().getWidth();
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * p;
    }
}
