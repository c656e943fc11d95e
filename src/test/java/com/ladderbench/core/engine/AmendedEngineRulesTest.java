package com.ladderbench.core.engine;

import static com.ladderbench.core.engine.EngineScenario.eventsOf;
import static com.ladderbench.core.engine.EngineScenario.fills;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four engine rules SPEC §4 amended on 2026-12-01 (issue 11, points 1-4), each at its
 * boundary. Prices are 100 and the default sizing buys 10,000 notional (100 units) unless a test
 * says otherwise.
 */
class AmendedEngineRulesTest {

    // ---------------------------------------------------------------- 11.1

    /** A position of {@code units} whole units (lot size 1) trimmed by 25 % at bar 10. */
    private static RunResult trimOfWholeUnits(int units) {
        EngineScenario s = new EngineScenario(20)
                .sizing(new SizingRule(EngineScenario.SYMBOL, SizingMode.NOTIONAL, null, units * 100.0, null));
        s.config(EngineScenario.quiet().lotSize(1).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("trim", Category.RISK_REDUCE, 0.25, 10);
        return s.run();
    }

    @Test
    void aPartialExitThatRoundsToZeroLotsPlacesNoOrderAndIsBlockedAsMinTrade() {
        // 25 % of 3 lots is 0.75: zero whole lots. Not a full exit, not a dust sweep.
        RunResult r = trimOfWholeUnits(3);
        assertEquals(List.of("2 buy 3 @100 by e1"), fills(r));
        assertEquals(List.of("10 trim min_trade"), EngineScenario.events(r));
        BlockEvent e = r.events().get(0);
        assertTrue(e.detail().contains("the fraction rounds to zero lots"), e.detail());
        assertEquals(List.of(), eventsOf(r, BlockReason.DUST_SWEEP));
        assertEquals(3, r.tradeSets().get(0).legs().get(0).positionAfterLots(), "the position is untouched");
    }

    @Test
    void aPartialExitOfAtLeastOneWholeLotSellsItsLotsRoundedDown() {
        // the boundary: 25 % of 4 lots is exactly one lot
        RunResult r = trimOfWholeUnits(4);
        assertEquals(List.of("2 buy 4 @100 by e1", "10 sell 1 @100 by trim"), fills(r));
        assertEquals(List.of(), EngineScenario.events(r));
    }

    // ---------------------------------------------------------------- 11.2

    /**
     * Opened at bar 2 (100 units at 100); the price halves at bar 4 and the entry rule tops the
     * position up to its target there; an exit rule is true at bars 5 and 6; min_hold 4.
     */
    @Test
    void minHoldCountsFromTheBarThePositionOpenedNotFromAScaleInTopUp() {
        EngineScenario s = new EngineScenario(20).closesFrom(4, 50, 50, 50);
        s.config(EngineScenario.quiet().minHoldBars(4).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 4)
                .exit("x1", Category.OTHER, null, 5, 6);
        RunResult r = s.run();
        // bar 5 is 3 bars after the opening (blocked); bar 6 is 4 (allowed), though only 2 after the top-up
        assertEquals(List.of("2 buy 100 @100 by e1", "4 buy 100 @50 by e1", "6 sell 200 @50 by x1"), fills(r));
        assertEquals(List.of("5 x1 min_hold"), EngineScenario.events(r));
        assertTrue(r.events().get(0).detail().contains("held 3 of 4 bars since the position opened"),
                r.events().get(0).detail());
    }

    @Test
    void theSameBarVetoStillLooksAtTheLatestEntryLegATopUp() {
        // next_open: decided at bar 4, the top-up fills at bar 5's open; an exit decided at bar 5 is vetoed
        EngineScenario s = new EngineScenario(20).closesFrom(4, 50, 50, 50, 50);
        s.config(EngineScenario.quiet().fillModel(FillModel.NEXT_OPEN).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 4)
                .exit("x1", Category.OTHER, null, 5, 6);
        RunResult r = s.run();
        assertEquals(List.of("3 buy 100 @100 by e1", "5 buy 100 @50 by e1", "7 sell 200 @50 by x1"), fills(r));
        assertEquals(List.of("5 x1 same_bar_veto"), EngineScenario.events(r));
    }

    // ---------------------------------------------------------------- 11.3

    /** @param breakerFirst plan order: the rule holds whichever trigger the plan lists first */
    @ParameterizedTest(name = "breaker listed first: {0}")
    @ValueSource(booleans = {true, false})
    void emergencyExitPreemptsEntryWhileFlat(boolean breakerFirst) {
        EngineScenario s = new EngineScenario(20);
        if (breakerFirst) s.exit("brk", Category.EMERGENCY_EXIT, null, 5);
        s.entry("e1", Direction.LONG, ConfidenceGrade.A, 5, 6);
        if (!breakerFirst) s.exit("brk", Category.EMERGENCY_EXIT, null, 5);
        RunResult r = s.run();
        // flat at bar 5: the breaker's true rule vetoes the entry; at bar 6 it is false and the entry opens
        assertEquals(List.of("6 buy 100 @100 by e1"), fills(r));
        assertEquals(List.of("5 e1 emergency_exit_preempts_entry by brk"), EngineScenario.events(r));
    }

    @ParameterizedTest(name = "breaker listed first: {0}")
    @ValueSource(booleans = {true, false})
    void emergencyExitPreemptsEntryEvenWhenItsOwnExitIsBlocked(boolean breakerFirst) {
        // open at bar 2; the price halves at bar 3, so the entry rule there would top up; the breaker
        // is true at bar 3 but min_hold (4) blocks its exit: it still vetoes the top-up
        EngineScenario s = new EngineScenario(20).closesFrom(3, 50, 50);
        s.config(EngineScenario.quiet().minHoldBars(4).build());
        if (breakerFirst) s.exit("brk", Category.EMERGENCY_EXIT, null, 3);
        s.entry("e1", Direction.LONG, ConfidenceGrade.A, 2, 3);
        if (!breakerFirst) s.exit("brk", Category.EMERGENCY_EXIT, null, 3);
        RunResult r = s.run();
        assertEquals(List.of("2 buy 100 @100 by e1"), fills(r));
        assertEquals(List.of("3 brk min_hold", "3 e1 emergency_exit_preempts_entry by brk"),
                EngineScenario.events(r).stream().sorted().toList());
    }

    // ---------------------------------------------------------------- 11.4

    /** The position (100 units) drifts to 1,000 notional at bar 10, below min_trade_notional 5,000. */
    private static RunResult driftedBelowMinTrade(Category exitCategory, Double fraction) {
        EngineScenario s = new EngineScenario(20).closesFrom(10, 10, 10);
        s.config(EngineScenario.quiet().minTradeNotional(5_000).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("x1", exitCategory, fraction, 10);
        return s.run();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"OTHER", "RISK_OFF"})
    void closingTheWholePositionIsNeverBlockedByMinTrade(String category) {
        RunResult r = driftedBelowMinTrade(Category.valueOf(category), null);
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 100 @10 by x1"), fills(r));
        assertEquals(List.of(), eventsOf(r, BlockReason.MIN_TRADE));
        assertTrue(r.tradeSets().get(0).isClosed());
    }

    @Test
    void aPartialExitOfADriftedPositionIsSweptIntoTheWholeCloseNotBlocked() {
        // the 50 % trim (500 notional) and its remainder are both below 5,000: the whole position goes
        RunResult r = driftedBelowMinTrade(Category.RISK_REDUCE, 0.5);
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 100 @10 by x1"), fills(r));
        assertEquals(List.of("10 x1 dust_sweep"), EngineScenario.events(r));
    }
}
