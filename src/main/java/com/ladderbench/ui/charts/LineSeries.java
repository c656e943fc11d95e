package com.ladderbench.ui.charts;

import javafx.scene.paint.Color;

/**
 * One curve of a {@link TimeSeriesChart}: columns as the core produces them, never copied
 * point by point into chart objects, so a million-point series costs nothing until drawn.
 *
 * @param time epoch milliseconds, ascending
 * @param step drawn as a staircase (the value holds until the next point), e.g. a position
 */
public record LineSeries(String name, long[] time, double[] values, Color color, boolean step) {

    public LineSeries {
        if (time.length != values.length) throw new IllegalArgumentException("columns of unequal length");
    }

    public static LineSeries line(String name, long[] time, double[] values, Color color) {
        return new LineSeries(name, time, values, color, false);
    }

    public int size() { return time.length; }
}
