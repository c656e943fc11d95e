package com.ladderbench.core.compare;

import com.ladderbench.model.RunResult;
import java.util.List;

/**
 * Ladder, baseline and any variants run on the same data and config.
 *
 * @param sides ladder first, then the baseline, then variants in the order given
 */
public record ComparisonResult(BaselineMode baselineMode, List<Side> sides) {

    public ComparisonResult {
        sides = List.copyOf(sides);
    }

    /** One column of the comparison. */
    public record Side(String name, RunResult result) {
    }

    public RunResult ladder() { return side(Comparison.LADDER); }

    public RunResult baseline() { return side(Comparison.BASELINE); }

    public RunResult side(String name) {
        for (Side s : sides) {
            if (s.name().equals(name)) return s.result();
        }
        throw new IllegalArgumentException("no side " + name);
    }
}
