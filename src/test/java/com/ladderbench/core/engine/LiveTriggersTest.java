package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.cli.BenchCommand;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.Direction;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decision visits only the triggers with a rule that may be TRUE or MISSING at the bar (on most
 * bars none), which is exact: a run decides as one that visits every trigger on every bar, as a
 * symbol of more than {@value LiveTriggers#MAX_TRIGGERS} triggers, and every traced bar, still do.
 * The same fills, events (missing-indicator notices once per warm-up stretch, the missing exit-rule
 * notice), trigger statistics and equity.
 */
class LiveTriggersTest {
    private static final int BARS = 4000;
    private static final String SYMBOL = BenchCommand.plan(8).symbols().get(0);

    /** The bench plan's 8 triggers, some on 5m bars over the 1m base, and a risk_reduce trigger without an exit rule. */
    private static List<Trigger> skipped(boolean clocked) {
        List<Trigger> out = new ArrayList<>();
        int k = 0;
        for (Trigger t : BenchCommand.plan(8).triggers()) {
            Timeframe tf = clocked && k++ % 3 == 1 ? Timeframe.M5 : t.timeframe();
            out.add(new Trigger(t.id(), t.symbol(), tf, t.direction(), t.category(), t.confidenceGrade(),
                    t.entryRule(), t.exitRule(), t.holdRule(), t.stopLossPct(), t.exitFraction()));
        }
        out.add(new Trigger("no_exit_rule", SYMBOL, Timeframe.M1, Direction.EXIT, Category.RISK_REDUCE, null, null,
                null, null, null, 0.5));
        return out;
    }

    /** Triggers whose rules are FALSE at every bar: they change no decision, only how many a symbol has. */
    private static List<Trigger> inert(int n) {
        List<Trigger> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(new Trigger("inert" + k, SYMBOL, Timeframe.M1, Direction.LONG, Category.MEAN_REVERSION, null,
                    "close < 0", "close < 0", null, 1.0, null));
        }
        return out;
    }

    private static Plan plan(List<Trigger> triggers) {
        Plan bench = BenchCommand.plan(8);
        return new Plan(bench.planId(), bench.regime(), triggers, bench.riskConstraints(), bench.sizingRules(),
                bench.riskOff(), bench.generatedAt(), bench.validUntil(), bench.globalView());
    }

    private static EngineRun run(List<Trigger> triggers, RunConfig config, DecisionTracer tracer)
            throws InvalidInputException {
        Plan plan = plan(triggers);
        BarSeries bars = SyntheticMarket.generate(SYMBOL, Timeframe.M1, BARS, 11);
        return TriggerEngine.run(plan, TestData.marketData(List.of(bars), plan), config, RunMonitor.NONE, tracer);
    }

    private static void assertSameDecisions(EngineRun expected, EngineRun actual, int triggers) {
        assertEquals(expected.fills(), actual.fills());
        assertEquals(expected.events(), actual.events());
        assertEquals(expected.triggerStats().subList(0, triggers), actual.triggerStats().subList(0, triggers));
        assertArrayEquals(expected.equity().time(), actual.equity().time());
        assertArrayEquals(expected.equity().equity(), actual.equity().equity());
        assertEquals(expected.finalCash(), actual.finalCash());
    }

    private static void checkAgainstEveryTriggerVisited(boolean clocked, RunConfig config)
            throws InvalidInputException {
        List<Trigger> plan = skipped(clocked);
        EngineRun live = run(plan, config, null);
        assertTrue(live.fills().size() > 20, "the plan trades: " + live.fills().size());
        assertTrue(live.events().stream().anyMatch(e -> e.reason() == BlockReason.MISSING_INDICATOR),
                "indicators warm up");
        assertTrue(live.events().stream().anyMatch(e -> e.reason() == BlockReason.MISSING_EXIT_RULE),
                "a notice (once per position) for the trigger without an exit rule");
        List<Trigger> many = new ArrayList<>(plan);
        many.addAll(inert(LiveTriggers.MAX_TRIGGERS + 1 - plan.size()));
        assertSameDecisions(run(many, config, null), live, plan.size());
        assertSameDecisions(run(plan, config, new EveryBar()), live, plan.size());
    }

    @Test
    void skippingTriggersDecidesAsVisitingEveryTriggerOnEveryBar() throws InvalidInputException {
        checkAgainstEveryTriggerVisited(false, RunConfig.defaults());
    }

    @Test
    void skippingTriggersOnTheirOwnTimeframeDecidesAsVisitingThemAll() throws InvalidInputException {
        checkAgainstEveryTriggerVisited(true, RunConfig.defaults());
    }

    @Test
    void skippingTriggersWithShortsAndNextOpenFillsDecidesAsVisitingThemAll() throws InvalidInputException {
        checkAgainstEveryTriggerVisited(true,
                RunConfig.defaults().toBuilder().allowShort(true).fillModel(FillModel.NEXT_OPEN).build());
    }

    /** Traces every bar (a traced bar visits every trigger) and shows nothing. */
    private static final class EveryBar extends IgnoringTracer {
        @Override
        public boolean traces(String s, long barTime) {
            return true;
        }
    }
}
