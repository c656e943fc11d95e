package com.ladderbench.ui.charts;

import javafx.scene.paint.Color;

/**
 * A point drawn on top of a chart's curves: a shape in a colour, a triangle pointing up (buy) or
 * down (sell).
 *
 * @param size the shape's height in pixels
 */
public record Marker(long time, double value, boolean up, double size, Color color, MarkerShape shape,
        String label) {

    /** A buy/sell triangle. */
    public Marker(long time, double value, boolean up, double size, Color color, String label) {
        this(time, value, up, size, color, MarkerShape.TRIANGLE, label);
    }

    /** A legend line: a shape in a colour and what it stands for. */
    public record Legend(String label, Color color, MarkerShape shape) {
    }
}
