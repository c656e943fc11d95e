package com.ladderbench.core.compare;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Ladder against baseline (SPEC §6): the plan as written, the plan with every de-risk signal
 * flattening, and what-if variants, all on the same data and config, run in parallel.
 */
public final class Comparison {
    public static final String LADDER = "ladder";
    public static final String BASELINE = "baseline";

    private Comparison() {
    }

    public static ComparisonResult run(Plan plan, MarketData data, RunConfig config, BaselineMode mode,
            List<Variant> variants, RunMonitor monitor) throws InvalidInputException {
        List<BacktestRequest> requests = new ArrayList<>();
        requests.add(BacktestRequest.of(LADDER, plan, data, config));
        requests.add(new BacktestRequest(BASELINE, mode.apply(plan), data, config, List.of("baseline=" + mode.wire())));
        List<String> seen = new ArrayList<>();
        for (Variant v : variants) {
            if (seen.contains(v.name())) {
                throw InvalidInputException.of(null, "--variant " + v.name(), "two variants are named " + v.name());
            }
            seen.add(v.name());
            Scenario s = Overrides.apply(plan, config, v.overrides(), "--variant " + v.name());
            requests.add(new BacktestRequest(v.name(), s.plan(), data, s.config(), s.overrides()));
        }
        List<RunResult> results = ParallelRuns.run(requests, monitor);
        List<ComparisonResult.Side> sides = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            sides.add(new ComparisonResult.Side(requests.get(i).label(), results.get(i)));
        }
        return new ComparisonResult(mode, sides);
    }
}
