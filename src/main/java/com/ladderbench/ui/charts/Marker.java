package com.ladderbench.ui.charts;

import javafx.scene.paint.Color;

/**
 * A point drawn on top of a chart's curves: a triangle pointing up (buy) or down (sell).
 *
 * @param size the triangle's height in pixels
 */
public record Marker(long time, double value, boolean up, double size, Color color, String label) {
}
