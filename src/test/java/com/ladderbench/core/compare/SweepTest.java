package com.ladderbench.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.engine.PreparedData;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Metrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sweep is checked whole before its executor runs anything, and an executor (local cores or a
 * cluster) only has to run each point with {@link Sweep#runPoint}: the table is assembled by grid
 * position, whatever the executor.
 */
class SweepTest {
    private static final String DIR = "sample-backtests/trend-ladder/";
    private static RunInputs in;

    @BeforeAll
    static void load() throws InvalidInputException {
        in = RunInputs.load(Path.of(DIR + "plan.json"), List.of(DIR + "BTC-USD_1h.csv"), Path.of(DIR + "config.json"));
    }

    private static List<SweepParameter> params(String... texts) throws InvalidInputException {
        List<SweepParameter> out = new ArrayList<>();
        for (String t : texts) out.add(SweepParameter.parse(t));
        return out;
    }

    @Test
    void aBadValueAtAnyPointStopsTheSweepBeforeTheExecutorIsCalled() throws Exception {
        SweepExecutor never = (grid, data, monitor) -> fail("the executor ran although a point was bad");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Sweep.run(in.plan().plan(),
                in.data(), in.config(), params("config.min_hold_bars=2,4,-1"), never, RunMonitor.NONE));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).render().contains("--param"), e.getMessage());
    }

    @Test
    void theExecutorGetsEveryPointInGridOrderAndEachMetricLandsOnItsPoint() throws Exception {
        List<SweepGrid> seen = new ArrayList<>();
        SweepExecutor numbering = (grid, data, monitor) -> {
            seen.add(grid);
            List<Metrics> out = new ArrayList<>();
            for (SweepPoint p : grid.points()) out.add(new Metrics(0, 0, 0, 0, 0, 0, p.index(), 0, 0, 0, 0, 0, 0, 0, 0));
            return out;
        };
        SweepResult r = Sweep.run(in.plan().plan(), in.data(), in.config(),
                params("triggers.momentum_fade_trim.exit_fraction=0.25,0.5", "config.min_hold_bars=2,4,8"),
                numbering, RunMonitor.NONE);

        List<List<String>> values = r.points().stream().map(SweepResult.Point::values).toList();
        assertEquals(List.of(List.of("0.25", "2"), List.of("0.25", "4"), List.of("0.25", "8"),
                List.of("0.5", "2"), List.of("0.5", "4"), List.of("0.5", "8")), values, "first parameter slowest");
        for (int i = 0; i < r.points().size(); i++) assertEquals(i, r.points().get(i).metrics().numTradeSets());
        SweepGrid grid = seen.get(0);
        for (SweepPoint p : grid.points()) {
            assertEquals(Sweep.scenario(grid.plan(), grid.config(), p), grid.scenarios().get(p.index()),
                    "each point's checked scenario is the one its overrides make");
        }
    }

    @Test
    void aPointRunAloneHasTheMetricsTheLocalSweepGivesIt() throws Exception {
        List<SweepParameter> params = params("config.min_hold_bars=1,6", "triggers.momentum_fade_trim.exit_fraction=0.2,0.6");
        SweepResult local = Sweep.run(in.plan().plan(), in.data(), in.config(), params, RunMonitor.NONE);
        List<SweepPoint> points = Sweep.points(params);

        for (SweepPoint p : points) {
            Metrics alone = Sweep.runPoint(Sweep.scenario(in.plan().plan(), in.config(), p), in.data(), RunMonitor.NONE);
            assertEquals(local.points().get(p.index()).metrics(), alone, "point " + p.values());
        }
        assertTrue(local.points().stream().map(SweepResult.Point::metrics).distinct().count() > 1,
                "the overrides change the runs");
    }

    @Test
    void oneWorkerReusingItsBooksGivesEachPointTheMetricsItHasAlone() throws Exception {
        // on one thread every point after the first books into the tally of the points before it,
        // in grid order: many trades, then few; another lot size; then many again
        List<SweepParameter> params = params("config.min_hold_bars=1,40", "config.lot_size=0.001,1");
        SweepResult one = Sweep.run(in.plan().plan(), in.data(), in.config(), params, Sweep.local(1), RunMonitor.NONE);
        for (SweepPoint p : Sweep.points(params)) {
            Metrics alone = Sweep.runPoint(Sweep.scenario(in.plan().plan(), in.config(), p), in.data(), RunMonitor.NONE);
            assertEquals(alone, one.points().get(p.index()).metrics(), "point " + p.values());
        }
        assertEquals(4, one.points().stream().map(SweepResult.Point::metrics).distinct().count(),
                "the overrides change the runs");
    }

    @Test
    void theMetricsDoNotDependOnHowManyThreadsRunThePoints() throws Exception {
        List<SweepParameter> params = params("config.min_hold_bars=1,6,12", "triggers.momentum_fade_trim.exit_fraction=0.2,0.6");
        SweepResult one = Sweep.run(in.plan().plan(), in.data(), in.config(), params, Sweep.local(1), RunMonitor.NONE);
        SweepResult two = Sweep.run(in.plan().plan(), in.data(), in.config(), params, Sweep.local(2), RunMonitor.NONE);
        SweepResult three = Sweep.run(in.plan().plan(), in.data(), in.config(), params, Sweep.local(3), RunMonitor.NONE);
        // two threads (bench --threads 1,2 times it) and more threads than some workers get points
        assertEquals(one, two);
        assertEquals(one, three);
        assertThrows(IllegalArgumentException.class, () -> Sweep.local(0));
    }

    @Test
    void pointsThatDifferInAThresholdComputeEachIndicatorOnceBetweenThem() throws Exception {
        SweepGrid grid = Sweep.check(in.plan().plan(), in.config(),
                params("triggers.momentum_fade_trim.exit_fraction=0.2,0.4,0.6", "config.min_hold_bars=2,8"));
        PreparedData alone = new PreparedData(in.data());
        Metrics first = Sweep.runPoint(grid.scenarios().get(0), alone, RunMonitor.NONE);
        PreparedData shared = new PreparedData(in.data());
        List<Metrics> metrics = new ArrayList<>();
        for (Scenario s : grid.scenarios()) metrics.add(Sweep.runPoint(s, shared, RunMonitor.NONE));

        assertTrue(alone.indicatorsComputed() > 0);
        assertEquals(alone.indicatorsComputed(), shared.indicatorsComputed(), "six points, one point's indicators");
        assertEquals(first, metrics.get(0), "sharing changes no result");
    }

    @Test
    void pointsThatDifferOutsideTheirRulesCompileEachRuleOnceBetweenThemAndOneThatChangesARuleCompilesOnlyIt()
            throws Exception {
        SweepGrid grid = Sweep.check(in.plan().plan(), in.config(), List.of(new SweepParameter(
                "triggers.momentum_fade_trim.exit_rule", List.of("rsi_14 < 45", "rsi_14 < 40", "rsi_14 < 45")),
                SweepParameter.parse("config.min_hold_bars=2,8")));
        PreparedData alone = new PreparedData(in.data());
        Metrics first = Sweep.runPoint(grid.scenarios().get(0), alone, RunMonitor.NONE);
        PreparedData shared = new PreparedData(in.data());
        List<Metrics> metrics = new ArrayList<>();
        for (Scenario s : grid.scenarios()) metrics.add(Sweep.runPoint(s, shared, RunMonitor.NONE));

        assertTrue(alone.rulesCompiled() > 1, "a point compiles its rules");
        assertEquals(alone.rulesCompiled() + 1, shared.rulesCompiled(), "six points, one point's rules and rsi_14 < 40");
        assertEquals(first, metrics.get(0), "sharing changes no result");
        assertEquals(metrics.get(0), metrics.get(4), "the same point again, on rules another point compiled");
        assertTrue(!metrics.get(0).equals(metrics.get(2)), "the other exit rule is its own");
    }

    @Test
    void pointsThatDifferInAnIndicatorPeriodComputeOneSeriesPerDistinctPeriod() throws Exception {
        // rsi_14 is read by other triggers too, so only rsi_9 and rsi_21 are new
        SweepGrid grid = Sweep.check(in.plan().plan(), in.config(), List.of(new SweepParameter(
                "triggers.momentum_fade_trim.exit_rule",
                List.of("rsi_9 < 45", "rsi_14 < 45", "rsi_21 < 45", "rsi_9 < 40"))));
        PreparedData base = new PreparedData(in.data());
        Sweep.runPoint(grid.scenarios().get(1), base, RunMonitor.NONE);
        PreparedData shared = new PreparedData(in.data());
        for (Scenario s : grid.scenarios()) Sweep.runPoint(s, shared, RunMonitor.NONE);

        assertEquals(base.indicatorsComputed() + 2, shared.indicatorsComputed(), "rsi_9, 14, 21 and 9 again");
    }
}
