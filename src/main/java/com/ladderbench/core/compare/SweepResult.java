package com.ladderbench.core.compare;

import com.ladderbench.model.Metrics;
import java.util.List;

/**
 * A sweep's grid, one point per combination of parameter values, in grid order (the first
 * parameter varies slowest).
 */
public record SweepResult(List<SweepParameter> parameters, List<Point> points) {

    public SweepResult {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
    }

    /** @param values one value per parameter, in parameter order */
    public record Point(List<String> values, Metrics metrics) {
        public Point {
            values = List.copyOf(values);
        }
    }
}
