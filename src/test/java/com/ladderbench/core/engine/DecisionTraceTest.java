package com.ladderbench.core.engine;

import com.ladderbench.model.Timeframe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.core.rules.EvalContext;
import com.ladderbench.core.rules.RuleResult;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Fill;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The decision trace (what `explain` shows) is the engine's own decision, call for call: for a
 * bar the tracer asks for, the position before, each trigger with every rule it evaluated, every
 * guard checked with its measured value and limit, each candidate (or why it was blocked), the
 * winner and the fill; for any other bar, nothing. Lot size 1, so lots read as units.
 */
class DecisionTraceTest {

    /** Writes each call as one line; traces only the bars it is given. */
    private static class Recorder implements DecisionTracer {
        final List<String> lines = new ArrayList<>();
        private final Set<Integer> bars;

        Recorder(Integer... bars) {
            this.bars = Set.of(bars);
        }

        @Override
        public boolean traces(String symbol, long barTime) {
            boolean yes = bars.contains(EngineScenario.bar(barTime));
            if (yes) lines.add("bar " + EngineScenario.bar(barTime) + " " + symbol);
            return yes;
        }

        @Override
        public void position(long lots, double wac, int barsHeld) {
            lines.add("position " + lots + " @" + n(wac) + " held " + barsHeld);
        }

        @Override
        public void trigger(Trigger trigger) {
            lines.add("trigger " + trigger.id());
        }

        @Override
        public void rule(Trigger trigger, RuleRole role, CompiledRule rule, EvalContext ctx, int result) {
            lines.add("rule " + (trigger == null ? "-" : trigger.id()) + " " + lower(role) + " "
                    + RuleResult.name(result));
        }

        @Override
        public void guard(Trigger trigger, Tier tier, Guardrail guard, boolean fails, double a, double b) {
            lines.add("guard " + trigger.id() + " " + lower(guard) + (fails ? " fails " : " passes ") + n(a) + "/"
                    + n(b));
        }

        @Override
        public void candidate(Trigger trigger, Tier tier, String kind, long lots, boolean dust, BlockReason blockedBy) {
            lines.add("candidate " + trigger.id() + " " + lower(tier) + " " + kind + " " + lots + (dust ? " dust" : "")
                    + (blockedBy == null ? "" : " blocked " + blockedBy.wire()));
        }

        @Override
        public void winner(Trigger trigger, String kind, long signedLots) {
            lines.add("winner " + (trigger == null ? "none" : trigger.id() + " " + kind + " " + signedLots));
        }

        @Override
        public void filled(Fill fill, long lotsAfter, double wacAfter) {
            lines.add("filled " + EngineScenario.describe(fill) + " -> " + lotsAfter + " @" + n(wacAfter));
        }

        private static String lower(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }

        private static String n(double v) {
            return Double.isFinite(v) ? EngineScenario.num(v) : Double.toString(v);
        }
    }

    private static RunConfig.Builder unitLots() {
        return EngineScenario.quiet().lotSize(1);
    }

    private static List<String> trace(EngineScenario s, Recorder r) {
        try {
            TriggerEngine.run(s.plan(), s.data(), s.config(), RunMonitor.NONE, r);
        } catch (InvalidInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        return r.lines;
    }

    @Test
    void aTracedBarShowsTheBlockingGuardWithItsValueAndLimitAndUntracedBarsShowNothing() {
        EngineScenario s = new EngineScenario(12);
        s.config(unitLots().minHoldBars(2).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("x", Category.OTHER, null, 3, 6);
        assertEquals(List.of(
                "bar 3 TEST",
                "position 100 @100 held 1",
                "trigger e1",
                "rule e1 entry false",
                "trigger x",
                "rule x exit true",
                "guard x stale_data passes 0/" + s.config().staleGapBars(),
                "guard x same_bar_veto passes 0/0",
                "guard x min_hold fails 1/2",
                "candidate x normal_exit exit 100 blocked min_hold"), trace(s, new Recorder(3)));
    }

    @Test
    void aTracedBarThatTradesShowsEveryGuardPassedTheCandidateTheWinnerAndTheFill() {
        EngineScenario s = new EngineScenario(12);
        s.config(unitLots().minHoldBars(2).tradeCooldownBars(1).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("x", Category.OTHER, null, 6);
        assertEquals(List.of(
                "bar 6 TEST",
                "position 100 @100 held 4",
                "trigger e1",
                "rule e1 entry false",
                "trigger x",
                "rule x exit true",
                "guard x stale_data passes 0/" + s.config().staleGapBars(),
                "guard x same_bar_veto passes 0/0",
                "guard x min_hold passes 4/2",
                "guard x hold_rule passes 0/0",
                "guard x cooldown passes 4/1",
                "guard x spread_check passes 0/0",
                "guard x liquidity_check passes 100/Infinity", // no max_participation: no limit
                "guard x min_trade passes 100/10000",
                "candidate x normal_exit exit 100",
                "winner x exit -100",
                "filled 6 sell 100 @100 by x -> 0 @NaN"), // flat: no average cost
                trace(s, new Recorder(6)));
    }

    @Test
    void anEntryTraceShowsItsCandidateTheWinnersSignedLotsAndThePositionAfter() {
        EngineScenario s = new EngineScenario(12);
        s.config(unitLots().build()).entry("short", Direction.SHORT, ConfidenceGrade.B, 4);
        List<String> lines = trace(s, new Recorder(4));
        assertEquals(List.of(
                "candidate short entry open 100",
                "winner short open -100",
                "filled 4 sell 100 @100 by short -> -100 @100"), lines.subList(lines.size() - 3, lines.size()));
        assertEquals(List.of("bar 4 TEST", "position 0 @0 held 0", "trigger short", "rule short entry true"),
                lines.subList(0, 4));
    }

    @Test
    void withNextOpenTheFillOfATracedBarArrivesAtTheNextBarsOpenAndAnUntracedBarsFillNever() {
        EngineScenario s = new EngineScenario(12).close(5, 100).close(6, 104);
        s.config(unitLots().fillModel(FillModel.NEXT_OPEN).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("x", Category.OTHER, null, 8);
        List<String> lines = trace(s, new Recorder(5, 7));
        // bar 6 opens at bar 5's close (100, not its own close 104); the exit decided at 8 fills at 9, untraced
        assertEquals(List.of(
                "winner e1 open 100",
                "filled 6 buy 100 @100 by e1 -> 100 @100",
                "bar 7 TEST",
                "position 100 @100 held 1",
                "trigger e1",
                "rule e1 entry false",
                "trigger x",
                "rule x exit false"), lines.subList(lines.indexOf("winner e1 open 100"), lines.size()));
    }

    /** The lines of a trace that start with one of the prefixes, in order. */
    private static List<String> only(List<String> lines, String... prefixes) {
        return lines.stream().filter(l -> List.of(prefixes).stream().anyMatch(l::startsWith)).toList();
    }

    @Test
    void theRegimeRuleIsTracedWhenARiskOffExitMeetsAnEntryAndTheExitWinsInTheRegime() {
        EngineScenario s = new EngineScenario(16);
        s.config(unitLots().build()).entry("e1", Direction.LONG, ConfidenceGrade.B, 2);
        s.riskOff(s.at(10), 0).exit("defend", Category.RISK_OFF, null, 10)
                .entry("strong", Direction.LONG, ConfidenceGrade.A, 10);
        assertEquals(List.of(
                "rule e1 entry false",
                "rule defend exit true",
                "candidate defend risk_off exit 100",
                "rule strong entry true",
                "candidate strong entry hold_vote 0",
                "rule - regime true",
                "winner defend exit -100"), only(trace(s, new Recorder(10)), "rule", "candidate", "winner"));
    }

    @Test
    void aTrueHoldRuleIsTracedBeforeTheHoldRuleGuardItFails() {
        EngineScenario s = new EngineScenario(12);
        s.config(unitLots().build()).entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exitWithHold("x", Category.OTHER, new int[] {6}, new int[] {6});
        assertEquals(List.of(
                "rule x exit true",
                "rule x hold true",
                "guard x hold_rule fails 0/0",
                "candidate x normal_exit exit 100 blocked hold_rule"),
                only(trace(s, new Recorder(6)), "rule x", "guard x hold", "candidate"));
    }

    @Test
    void aCircuitBreakerFiringWhileFlatIsTracedAsAVetoThatWinsWithoutAnOrder() {
        EngineScenario s = new EngineScenario(12);
        s.config(unitLots().build()).exit("breaker", Category.EMERGENCY_EXIT, null, 4)
                .entry("e1", Direction.LONG, ConfidenceGrade.A, 4);
        assertEquals(List.of(
                "rule breaker exit true",
                "candidate breaker emergency_exit veto 0",
                "rule e1 entry true",
                "candidate e1 entry open 100",
                "winner breaker veto 0"), only(trace(s, new Recorder(4)), "rule", "candidate", "winner", "filled"));
    }

    @Test
    void aBlockedCircuitBreakerIsTracedAsBlockedAndThenAsAVeto() {
        EngineScenario s = new EngineScenario(12);
        s.config(unitLots().minHoldBars(3).build()).entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("breaker", Category.EMERGENCY_EXIT, null, 4);
        assertEquals(List.of(
                "candidate breaker emergency_exit exit 100 blocked min_hold",
                "candidate breaker emergency_exit veto 0",
                "winner breaker veto 0"), only(trace(s, new Recorder(4)), "candidate", "winner", "filled"));
    }

    @Test
    void anEntryDroppedByTheRiskOffLatchLeavesATracedBarWithoutWinner() {
        EngineScenario s = new EngineScenario(16);
        s.config(unitLots().build()).entry("e1", Direction.LONG, ConfidenceGrade.B, 2);
        s.riskOff(null, 5).exit("defend", Category.RISK_OFF, null, 10)
                .entry("strong", Direction.LONG, ConfidenceGrade.A, 12);
        assertEquals(List.of("candidate strong entry open 100", "winner none"),
                only(trace(s, new Recorder(12)), "candidate", "winner", "filled"));
    }

    @Test
    void anEntrySizedToZeroByAnExposureCapIsTracedAsBlockedByTheCap() {
        EngineScenario s = new EngineScenario(12).caps(new RiskConstraints(null, 0.0, null, null));
        s.config(unitLots().build()).entry("e1", Direction.LONG, ConfidenceGrade.B, 4);
        assertEquals(List.of("candidate e1 entry open 0 blocked exposure_cap"),
                only(trace(s, new Recorder(4)), "candidate", "winner", "filled"));
    }

    @Test
    void anEntryWhileVolTargetSizingWarmsUpIsTracedAsBlockedByTheMissingIndicator() {
        EngineScenario s = new EngineScenario(12).sizing(new SizingRule(EngineScenario.SYMBOL, SizingMode.VOL_TARGET,
                null, null, 0.2));
        s.config(unitLots().build()).entry("e1", Direction.LONG, ConfidenceGrade.B, 4);
        assertEquals(List.of("candidate e1 entry open 0 blocked missing_indicator"),
                only(trace(s, new Recorder(4)), "candidate", "winner", "filled"));
    }

    @Test
    void aHoldVoteOnABarAfterAGapIsTracedAsBlockedByStaleData() {
        EngineScenario s = new EngineScenario(12).gapBefore(6, 5);
        s.config(unitLots().staleGapBars(3).build()).entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 6);
        // bar 6 comes 5 hours late: its timestamp reads as bar 11
        assertEquals(List.of("candidate e1 entry hold_vote 0 blocked stale_data"),
                only(trace(s, new Recorder(11)), "candidate", "winner", "filled"));
    }

    @Test
    void aHigherTimeframeTriggerIsDecidedOnlyAtTheBaseBarsThatCompleteItsBars() {
        // 12 hourly bars complete three 4h bars, at base bars 3, 7 and 11; between them the 4h
        // trigger is not evaluated at all, so none of its bars is ever missing its data
        EngineScenario s = new EngineScenario(12);
        s.config(unitLots().build()).trigger(new Trigger("h4", EngineScenario.SYMBOL, Timeframe.H4, Direction.LONG,
                Category.OTHER, ConfidenceGrade.B, "close > 1000", null, null, null, null));
        Integer[] all = new Integer[12];
        for (int i = 0; i < 12; i++) all[i] = i;
        List<String> lines = trace(s, new Recorder(all));
        assertEquals(List.of("bar 3 TEST", "trigger h4", "bar 7 TEST", "trigger h4", "bar 11 TEST", "trigger h4"),
                lines.stream().filter(l -> l.startsWith("trigger") || l.startsWith("bar 3 ") || l.startsWith("bar 7 ")
                        || l.startsWith("bar 11 ")).toList());
        assertEquals(List.of(), EngineScenario.events(s.run()));
    }

    @Test
    void theTraceNamesTheEntryRuleForAnEntryAndTheExitRuleForAnExit() {
        EngineScenario s = new EngineScenario(12);
        s.config(unitLots().build()).entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("x", Category.OTHER, null, 6);
        List<CompiledRule> rules = new ArrayList<>();
        Recorder r = new Recorder(6) {
            @Override
            public void rule(Trigger trigger, RuleRole role, CompiledRule rule, EvalContext ctx, int result) {
                rules.add(rule);
            }
        };
        trace(s, r);
        assertEquals(List.of(s.at(2), s.at(6)), rules.stream().map(CompiledRule::source).toList());
    }
}
