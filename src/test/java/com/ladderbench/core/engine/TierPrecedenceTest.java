package com.ladderbench.core.engine;

import static com.ladderbench.core.engine.EngineScenario.events;
import static com.ladderbench.core.engine.EngineScenario.fills;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exit against exit (SPEC §4 step 3): the lower tier wins whatever the plan order, and the
 * loser's event names the winner; within one tier the higher confidence wins, then the earlier
 * trigger in the plan, and the loser is {@code priority_skip}ped. A long of 100 is opened at
 * bar 5; both exits fire at bar 12.
 */
class TierPrecedenceTest {
    /** The exit tiers, strongest first. */
    private static final Category[] LADDER = {Category.EMERGENCY_EXIT, Category.RISK_OFF, Category.RISK_REDUCE,
        Category.OTHER};

    static Stream<Arguments> everyPairOfTiersInBothPlanOrders() {
        List<Arguments> cases = new ArrayList<>();
        for (int w = 0; w < LADDER.length; w++) {
            for (int l = w + 1; l < LADDER.length; l++) {
                cases.add(Arguments.of(LADDER[w], LADDER[l], true));
                cases.add(Arguments.of(LADDER[w], LADDER[l], false));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} beats {1}, winner listed first in the plan: {2}")
    @MethodSource("everyPairOfTiersInBothPlanOrders")
    void theLowerTierWinsWhateverThePlanOrderAndTheLoserIsToldWhy(Category winner, Category loser,
            boolean winnerFirst) {
        EngineScenario s = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        if (winnerFirst) {
            s.exit("w", winner, fraction(winner), 12).exit("l", loser, fraction(loser), 12);
        } else {
            s.exit("l", loser, fraction(loser), 12).exit("w", winner, fraction(winner), 12);
        }
        RunResult r = s.run();
        String sold = winner == Category.RISK_REDUCE ? "50" : "100";
        assertEquals(List.of("5 buy 100 @100 by e1", "12 sell " + sold + " @100 by w"), fills(r));
        assertEquals(List.of("12 l " + preemption(winner) + " by w"), events(r));
    }

    private static Double fraction(Category c) {
        return c == Category.RISK_REDUCE ? 0.5 : null;
    }

    private static String preemption(Category winner) {
        switch (winner) {
            case EMERGENCY_EXIT: return "emergency_exit_preempts_exit";
            case RISK_OFF: return "risk_off_preempts_exit";
            case RISK_REDUCE: return "risk_reduce_preempts_exit";
            default: throw new AssertionError(winner);
        }
    }

    static Stream<Arguments> everyTier() {
        return Stream.of(LADDER).map(Arguments::of);
    }

    private static Trigger graded(String id, Category c, ConfidenceGrade g, Double fraction, EngineScenario s) {
        return new Trigger(id, EngineScenario.SYMBOL, Timeframe.H1, Direction.EXIT, c, g, null, s.at(12), null, null,
                fraction);
    }

    @ParameterizedTest(name = "two {0} exits: the A grade wins though listed second")
    @MethodSource("everyTier")
    void withinATierTheHigherConfidenceWinsAndTheOtherIsPrioritySkipped(Category tier) {
        boolean partial = tier == Category.RISK_REDUCE;
        EngineScenario s = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        s.trigger(graded("weak", tier, ConfidenceGrade.C, partial ? 0.5 : null, s))
                .trigger(graded("strong", tier, ConfidenceGrade.A, partial ? 0.25 : null, s));
        RunResult r = s.run();
        assertEquals(List.of("5 buy 100 @100 by e1", "12 sell " + (partial ? "25" : "100") + " @100 by strong"),
                fills(r));
        assertEquals(List.of("12 weak priority_skip by strong"), events(r));
    }

    @ParameterizedTest(name = "two {0} exits of one grade: the first in the plan wins")
    @MethodSource("everyTier")
    void withinATierEqualConfidenceBreaksByPlanOrder(Category tier) {
        boolean partial = tier == Category.RISK_REDUCE;
        EngineScenario s = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        s.trigger(graded("first", tier, ConfidenceGrade.B, partial ? 0.25 : null, s))
                .trigger(graded("second", tier, ConfidenceGrade.B, partial ? 0.5 : null, s));
        RunResult r = s.run();
        assertEquals(List.of("5 buy 100 @100 by e1", "12 sell " + (partial ? "25" : "100") + " @100 by first"),
                fills(r));
        assertEquals(List.of("12 second priority_skip by first"), events(r));
    }

    @ParameterizedTest(name = "a graded {0} exit beats an ungraded one listed first")
    @MethodSource("everyTier")
    void anAbsentGradeRanksBelowC(Category tier) {
        boolean partial = tier == Category.RISK_REDUCE;
        EngineScenario s = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        s.trigger(graded("ungraded", tier, null, partial ? 0.5 : null, s))
                .trigger(graded("graded", tier, ConfidenceGrade.C, partial ? 0.25 : null, s));
        RunResult r = s.run();
        assertEquals(List.of("5 buy 100 @100 by e1", "12 sell " + (partial ? "25" : "100") + " @100 by graded"),
                fills(r));
        assertEquals(List.of("12 ungraded priority_skip by graded"), events(r));
    }

    static Stream<Arguments> everyTierAboveNormalExits() {
        return Stream.of(LADDER).filter(c -> c != Category.OTHER).map(Arguments::of);
    }

    @ParameterizedTest(name = "a C-grade {0} exit still beats an A-grade exit of the tier below")
    @MethodSource("everyTierAboveNormalExits")
    void confidenceNeverLiftsAnExitAboveAStrongerTier(Category tier) {
        Category weaker = LADDER[List.of(LADDER).indexOf(tier) + 1];
        EngineScenario s = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        s.trigger(graded("confident", weaker, ConfidenceGrade.A, fraction(weaker), s))
                .trigger(graded("strong_tier", tier, ConfidenceGrade.C, fraction(tier), s));
        RunResult r = s.run();
        String sold = tier == Category.RISK_REDUCE ? "50" : "100";
        assertEquals(List.of("5 buy 100 @100 by e1", "12 sell " + sold + " @100 by strong_tier"), fills(r));
        assertEquals(List.of("12 confident " + preemption(tier) + " by strong_tier"), events(r));
    }
}
