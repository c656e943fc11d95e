package com.ladderbench.core.engine;

import static com.ladderbench.core.engine.EngineScenario.eventsOf;
import static com.ladderbench.core.engine.EngineScenario.fills;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runbook Phase 2: partial closes through exit_fraction, and the ledger after them. */
class PartialExitTest {

    private static List<Double> positions(TradeSet set) {
        return set.legs().stream().map(TradeLeg::positionAfterAsDouble).toList();
    }

    @Test
    void aPartialCloseSellsExitFractionOfThePosition() {
        RunResult r = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("trim", Category.RISK_REDUCE, 0.3, 10).run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 30 @100 by trim"), fills(r));
        assertEquals(List.of(100.0, 70.0), positions(r.tradeSets().get(0)));
        assertEquals(0.3, r.fills().get(1).exitFraction());
    }

    @Test
    void severalPartialClosesAccumulateOnTheRemainingPosition() {
        RunResult r = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("trim", Category.RISK_REDUCE, 0.5, 10, 12, 14).run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 50 @100 by trim", "12 sell 25 @100 by trim",
                "14 sell 12.5 @100 by trim"), fills(r));
        assertEquals(List.of(100.0, 50.0, 25.0, 12.5), positions(r.tradeSets().get(0)));
    }

    @Test
    void anEntryAfterATrimScalesBackInToTargetAndMovesTheWac() {
        RunResult r = new EngineScenario(20).close(12, 90).entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 12)
                .exit("trim", Category.RISK_REDUCE, 0.3, 10).run();
        // target at bar 12 is 10,000 notional / 90 = 111.11111111 units; 70 held
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 30 @100 by trim", "12 buy 41.11111111 @90 by e1"),
                fills(r));
        TradeLeg topUp = r.tradeSets().get(0).legs().get(2);
        assertEquals((70 * 100 + 41.11111111 * 90) / 111.11111111, topUp.wacAtFill(), 1e-6);
    }

    @Test
    void oneEntryAndThreeExitsAreOneTradeSetOfFourLegsWithTheRightTotal() {
        RunResult r = new EngineScenario(20).close(10, 110).close(12, 120).close(14, 130)
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("trim", Category.RISK_REDUCE, 0.5, 10, 12)
                .exit("done", Category.OTHER, null, 14).run();
        assertEquals(1, r.tradeSets().size());
        TradeSet set = r.tradeSets().get(0);
        assertEquals(4, set.numLegs());
        assertEquals(List.of(100.0, 50.0, 25.0, 0.0), positions(set));
        assertEquals(50 * 10 + 25 * 20 + 25 * 30, set.pnlRealizedTotal(), 1e-9);
        assertEquals("done", set.exitTrigger());
    }

    @Test
    void aRemainderBelowTheMinTradeThresholdIsSweptWithTheExit() {
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().minTradeQty(40).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("trim", Category.RISK_REDUCE, 0.7, 10);
        RunResult r = s.run();
        assertEquals(List.of("2 buy 100 @100 by e1", "10 sell 100 @100 by trim"), fills(r));
        assertEquals(List.of("10 trim dust_sweep"), eventsOf(r, BlockReason.DUST_SWEEP));
    }

    @Test
    void shortPositionsArePartiallyCoveredByBuying() {
        RunResult r = new EngineScenario(20).close(10, 90).entry("s1", Direction.SHORT, ConfidenceGrade.B, 2)
                .exit("trim", Category.RISK_REDUCE, 0.25, 10).run();
        assertEquals(List.of("2 sell 100 @100 by s1", "10 buy 25 @90 by trim"), fills(r));
        assertEquals(250, r.tradeSets().get(0).pnlRealizedTotal(), 1e-9);
        assertEquals(List.of(-100.0, -75.0), positions(r.tradeSets().get(0)));
    }

    @Test
    void aTopUpBelowTheMinTradeThresholdIsAHoldVoteNotAnOrder() {
        EngineScenario s = new EngineScenario(20).close(12, 99);
        s.config(EngineScenario.quiet().minTradeNotional(500).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 12);
        RunResult r = s.run();
        // at 99 the target is 101.0101 units: 1.01 more (100 notional) is below the threshold
        assertEquals(List.of("2 buy 100 @100 by e1"), fills(r));
        assertEquals(List.of(), EngineScenario.events(r));
    }
}
