package com.ladderbench.core.engine;

import static com.ladderbench.core.engine.EngineScenario.events;
import static com.ladderbench.core.engine.EngineScenario.eventsOf;
import static com.ladderbench.core.engine.EngineScenario.fills;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every guard at its boundary: blocked one step short of its limit (N-1), passed at it (N). The
 * position is opened away from bar 0 (at bar 5) so that a count measured from the wrong origin
 * shows.
 */
class GuardBoundaryTest {

    @Test
    void minHoldBlocksAnExitUntilMinHoldBarsHavePassedSinceTheEntryAndThenLetsItThrough() {
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().minHoldBars(4).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("x", Category.OTHER, null, 8, 9);
        RunResult r = s.run();
        assertEquals(List.of("8 x min_hold"), events(r), "3 bars after the entry: one short of 4");
        assertEquals("held 3 of 4 bars since the position opened", r.events().get(0).detail());
        assertEquals(List.of("5 buy 100 @100 by e1", "9 sell 100 @100 by x"), fills(r), "4 bars after: allowed");
    }

    @Test
    void minHoldAppliesToTheCircuitBreakerTooAndReleasesItAtTheSameBoundary() {
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().minHoldBars(4).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("breaker", Category.EMERGENCY_EXIT, null, 8, 9);
        RunResult r = s.run();
        assertEquals(List.of("8 breaker min_hold"), events(r));
        assertEquals(List.of("5 buy 100 @100 by e1", "9 sell 100 @100 by breaker"), fills(r));
    }

    @Test
    void cooldownBlocksAnExitUntilCooldownBarsHavePassedSinceTheLastFill() {
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().tradeCooldownBars(3).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("x", Category.RISK_REDUCE, 0.5, 7, 8);
        RunResult r = s.run();
        assertEquals(List.of("7 x cooldown"), events(r));
        assertEquals("2 of 3 cooldown bars since the last fill", r.events().get(0).detail());
        assertEquals(List.of("5 buy 100 @100 by e1", "8 sell 50 @100 by x"), fills(r));
    }

    @Test
    void cooldownCountsFromTheLatestFillWhateverItWas() {
        // the trim at 8 restarts the cooldown: the exit at 10 is blocked, at 11 it passes
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().tradeCooldownBars(3).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("trim", Category.RISK_REDUCE, 0.5, 8)
                .exit("x", Category.OTHER, null, 10, 11);
        RunResult r = s.run();
        assertEquals(List.of("10 x cooldown"), events(r));
        assertEquals(List.of("5 buy 100 @100 by e1", "8 sell 50 @100 by trim", "11 sell 50 @100 by x"), fills(r));
    }

    @Test
    void theSpreadCheckBlocksAboveMaxSpreadBpsAndPassesAtIt() {
        EngineScenario s = new EngineScenario(20).spread(5, 20.5).spread(6, 20).spread(9, 20.5).spread(10, 20);
        s.config(EngineScenario.quiet().maxSpreadBps(20.0).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5, 6)
                .exit("x", Category.OTHER, null, 9, 10);
        RunResult r = s.run();
        assertEquals(List.of("5 e1 spread_check", "9 x spread_check"), events(r));
        assertEquals("spread 20.5 bps above max_spread_bps 20", r.events().get(0).detail());
        assertEquals(List.of("6 buy 100 @100 by e1", "10 sell 100 @100 by x"), fills(r));
    }

    @Test
    void theSpreadCheckIsOffWithoutMaxSpreadBps() {
        EngineScenario s = new EngineScenario(20).spread(5, 500);
        s.entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        assertEquals(List.of("5 buy 100 @100 by e1"), fills(s.run()));
    }

    @Test
    void theLiquidityCheckBlocksAnEntryAboveMaxParticipationOfTheBarsVolumeAndPassesAtIt() {
        // 100 units against half the volume: 199.98 allows 99.99, 200 allows exactly 100
        EngineScenario s = new EngineScenario(20).volume(5, 199.98).volume(6, 200);
        s.config(EngineScenario.quiet().maxParticipation(0.5).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5, 6);
        RunResult r = s.run();
        assertEquals(List.of("5 e1 liquidity_check"), events(r));
        assertEquals("qty 100 above max_participation of bar volume (99.99)", r.events().get(0).detail());
        assertEquals(List.of("6 buy 100 @100 by e1"), fills(r));
    }

    @Test
    void theLiquidityCheckBlocksAnExitAboveMaxParticipationOfTheBarsVolumeAndPassesAtIt() {
        EngineScenario s = new EngineScenario(20).volume(9, 199.98).volume(10, 200);
        s.config(EngineScenario.quiet().maxParticipation(0.5).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("x", Category.OTHER, null, 9, 10);
        RunResult r = s.run();
        assertEquals(List.of("9 x liquidity_check"), events(r));
        assertEquals(List.of("5 buy 100 @100 by e1", "10 sell 100 @100 by x"), fills(r));
    }

    @Test
    void anEntryBelowMinTradeNotionalIsBlockedAndOneAtItPasses() {
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().minTradeNotional(10_000.01).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        assertEquals(List.of("5 e1 min_trade"), events(s.run()));

        EngineScenario at = new EngineScenario(20);
        at.config(EngineScenario.quiet().minTradeNotional(10_000).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        assertEquals(List.of("5 buy 100 @100 by e1"), fills(at.run()));
    }

    @Test
    void anEntryBelowMinTradeQtyIsBlockedAndOneAtItPasses() {
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().minTradeQty(100.5).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        assertEquals(List.of("5 e1 min_trade"), events(s.run()));

        EngineScenario at = new EngineScenario(20);
        at.config(EngineScenario.quiet().minTradeQty(100).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        assertEquals(List.of("5 buy 100 @100 by e1"), fills(at.run()));
    }

    @Test
    void aPartialExitBelowMinTradeIsBlockedAndOneAtItPasses() {
        // a 0.3 trim of 100 sells 30 (3,000 notional) and leaves 70, well above the threshold
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().minTradeNotional(3_000.01).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("trim", Category.RISK_REDUCE, 0.3, 9);
        RunResult r = s.run();
        assertEquals(List.of("9 trim min_trade"), events(r));
        assertEquals("qty 30 (notional 3000) below the min-trade threshold", r.events().get(0).detail());
        assertEquals(List.of("5 buy 100 @100 by e1"), fills(r));

        EngineScenario at = new EngineScenario(20);
        at.config(EngineScenario.quiet().minTradeNotional(3_000).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("trim", Category.RISK_REDUCE, 0.3, 9);
        assertEquals(List.of("5 buy 100 @100 by e1", "9 sell 30 @100 by trim"), fills(at.run()));
    }

    @Test
    void aRemainderJustBelowMinTradeIsSweptAndOneAtItIsKept() {
        // a 0.7 trim of 100 leaves 30 (3,000 notional)
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().minTradeNotional(3_000.01).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("trim", Category.RISK_REDUCE, 0.7, 9);
        RunResult r = s.run();
        assertEquals(List.of("5 buy 100 @100 by e1", "9 sell 100 @100 by trim"), fills(r));
        assertEquals(List.of("9 trim dust_sweep"), eventsOf(r, BlockReason.DUST_SWEEP));
        assertEquals("remainder 30 below the min-trade threshold; closing the whole position",
                r.events().get(0).detail());

        EngineScenario at = new EngineScenario(20);
        at.config(EngineScenario.quiet().minTradeNotional(3_000).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("trim", Category.RISK_REDUCE, 0.7, 9);
        RunResult kept = at.run();
        assertEquals(List.of("5 buy 100 @100 by e1", "9 sell 70 @100 by trim"), fills(kept));
        assertEquals(List.of(), events(kept));
    }

    /**
     * Day one: 128 units bought at 64 and sold at 56 lose 1,024 of 131,072 (exactly 0.78125 %).
     * A limit of exactly that loss blocks the next entry that day; a limit just above it does not.
     */
    private static RunResult afterLosing0_78125Pct(double maxDailyLossPct) {
        EngineScenario s = new EngineScenario(30).caps(new RiskConstraints(null, null, null, maxDailyLossPct))
                .sizing(new SizingRule(EngineScenario.SYMBOL, SizingMode.NOTIONAL, null, 8_192.0, null));
        for (int i = 0; i < 30; i++) s.close(i, i == 7 || i == 8 ? 56 : 64);
        s.config(EngineScenario.quiet().initialCash(131_072).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("x", Category.OTHER, null, 7)
                .entry("again", Direction.LONG, ConfidenceGrade.B, 9);
        return s.run();
    }

    @Test
    void theDailyLossLimitBlocksEntriesOnceTheDaysLossReachesIt() {
        RunResult r = afterLosing0_78125Pct(0.78125);
        assertEquals(List.of("5 buy 128 @64 by e1", "7 sell 128 @56 by x"), fills(r));
        assertEquals(List.of("9 again daily_loss_limit"), events(r));
        assertEquals("equity down 0.78125% today, max_daily_loss_pct 0.78125", r.events().get(0).detail());
    }

    @Test
    void theDailyLossLimitLetsEntriesThroughWhileTheLossIsBelowIt() {
        RunResult r = afterLosing0_78125Pct(0.7813);
        assertEquals(List.of("5 buy 128 @64 by e1", "7 sell 128 @56 by x", "9 buy 128 @64 by again"), fills(r));
        assertEquals(List.of(), events(r));
    }

    @Test
    void theDailyLossIsMeasuredPerUtcDayAndTheNextDayStartsFromTheLastClose() {
        // bar 23 closes at midnight and still belongs to day one; bar 24 is the next day
        EngineScenario s = new EngineScenario(30).caps(new RiskConstraints(null, null, null, 0.5))
                .sizing(new SizingRule(EngineScenario.SYMBOL, SizingMode.NOTIONAL, null, 8_192.0, null));
        for (int i = 0; i < 30; i++) s.close(i, i == 7 || i == 8 ? 56 : 64);
        s.config(EngineScenario.quiet().initialCash(131_072).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("x", Category.OTHER, null, 7)
                .entry("again", Direction.LONG, ConfidenceGrade.B, 23, 24);
        RunResult r = s.run();
        assertEquals(List.of("23 again daily_loss_limit"), events(r));
        assertEquals(List.of("5 buy 128 @64 by e1", "7 sell 128 @56 by x", "24 buy 128 @64 by again"), fills(r));
    }

    @Test
    void aZeroDailyLossLimitStillLetsEntriesThroughOnADayWithoutLoss() {
        EngineScenario s = new EngineScenario(20).caps(new RiskConstraints(null, null, null, 0.0));
        s.entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        assertEquals(List.of("5 buy 100 @100 by e1"), fills(s.run()));
    }

    @Test
    void staleDataAtTheGapLimitPassesAndOneBarMoreBlocksEvenTheCircuitBreaker() {
        // stale_gap_bars 3: a gap of 3 missing bars is tolerated, 4 is stale (for every tier)
        EngineScenario s = new EngineScenario(20).gapBefore(9, 3).gapBefore(14, 4);
        s.entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("breaker", Category.EMERGENCY_EXIT, null, 14)
                .exit("trim", Category.RISK_REDUCE, 0.5, 9);
        RunResult r = s.run();
        // bar 9 is stamped 3 hours late, bar 14 seven
        assertEquals(List.of("5 buy 100 @100 by e1", "12 sell 50 @100 by trim"), fills(r));
        assertEquals(List.of("21 breaker stale_data"), events(r));
        assertEquals("bar follows a gap of 4 missing bars (stale_gap_bars 3)", r.events().get(0).detail());
    }

    @Test
    void aHoldRuleBlocksANegotiableExitOnlyOnTheBarsItIsTrue() {
        EngineScenario s = new EngineScenario(20);
        s.entry("e1", Direction.LONG, ConfidenceGrade.B, 5).exitWithHold("x", Category.OTHER, new int[] {8, 9},
                new int[] {8});
        RunResult r = s.run();
        assertEquals(List.of("8 x hold_rule"), events(r));
        assertEquals(List.of("5 buy 100 @100 by e1", "9 sell 100 @100 by x"), fills(r), "hold rule false at 9");
    }
}
