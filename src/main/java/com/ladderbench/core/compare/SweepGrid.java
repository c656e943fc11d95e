package com.ladderbench.core.compare;

import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import java.util.List;

/**
 * A sweep ready to run, every point checked: the base plan and configuration the overrides apply
 * to, the grid's points in grid order, and the scenario each point makes ({@code scenarios.get(i)}
 * belongs to {@code points.get(i)}).
 */
public record SweepGrid(Plan plan, RunConfig config, List<SweepParameter> parameters, List<SweepPoint> points,
        List<Scenario> scenarios) {

    public SweepGrid {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
        scenarios = List.copyOf(scenarios);
        if (points.size() != scenarios.size()) throw new IllegalArgumentException("one scenario per point");
    }
}
