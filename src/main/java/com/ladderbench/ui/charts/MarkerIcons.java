package com.ladderbench.ui.charts;

import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;

/** A chart marker's shape as a small icon, so tables and legends show legs exactly as the charts do. */
public final class MarkerIcons {
    private MarkerIcons() {
    }

    public static Canvas icon(MarkerShape shape, Color color, double size) {
        Canvas c = new Canvas(size + 3, size + 3);
        double mid = (size + 3) / 2;
        // a triangle is drawn from its tip: start it at the top so the icon is centred
        TimeSeriesChart.drawShape(c.getGraphicsContext2D(), shape, mid,
                shape == MarkerShape.TRIANGLE ? mid - size / 2 : mid, size, true, color);
        return c;
    }
}
