package com.ladderbench.core.engine;

import static com.ladderbench.core.engine.EngineScenario.events;
import static com.ladderbench.core.engine.EngineScenario.eventsOf;
import static com.ladderbench.core.engine.EngineScenario.fills;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Engine rules outside the tiers: entry guards, fills, sizing caps, missing indicators. */
class EngineRulesTest {

    @Test
    void staleDataBlocksEntries() {
        RunResult r = new EngineScenario(20).gapBefore(5, 4).entry("e1", Direction.LONG, ConfidenceGrade.A, 5)
                .run();
        assertEquals(List.of(), fills(r));
        assertEquals(List.of("9 e1 stale_data"), events(r));
    }

    @Test
    void aGapOfStaleGapBarsOrFewerIsNotStale() {
        RunResult r = new EngineScenario(20).gapBefore(5, 3).entry("e1", Direction.LONG, ConfidenceGrade.A, 5)
                .run();
        assertEquals(1, r.fills().size());
    }

    @Test
    void cooldownBlocksAnEntryRightAfterAFill() {
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().tradeCooldownBars(3).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("x", Category.OTHER, null, 5)
                .entry("e2", Direction.SHORT, ConfidenceGrade.B, 7, 8);
        RunResult r = s.run();
        assertEquals(List.of("2 buy 100 @100 by e1", "5 sell 100 @100 by x", "8 sell 100 @100 by e2"), fills(r));
        assertEquals(List.of("7 e2 cooldown"), events(r));
    }

    @Test
    void entriesAreCappedByExposureLimitsAndBlockedWhenNoRoomIsLeft() {
        EngineScenario s = new EngineScenario(20).caps(new RiskConstraints(null, 5.0, null, null));
        s.entry("e1", Direction.LONG, ConfidenceGrade.B, 2);
        RunResult r = s.run();
        // 5 % of 100,000 equity at price 100 = 50 units, below the 100 the sizing rule asks for
        assertEquals(List.of("2 buy 50 @100 by e1"), fills(r));

        RunResult none = new EngineScenario(20).caps(new RiskConstraints(null, 0.0, null, null))
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2).run();
        assertEquals(List.of("2 e1 exposure_cap"), events(none));
    }

    @Test
    void theDailyLossLimitBlocksEntriesAfterALosingDay() {
        EngineScenario s = new EngineScenario(60).caps(new RiskConstraints(null, null, null, 0.5));
        s.closesFrom(3, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50,
                50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50,
                50, 50, 50, 50, 50, 50, 50, 50);
        s.entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("x", Category.OTHER, null, 4)
                .entry("again", Direction.LONG, ConfidenceGrade.B, 6, 30);
        RunResult r = s.run();
        // lost 5,000 on day one: entries that day are blocked; the next UTC day starts afresh
        assertEquals(List.of("6 again daily_loss_limit"), eventsOf(r, BlockReason.DAILY_LOSS_LIMIT));
        assertTrue(fills(r).contains("30 buy 200 @50 by again"), fills(r).toString());
    }

    @Test
    void nextOpenFillsAtTheFollowingBarsOpen() {
        EngineScenario s = new EngineScenario(20).close(2, 100).close(3, 104);
        s.config(EngineScenario.quiet().fillModel(FillModel.NEXT_OPEN).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2);
        RunResult r = s.run();
        // decided at bar 2's close, filled at bar 3's open (= bar 2's close in the scenario)
        assertEquals(List.of("3 buy 100 @100 by e1"), fills(r));
    }

    @Test
    void feesAndAdverseSlippageAreChargedPerFill() {
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().feeBps(10).slippageBps(5).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("x", Category.OTHER, null, 5);
        RunResult r = s.run();
        assertEquals(100.05, r.fills().get(0).price(), 1e-12);
        assertEquals(99.95, r.fills().get(1).price(), 1e-12);
        assertEquals(100 * 100.05 * 0.001, r.fills().get(0).fee(), 1e-9);
        assertEquals(100 * 99.95 * 0.001, r.fills().get(1).fee(), 1e-9);
    }

    @Test
    void aWarmingUpIndicatorGivesOneMissingIndicatorNoticeNotOnePerBar() {
        EngineScenario s = new EngineScenario(40);
        s.trigger(new Trigger("t", EngineScenario.SYMBOL, Timeframe.H1, Direction.LONG, Category.OTHER,
                ConfidenceGrade.B, "close > sma_20", null, null, null, null));
        RunResult r = s.run();
        assertEquals(List.of("0 t missing_indicator"), eventsOf(r, BlockReason.MISSING_INDICATOR));
    }

    @Test
    void aWarmingUpExitRuleGivesOneNoticeOnceAPositionAsksForIt() {
        EngineScenario s = new EngineScenario(40).entry("e1", Direction.LONG, ConfidenceGrade.B, 2);
        s.trigger(new Trigger("x", EngineScenario.SYMBOL, Timeframe.H1, Direction.EXIT, Category.OTHER, null, null,
                "close < sma_20", null, null, null));
        RunResult r = s.run();
        // flat, the exit rule is not asked; long from bar 2, it is asked (and missing) from bar 3 to 18
        assertEquals(List.of("3 x missing_indicator"), eventsOf(r, BlockReason.MISSING_INDICATOR));
    }

    @Test
    void aTriggersEntryAndExitRulesEachGiveTheirOwnMissingNotice() {
        EngineScenario s = new EngineScenario(40).entry("e1", Direction.LONG, ConfidenceGrade.B, 2);
        s.trigger(new Trigger("t", EngineScenario.SYMBOL, Timeframe.H1, Direction.LONG, Category.OTHER,
                ConfidenceGrade.B, "close > sma_30", "close < sma_20", null, null, null));
        RunResult r = s.run();
        // the entry rule warms up from bar 0; the exit rule's own stretch starts when the position asks for it
        assertEquals(List.of("0 t missing_indicator", "3 t missing_indicator"),
                eventsOf(r, BlockReason.MISSING_INDICATOR));
    }

    @Test
    void everyRunReconcilesInitialCashPlusNetPnlPlusUnrealizedWithFinalEquity() {
        EngineScenario s = new EngineScenario(30).close(10, 120).close(20, 80).close(29, 95);
        s.config(EngineScenario.quiet().feeBps(10).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 15)
                .exit("trim", Category.RISK_REDUCE, 0.5, 10)
                .exit("x", Category.OTHER, null, 20)
                .entry("e2", Direction.LONG, ConfidenceGrade.B, 25);
        RunResult r = s.run();
        double pnl = r.tradeSets().stream().mapToDouble(t -> t.pnlNet()).sum();
        double open = r.tradeSets().stream().filter(t -> !t.isClosed()).mapToDouble(t -> {
            double pos = t.legs().get(t.legs().size() - 1).positionAfterAsDouble();
            return pos * (95 - t.legs().get(t.legs().size() - 1).wacAtFill());
        }).sum();
        assertEquals(r.metrics().finalEquity(), 100_000 + pnl + open, 1e-6);
    }
}
