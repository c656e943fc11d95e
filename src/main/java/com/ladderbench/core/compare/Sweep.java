package com.ladderbench.core.compare;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.Problem;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A parameter sweep (SPEC §6): the ladder run at every point of the grid of overrides, in
 * parallel. Every point is validated before any runs, so a bad value is reported at once.
 */
public final class Sweep {
    /** Enough for a 3-axis grid of ten values each; larger grids are almost always a typo. */
    public static final int MAX_POINTS = 2_000;

    private Sweep() {
    }

    public static SweepResult run(Plan plan, MarketData data, RunConfig config, List<SweepParameter> params,
            RunMonitor monitor) throws InvalidInputException {
        checkGridSize(params);
        rejectRepeatedPaths(params);
        List<List<String>> grid = grid(params);
        List<BacktestRequest> requests = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (List<String> values : grid) {
            List<ParameterOverride> overrides = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                overrides.add(new ParameterOverride(params.get(i).path(), values.get(i)));
            }
            try {
                Scenario s = Overrides.apply(plan, config, overrides, "--param");
                requests.add(new BacktestRequest("sweep", s.plan(), data, s.config(), s.overrides()));
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    if (!problems.contains(p)) problems.add(p);
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        List<RunResult> results = ParallelRuns.run(requests, monitor);
        List<SweepResult.Point> points = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) points.add(new SweepResult.Point(grid.get(i), results.get(i).metrics()));
        return new SweepResult(params, points);
    }

    /**
     * Refuses a grid above {@link #MAX_POINTS} from the axes' sizes alone, before any point is built
     * (a five-axis grid of 100 values each would not even fit in memory as a list of points).
     */
    public static void checkGridSize(List<SweepParameter> params) throws InvalidInputException {
        if (params.isEmpty()) throw InvalidInputException.of(null, "--param", "a sweep needs at least one --param");
        long points = 1;
        StringBuilder product = new StringBuilder();
        for (SweepParameter p : params) {
            if (product.length() > 0) product.append(" x ");
            product.append(p.values().size());
            points = points > MAX_POINTS ? points : points * p.values().size(); // stays far below overflow
        }
        if (points > MAX_POINTS) {
            String size = params.size() == 1 ? product.toString() : product + " = " + exactProduct(params);
            throw InvalidInputException.of(null, "--param",
                    "the grid has " + size + " points; at most " + MAX_POINTS + " are allowed");
        }
    }

    private static java.math.BigInteger exactProduct(List<SweepParameter> params) {
        java.math.BigInteger n = java.math.BigInteger.ONE;
        for (SweepParameter p : params) n = n.multiply(java.math.BigInteger.valueOf(p.values().size()));
        return n;
    }

    /** A path swept twice would have the second axis silently win while rows are labelled by both. */
    static void rejectRepeatedPaths(List<SweepParameter> params) throws InvalidInputException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (SweepParameter p : params) {
            if (!seen.add(p.path())) {
                problems.add(new Problem(null, "--param " + p.path(), "the path " + p.path()
                        + " is swept twice; give it once with all its values (PATH=V1,V2,...)"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    static List<List<String>> grid(List<SweepParameter> params) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (SweepParameter p : params) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String v : p.values()) {
                    List<String> row = new ArrayList<>(prefix);
                    row.add(v);
                    next.add(row);
                }
            }
            out = next;
        }
        return out;
    }
}
