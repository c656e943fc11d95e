package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every block event carries seq, timestamp, symbol, timeframe, trigger, category, reason, a
 * detail an analyst can read, the bar's close and the winner (SPEC §4).
 */
class EventDetailsTest {

    private static List<String> details(RunResult r) {
        return r.events().stream().map(e -> e.triggerId() + ": " + e.detail()).toList();
    }

    @Test
    void aBlockEventCarriesTheTriggersIdentityTheBarAndItsClose() {
        EngineScenario s = new EngineScenario(20).close(9, 123.5);
        s.config(EngineScenario.quiet().minHoldBars(8).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("trim", Category.RISK_REDUCE, 0.5, 9);
        BlockEvent e = s.run().events().get(0);
        assertEquals(0, e.seq());
        assertEquals(EngineScenario.START + 9 * EngineScenario.HOUR, e.timestamp());
        assertEquals(EngineScenario.SYMBOL, e.symbol());
        assertEquals(Timeframe.H1, e.timeframe());
        assertEquals("trim", e.triggerId());
        assertEquals(Category.RISK_REDUCE, e.category());
        assertEquals(BlockReason.MIN_HOLD, e.reason());
        assertEquals(123.5, e.price(), 0.0);
        assertNull(e.preemptedBy());
    }

    @Test
    void preemptionDetailsNameTheWinnerAndTheThreshold() {
        EngineScenario s = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .entry("weak", Direction.LONG, ConfidenceGrade.C, 9)
                .exit("trim", Category.RISK_REDUCE, 0.5, 9)
                .exit("plain", Category.OTHER, null, 12)
                .exit("breaker", Category.EMERGENCY_EXIT, null, 12)
                .entry("strong", Direction.SHORT, ConfidenceGrade.A, 14)
                .entry("second", Direction.SHORT, ConfidenceGrade.B, 14);
        RunResult r = s.run();
        assertEquals(List.of(
                "weak: trim (risk_reduce) wins; entry grade C is below the override threshold A",
                "plain: breaker (emergency_exit) wins",
                "second: strong ranks higher (confidence, then plan order)"), details(r));
    }

    @Test
    void overrideDetailsNameTheEntryAndItsGrade() {
        EngineScenario s = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .entry("strong", Direction.LONG, ConfidenceGrade.A, 9)
                .exit("trim", Category.RISK_REDUCE, 0.5, 9);
        assertEquals(List.of("trim: entry strong grade A meets the override threshold A"), details(s.run()));
    }

    @Test
    void withoutAThresholdTheDetailSaysNone() {
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().confidenceOverrideThreshold(null).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .entry("strong", Direction.LONG, null, 9)
                .exit("plain", Category.OTHER, null, 9);
        assertEquals(List.of("strong: plain (other) wins; entry grade none is below the override threshold none"),
                details(s.run()));
    }

    @Test
    void riskOffDetailsSayWhetherTheRegimeOrTheLatchPreempted() {
        EngineScenario s = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        s.riskOff(s.at(9), 3).exit("defend", Category.RISK_OFF, null, 9)
                .entry("strong", Direction.LONG, ConfidenceGrade.A, 9, 11);
        RunResult r = s.run();
        assertEquals(List.of("strong: risk-off regime: defend preempts the entry",
                "strong: risk_off latch active for 2 more bars"), details(r));
        assertEquals(List.of("defend", "risk_off_latch"), r.events().stream().map(BlockEvent::preemptedBy).toList());
    }

    @Test
    void theLatchRunsLatchBarsAfterTheRiskOffFillAndNotOneBarMore() {
        EngineScenario s = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        s.riskOff(null, 3).exit("defend", Category.RISK_OFF, null, 9)
                .entry("again", Direction.LONG, ConfidenceGrade.A, 12, 13);
        RunResult r = s.run();
        assertEquals(List.of("12 again risk_off_preempts_entry by risk_off_latch"), EngineScenario.events(r));
        assertEquals(List.of("5 buy 100 @100 by e1", "9 sell 100 @100 by defend", "13 buy 100 @100 by again"),
                EngineScenario.fills(r));
    }

    @Test
    void aLadderTriggerWithoutAnExitRuleIsReportedOncePerPositionFromItsFirstBarOpen() {
        EngineScenario s = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 9)
                .exit("x", Category.OTHER, null, 6);
        s.trigger(new Trigger("bare", EngineScenario.SYMBOL, Timeframe.H1, Direction.EXIT, Category.RISK_OFF, null,
                null, null, null, null, null));
        RunResult r = s.run();
        assertEquals(List.of("3 bare missing_exit_rule", "10 bare missing_exit_rule"), EngineScenario.events(r));
        assertEquals("bare: risk_off trigger has no exit_rule", details(r).get(0));
    }

    @Test
    void aWarmingUpRuleIsReportedOnceForTheWholeWarmUp() {
        EngineScenario s = new EngineScenario(20);
        s.trigger(new Trigger("t", EngineScenario.SYMBOL, Timeframe.H1, Direction.LONG, Category.OTHER,
                ConfidenceGrade.B, "sma_3[5] > 1000", null, null, null, null));
        RunResult r = s.run();
        assertEquals(List.of("0 t missing_indicator"), EngineScenario.events(r));
    }

    @Test
    void manyEventsAreAllKeptInOrder() {
        EngineScenario s = new EngineScenario(400);
        s.config(EngineScenario.quiet().minTradeNotional(1e9).build());
        s.trigger(new Trigger("e1", EngineScenario.SYMBOL, Timeframe.H1, Direction.LONG, Category.OTHER,
                ConfidenceGrade.B, "volume > 0", null, null, null, null));
        RunResult r = s.run();
        assertEquals(400, r.events().size());
        assertEquals(IntStream.range(0, 400).boxed().map(Long::valueOf).toList(),
                r.events().stream().map(BlockEvent::seq).toList());
        assertEquals(EngineScenario.START + 399 * EngineScenario.HOUR, r.events().get(399).timestamp());
        assertEquals("qty 100 (notional 10000) below the min-trade threshold", r.events().get(399).detail());
    }

    @Test
    void guardDetailsStateTheSameBarAndTheGap() {
        // e1's entry decided at 2 fills at 3's open, where x fires; the bar at index 8 follows a gap of 4 bars
        EngineScenario s = new EngineScenario(20).gapBefore(8, 4);
        s.config(EngineScenario.quiet().staleGapBars(3).fillModel(com.ladderbench.model.FillModel.NEXT_OPEN).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 8)
                .exit("x", Category.OTHER, null, 3);
        assertEquals(List.of(
                "x: no exit on the bar of the latest entry leg",
                "e1: bar follows a gap of 4 missing bars (stale_gap_bars 3)"), details(s.run()));
    }

    @Test
    void anEntryOfZeroLotsSaysItRoundsToZeroLots() {
        // 50 notional at 100 is half a lot of 1
        EngineScenario s = new EngineScenario(10).sizing(new com.ladderbench.model.SizingRule(EngineScenario.SYMBOL,
                com.ladderbench.model.SizingMode.NOTIONAL, null, 50.0, null));
        s.config(EngineScenario.quiet().lotSize(1).build()).entry("tiny", Direction.SHORT, ConfidenceGrade.C, 4);
        assertEquals(List.of("tiny: the order rounds to zero lots"), details(s.run()));
    }
}
