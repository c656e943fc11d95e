package com.ladderbench.ui;

import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunResult;
import java.util.List;

/**
 * What the workbench is showing: one or more runs side by side (ladder first, then baseline,
 * then variants), the plan they ran, and the market data when it is loaded (null for a run
 * directory whose data files are gone, or for an imported fills file).
 *
 * @param source what was opened or run, for the title bar and messages
 */
public record WorkbenchResult(List<ComparisonResult.Side> sides, Plan plan, MarketData data, String source) {

    public WorkbenchResult {
        sides = List.copyOf(sides);
    }

    /** The run analysts look at first: the ladder, or the only run. */
    public RunResult primary() {
        return sides.get(0).result();
    }

    /** The baseline run, or null when the result is a single run. */
    public RunResult baselineOrNull() {
        for (ComparisonResult.Side s : sides) {
            if (s.name().equals(com.ladderbench.core.compare.Comparison.BASELINE)) return s.result();
        }
        return null;
    }
}
