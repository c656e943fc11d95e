package com.ladderbench.core.compare;

import com.ladderbench.core.analysis.TradeTally;
import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.engine.PreparedData;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.Plan;
import com.ladderbench.model.Problem;
import com.ladderbench.model.RunConfig;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A parameter sweep (SPEC §6): the ladder run at every point of the grid of overrides. Every point
 * is checked before any runs ({@link #check}), so a bad value is reported at once; then an
 * executor runs the points, each with {@link #runPoint}: {@link #LOCAL} across this machine's
 * cores, or a cluster's tasks (com.ladderbench.spark), with identical results.
 */
public final class Sweep {
    /** Enough for a 3-axis grid of ten values each; larger grids are almost always a typo. */
    public static final int MAX_POINTS = 2_000;

    /** The default: the points' runs in parallel on all of this machine's cores ({@link #local}). */
    public static final SweepExecutor LOCAL = (grid, data, monitor) ->
            local(Runtime.getRuntime().availableProcessors()).run(grid, data, monitor);

    private Sweep() {
    }

    /**
     * The points' runs on {@code threads} threads of this machine, sharing the loaded data and
     * every indicator computed from it ({@link PreparedData}); each run keeps only its metrics, so
     * memory stays flat however many points there are. The same threads, and no others, first
     * compute the indicators the points read, together, then run the points. The metrics do not
     * depend on the threads.
     */
    public static SweepExecutor local(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        return (grid, data, monitor) -> {
            PreparedData shared = new PreparedData(data);
            // a point's books, one per worker at a time (at most one per thread): reused, not reallocated
            Queue<TradeTally> idleBooks = new ConcurrentLinkedQueue<>();
            List<ParallelRuns.Task<Metrics>> tasks = new ArrayList<>();
            List<Plan> plans = new ArrayList<>();
            for (Scenario s : grid.scenarios()) {
                tasks.add(each -> {
                    TradeTally books = idleBooks.poll();
                    if (books == null) books = new TradeTally();
                    Metrics m = runPoint(s, shared, each, books);
                    idleBooks.add(books); // not on failure: the next point starts a new one
                    return m;
                });
                plans.add(s.plan());
            }
            return ParallelRuns.run(() -> shared.computeIndicators(plans), tasks,
                    Math.min(threads, Math.max(1, tasks.size())), monitor);
        };
    }

    /** The sweep on this machine's cores. */
    public static SweepResult run(Plan plan, MarketData data, RunConfig config, List<SweepParameter> params,
            RunMonitor monitor) throws InvalidInputException {
        return run(plan, data, config, params, LOCAL, monitor);
    }

    /** Checks every point, then has {@code executor} run them; nothing runs if any point is bad. */
    public static SweepResult run(Plan plan, MarketData data, RunConfig config, List<SweepParameter> params,
            SweepExecutor executor, RunMonitor monitor) throws InvalidInputException {
        SweepGrid grid = check(plan, config, params);
        return result(grid, executor.run(grid, data, monitor));
    }

    /**
     * The grid with every point's overrides applied and validated; the problems of all points
     * together (each once) when any is bad.
     */
    public static SweepGrid check(Plan plan, RunConfig config, List<SweepParameter> params)
            throws InvalidInputException {
        List<SweepPoint> points = points(params);
        List<Scenario> scenarios = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (SweepPoint point : points) {
            try {
                scenarios.add(scenario(plan, config, point));
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    if (!problems.contains(p)) problems.add(p);
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new SweepGrid(plan, config, params, points, scenarios);
    }

    /** The grid's points in grid order (the first parameter varies slowest), its size checked first. */
    public static List<SweepPoint> points(List<SweepParameter> params) throws InvalidInputException {
        checkGridSize(params);
        rejectRepeatedPaths(params);
        List<List<String>> grid = grid(params);
        List<SweepPoint> points = new ArrayList<>(grid.size());
        for (List<String> values : grid) {
            List<ParameterOverride> overrides = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                overrides.add(new ParameterOverride(params.get(i).path(), values.get(i)));
            }
            points.add(new SweepPoint(points.size(), overrides));
        }
        return points;
    }

    /** The plan and configuration at {@code point}: its overrides applied to the base ones. */
    public static Scenario scenario(Plan plan, RunConfig config, SweepPoint point) throws InvalidInputException {
        return Overrides.apply(plan, config, point.overrides(), "--param");
    }

    /** Runs one point: the engine on {@code data} with the point's scenario; only the metrics are kept. */
    public static Metrics runPoint(Scenario scenario, MarketData data, RunMonitor monitor)
            throws InvalidInputException {
        return runPoint(scenario, new PreparedData(data), monitor);
    }

    /**
     * Runs one point on data whose indicators the other points share; the metrics are the same as
     * {@link #runPoint(Scenario, MarketData, RunMonitor)}'s.
     */
    public static Metrics runPoint(Scenario scenario, PreparedData data, RunMonitor monitor)
            throws InvalidInputException {
        return runPoint(scenario, data, monitor, null);
    }

    /**
     * As {@link #runPoint(Scenario, PreparedData, RunMonitor)}, the point's trades booked into
     * {@code books} (emptied first; null: a new tally), which its caller may reuse for its next
     * point once this returns; the metrics are the same either way.
     */
    public static Metrics runPoint(Scenario scenario, PreparedData data, RunMonitor monitor, TradeTally books)
            throws InvalidInputException {
        return BacktestRunner.metrics(request(scenario, data.data()), data, monitor, books);
    }

    private static BacktestRequest request(Scenario s, MarketData data) {
        return new BacktestRequest("sweep", s.plan(), data, s.config(), s.overrides());
    }

    /** The sweep's table from each point's metrics, given in grid order. */
    public static SweepResult result(SweepGrid grid, List<Metrics> metrics) {
        if (metrics.size() != grid.points().size()) {
            throw new IllegalStateException(metrics.size() + " results for " + grid.points().size() + " points");
        }
        List<SweepResult.Point> points = new ArrayList<>();
        for (SweepPoint p : grid.points()) points.add(new SweepResult.Point(p.values(), metrics.get(p.index())));
        return new SweepResult(grid.parameters(), points);
    }

    /**
     * Refuses a grid above {@link #MAX_POINTS} from the axes' sizes alone, before any point is built
     * (a five-axis grid of 100 values each would not even fit in memory as a list of points).
     */
    public static void checkGridSize(List<SweepParameter> params) throws InvalidInputException {
        if (params.isEmpty()) throw InvalidInputException.of(null, "--param", "a sweep needs at least one --param");
        BigInteger points = BigInteger.ONE;
        StringBuilder product = new StringBuilder();
        for (SweepParameter p : params) {
            if (product.length() > 0) product.append(" x ");
            product.append(p.values().size());
            points = points.multiply(BigInteger.valueOf(p.values().size()));
        }
        if (points.compareTo(BigInteger.valueOf(MAX_POINTS)) > 0) {
            String size = params.size() == 1 ? product.toString() : product + " = " + points;
            throw InvalidInputException.of(null, "--param",
                    "the grid has " + size + " points; at most " + MAX_POINTS + " are allowed");
        }
    }

    /** A path swept twice would have the second axis silently win while rows are labelled by both. */
    static void rejectRepeatedPaths(List<SweepParameter> params) throws InvalidInputException {
        Set<String> seen = new HashSet<>();
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
