package com.ladderbench.core.compare;

import java.io.Serializable;
import java.util.List;

/**
 * One point of a sweep's grid: its place in grid order and the overrides it applies, one per
 * parameter. Serializable because a distributed sweep ships the points, not the scenarios built
 * from them, to the machines that run them.
 *
 * @param index the point's position in grid order (the first parameter varies slowest)
 */
public record SweepPoint(int index, List<ParameterOverride> overrides) implements Serializable {

    public SweepPoint {
        overrides = List.copyOf(overrides);
    }

    /** The point's parameter values, in parameter order. */
    public List<String> values() {
        return overrides.stream().map(ParameterOverride::value).toList();
    }
}
