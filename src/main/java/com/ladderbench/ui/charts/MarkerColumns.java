package com.ladderbench.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * Markers reduced for drawing, like the curves are: when more are visible than fit side by side
 * (one per {@link #MIN_PX_PER_MARKER} pixels), each pixel column keeps one mark per colour and
 * shape spanning the values of the markers that fall into it, so ten thousand legs draw as at most
 * a few marks per column instead of a cloud of overlapping shapes. Zoomed in, markers are drawn
 * one by one.
 */
final class MarkerColumns {
    /** Horizontal room one marker needs to be read on its own. */
    static final double MIN_PX_PER_MARKER = 12;

    private MarkerColumns() {
    }

    /** One pixel column's markers of one colour and shape. */
    record Column(int column, Color color, MarkerShape shape, double min, double max, int count) {
    }

    /** True when {@code visible} markers do not fit one by one into {@code plotWidth} pixels. */
    static boolean crowded(int visible, double plotWidth) {
        return visible * MIN_PX_PER_MARKER > plotWidth;
    }

    /** The visible markers (time inside {@code r}) as per-column marks, in column order. */
    static List<Column> aggregate(List<Marker> markers, XRange r, double plotWidth) {
        List<Column> out = new ArrayList<>();
        // markers arrive in time order, so a column's marks are complete when the column changes
        List<Acc> open = new ArrayList<>();
        int current = Integer.MIN_VALUE;
        for (Marker m : markers) {
            if (m.time() < r.min() || m.time() > r.max()) continue;
            int col = (int) Math.min(Math.floor(plotWidth) - 1,
                    Math.floor((m.time() - r.min()) / r.span() * plotWidth));
            if (col != current) {
                flush(open, current, out);
                current = col;
            }
            Acc acc = null;
            for (Acc a : open) {
                if (a.color.equals(m.color()) && a.shape == m.shape()) acc = a;
            }
            if (acc == null) {
                acc = new Acc(m.color(), m.shape());
                open.add(acc);
            }
            acc.add(m.value());
        }
        flush(open, current, out);
        return out;
    }

    private static void flush(List<Acc> open, int column, List<Column> out) {
        for (Acc a : open) out.add(new Column(column, a.color, a.shape, a.min, a.max, a.count));
        open.clear();
    }

    private static final class Acc {
        final Color color;
        final MarkerShape shape;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int count;

        Acc(Color color, MarkerShape shape) {
            this.color = color;
            this.shape = shape;
        }

        void add(double v) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            count++;
        }
    }
}
