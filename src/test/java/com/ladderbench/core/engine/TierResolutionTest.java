package com.ladderbench.core.engine;

import static com.ladderbench.core.engine.EngineScenario.events;
import static com.ladderbench.core.engine.EngineScenario.fills;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The precedence tiers (SPEC §4 step 3, runbook "Dedup resolution rules"): one winner per
 * symbol per bar, and an event naming the winner for every loser. Each scenario opens a long
 * position of 100 at bar 2 and lets several triggers fire at bar 10.
 */
class TierResolutionTest {

    private static EngineScenario longFrom2() {
        return new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 2);
    }

    private static List<String> at10(RunResult r) {
        return events(r).stream().filter(e -> e.startsWith("10 ")).toList();
    }

    @Test
    void emergencyExitPreemptsEveryOtherExitAndEveryEntry() {
        RunResult r = longFrom2()
                .entry("hold_a", Direction.LONG, ConfidenceGrade.A, 10)
                .exit("trim", Category.RISK_REDUCE, 0.5, 10)
                .exit("defend", Category.RISK_OFF, null, 10)
                .exit("plain", Category.OTHER, null, 10)
                .exit("breaker", Category.EMERGENCY_EXIT, null, 10)
                .run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 100 @100 by breaker"), fills(r));
        assertEquals(List.of(
                "10 hold_a emergency_exit_preempts_entry by breaker",
                "10 trim emergency_exit_preempts_exit by breaker",
                "10 defend emergency_exit_preempts_exit by breaker",
                "10 plain emergency_exit_preempts_exit by breaker"), at10(r));
    }

    @Test
    void riskOffBeatsRiskReduceAndNormalExits() {
        RunResult r = longFrom2()
                .exit("trim", Category.RISK_REDUCE, 0.5, 10)
                .exit("plain", Category.OTHER, null, 10)
                .exit("defend", Category.RISK_OFF, null, 10)
                .run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 100 @100 by defend"), fills(r));
        assertEquals(List.of("10 trim risk_off_preempts_exit by defend", "10 plain risk_off_preempts_exit by defend"),
                at10(r));
    }

    @Test
    void riskOffPreemptsEvenAnAGradeEntryInTheRiskOffRegime() {
        EngineScenario s = longFrom2();
        s.riskOff(s.at(10), 0).entry("strong", Direction.LONG, ConfidenceGrade.A, 10)
                .exit("defend", Category.RISK_OFF, null, 10);
        RunResult r = s.run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 100 @100 by defend"), fills(r));
        assertEquals(List.of("10 strong risk_off_preempts_entry by defend"), at10(r));
    }

    @Test
    void anAGradeEntryOverridesRiskOffOutsideTheRegime() {
        RunResult r = longFrom2()
                .entry("strong", Direction.LONG, ConfidenceGrade.A, 10)
                .exit("defend", Category.RISK_OFF, null, 10)
                .run();
        assertEquals(List.of("2 buy 100 @100 by e1"), fills(r));
        assertEquals(List.of("10 defend entry_overrides_risk_off by strong"), at10(r));
    }

    @Test
    void aBGradeEntryLosesToRiskOffOutsideTheRegime() {
        RunResult r = longFrom2()
                .entry("weak", Direction.LONG, ConfidenceGrade.B, 10)
                .exit("defend", Category.RISK_OFF, null, 10)
                .run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 100 @100 by defend"), fills(r));
        assertEquals(List.of("10 weak exit_preempts_entry by defend"), at10(r));
    }

    @Test
    void theRiskOffLatchPreemptsEntriesForLatchBarsAndCannotBeOverridden() {
        EngineScenario s = longFrom2();
        s.riskOff(null, 5).exit("defend", Category.RISK_OFF, null, 10)
                .entry("strong", Direction.LONG, ConfidenceGrade.A, 12, 15, 16);
        RunResult r = s.run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 100 @100 by defend", "16 buy 100 @100 by strong"),
                fills(r));
        assertEquals(List.of("12 strong risk_off_preempts_entry by risk_off_latch",
                "15 strong risk_off_preempts_entry by risk_off_latch"),
                events(r).stream().filter(e -> e.contains("latch")).toList());
    }

    @Test
    void riskReduceBeatsANormalExitOnTheSameBar() {
        RunResult r = longFrom2()
                .exit("plain", Category.OTHER, null, 10)
                .exit("trim", Category.RISK_REDUCE, 0.5, 10)
                .run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 50 @100 by trim"), fills(r));
        assertEquals(List.of("10 plain risk_reduce_preempts_exit by trim"), at10(r));
    }

    @Test
    void anAGradeHoldVoteOverridesRiskReduceAndPlacesNoOrder() {
        RunResult r = longFrom2()
                .entry("strong", Direction.LONG, ConfidenceGrade.A, 10)
                .exit("trim", Category.RISK_REDUCE, 0.5, 10)
                .run();
        assertEquals(List.of("2 buy 100 @100 by e1"), fills(r));
        assertEquals(List.of("10 trim entry_overrides_risk_reduce by strong"), at10(r));
    }

    @Test
    void anAGradeEntryOverridesANormalExit() {
        RunResult r = longFrom2()
                .entry("strong", Direction.LONG, ConfidenceGrade.A, 10)
                .exit("plain", Category.OTHER, null, 10)
                .run();
        assertEquals(List.of("2 buy 100 @100 by e1"), fills(r));
        assertEquals(List.of("10 plain entry_overrides_exit by strong"), at10(r));
    }

    @Test
    void anEntryBelowTheThresholdLosesToANormalExit() {
        RunResult r = longFrom2()
                .entry("weak", Direction.LONG, ConfidenceGrade.B, 10)
                .exit("plain", Category.OTHER, null, 10)
                .run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 100 @100 by plain"), fills(r));
        assertEquals(List.of("10 weak exit_preempts_entry by plain"), at10(r));
    }

    @Test
    void withNoThresholdEntriesNeverOverrideExits() {
        EngineScenario s = longFrom2();
        s.config(EngineScenario.quiet().confidenceOverrideThreshold(null).build())
                .entry("strong", Direction.LONG, ConfidenceGrade.A, 10)
                .exit("trim", Category.RISK_REDUCE, 0.5, 10);
        RunResult r = s.run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 50 @100 by trim"), fills(r));
        assertEquals(List.of("10 strong exit_preempts_entry by trim"), at10(r));
    }

    @Test
    void amongEntriesTheHighestConfidenceWinsAndTheRestArePrioritySkipped() {
        RunResult r = new EngineScenario(10)
                .entry("b_first", Direction.LONG, ConfidenceGrade.B, 3)
                .entry("a_second", Direction.SHORT, ConfidenceGrade.A, 3)
                .run();
        assertEquals(List.of("3 sell 100 @100 by a_second"), fills(r));
        assertEquals(List.of("3 b_first priority_skip by a_second"), events(r));
    }

    @Test
    void confidenceTiesBreakByPlanOrder() {
        RunResult r = new EngineScenario(10)
                .entry("first", Direction.SHORT, ConfidenceGrade.A, 3)
                .entry("second", Direction.LONG, ConfidenceGrade.A, 3)
                .run();
        assertEquals(List.of("3 sell 100 @100 by first"), fills(r));
        assertEquals(List.of("3 second priority_skip by first"), events(r));
    }

    @Test
    void aReversalIsOneOrderCrossingZeroThatClosesOneTradeSetAndOpensTheNext() {
        RunResult r = longFrom2().entry("flip", Direction.SHORT, ConfidenceGrade.A, 10).run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 200 @100 by flip"), fills(r));
        assertEquals(2, r.tradeSets().size());
        assertTrue(r.tradeSets().get(0).isClosed());
        assertEquals(-100, r.tradeSets().get(1).legs().get(0).positionAfterAsDouble());
    }

    @Test
    void eventsAreOnlyRecordedForTriggersWhoseRuleFired() {
        RunResult r = longFrom2()
                .exit("silent", Category.EMERGENCY_EXIT, null)
                .exit("plain", Category.OTHER, null, 10)
                .entry("weak", Direction.LONG, ConfidenceGrade.C, 10)
                .run();
        assertTrue(events(r).stream().noneMatch(e -> e.contains("silent")), events(r).toString());
    }

    @Test
    void aCircuitBreakerVetoThatLosesToAnEarlierOneRecordsNoEventOfItsOwn() {
        // flat: two breakers veto the entry; the first in plan order wins, the second is silent
        RunResult r = new EngineScenario(10)
                .exit("breaker1", Category.EMERGENCY_EXIT, null, 3)
                .exit("breaker2", Category.EMERGENCY_EXIT, null, 3)
                .entry("e1", Direction.LONG, ConfidenceGrade.A, 3)
                .run();
        assertEquals(List.of(), fills(r));
        assertEquals(List.of("3 e1 emergency_exit_preempts_entry by breaker1"), events(r));
    }

    @Test
    void anEntryPreemptedByTheLatchGetsOnlyTheLatchEventWhenACircuitBreakerVetoWinsItsBar() {
        EngineScenario s = longFrom2();
        s.riskOff(null, 5).exit("defend", Category.RISK_OFF, null, 10)
                .exit("breaker", Category.EMERGENCY_EXIT, null, 12)
                .entry("strong", Direction.LONG, ConfidenceGrade.A, 12);
        RunResult r = s.run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 100 @100 by defend"), fills(r));
        assertEquals(List.of("12 strong risk_off_preempts_entry by risk_off_latch"),
                events(r).stream().filter(e -> e.startsWith("12 ")).toList());
    }
}
