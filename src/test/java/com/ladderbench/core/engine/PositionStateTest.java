package com.ladderbench.core.engine;

import static com.ladderbench.core.engine.EngineScenario.events;
import static com.ladderbench.core.engine.EngineScenario.fills;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Fill;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import com.ladderbench.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the engine knows about a position and hands on: the position identifiers rules read
 * (bars_in_position, unrealized_pnl_pct), which side a trigger's exit applies to, allow_short,
 * each fill's reason and stop, the R-multiple, and where a next_open order fills.
 */
class PositionStateTest {
    private static final String TEST = EngineScenario.SYMBOL;

    private static Trigger trigger(String id, Direction dir, Category c, String entry, String exit) {
        return new Trigger(id, TEST, Timeframe.H1, dir, c, ConfidenceGrade.B, entry, exit, null, null, null);
    }

    @Test
    void withAllowShortFalseShortEntriesAreNeverTakenNorReported() {
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().allowShort(false).build())
                .entry("short", Direction.SHORT, ConfidenceGrade.A, 5)
                .entry("long", Direction.LONG, ConfidenceGrade.B, 8);
        RunResult r = s.run();
        assertEquals(List.of("8 buy 100 @100 by long"), fills(r));
        assertEquals(List.of(), events(r));
    }

    @Test
    void withAllowShortFalseAShortSignalDoesNotReverseALong() {
        EngineScenario s = new EngineScenario(20);
        s.config(EngineScenario.quiet().allowShort(false).build())
                .entry("long", Direction.LONG, ConfidenceGrade.B, 5)
                .entry("short", Direction.SHORT, ConfidenceGrade.A, 9);
        assertEquals(List.of("5 buy 100 @100 by long"), fills(s.run()));
    }

    @Test
    void aLongTriggersExitRuleLeavesAShortAlone() {
        EngineScenario s = new EngineScenario(20).entry("s1", Direction.SHORT, ConfidenceGrade.B, 5);
        s.trigger(trigger("long_t", Direction.LONG, Category.TREND_CONTINUATION, s.at(), s.at(9)));
        assertEquals(List.of("5 sell 100 @100 by s1"), fills(s.run()));
    }

    @Test
    void aShortTriggersExitRuleLeavesALongAloneAndClosesAShort() {
        EngineScenario s = new EngineScenario(20).entry("l1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("x", Category.OTHER, null, 7).entry("s1", Direction.SHORT, ConfidenceGrade.B, 9);
        s.trigger(trigger("short_t", Direction.SHORT, Category.MEAN_REVERSION, s.at(), s.at(6, 12)));
        assertEquals(List.of("5 buy 100 @100 by l1", "7 sell 100 @100 by x", "9 sell 100 @100 by s1",
                "12 buy 100 @100 by short_t"), fills(s.run()));
    }

    @Test
    void aLongTriggersExitRuleClosesALong() {
        EngineScenario s = new EngineScenario(20).entry("l1", Direction.LONG, ConfidenceGrade.B, 5);
        s.trigger(trigger("long_t", Direction.LONG, Category.TREND_CONTINUATION, s.at(), s.at(9)));
        assertEquals(List.of("5 buy 100 @100 by l1", "9 sell 100 @100 by long_t"), fills(s.run()));
    }

    @Test
    void unrealizedPnlPctOfAShortGainsAsThePriceFalls() {
        // short at 100: 91 is +9 %, 90 is +10 %
        EngineScenario s = new EngineScenario(20).closesFrom(8, 91, 90, 90, 90).close(12, 100)
                .entry("s1", Direction.SHORT, ConfidenceGrade.B, 5);
        s.trigger(trigger("take", Direction.EXIT, Category.OTHER, null, "unrealized_pnl_pct > 9.5"));
        assertEquals(List.of("5 sell 100 @100 by s1", "9 buy 100 @90 by take"), fills(s.run()));
    }

    @Test
    void unrealizedPnlPctOfAShortLosesAsThePriceRises() {
        EngineScenario s = new EngineScenario(20).closesFrom(8, 104, 106)
                .entry("s1", Direction.SHORT, ConfidenceGrade.B, 5);
        s.trigger(trigger("stop", Direction.EXIT, Category.OTHER, null, "unrealized_pnl_pct < -5"));
        assertEquals(List.of("5 sell 100 @100 by s1", "9 buy 100 @106 by stop"), fills(s.run()));
    }

    @Test
    void unrealizedPnlPctOfALongIsMeasuredAgainstTheWac() {
        // long at 50, marked at 55: +10 %; at 54.5: +9 %
        EngineScenario s = new EngineScenario(20).close(5, 50).closesFrom(6, 54.5, 55)
                .entry("l1", Direction.LONG, ConfidenceGrade.B, 5);
        s.trigger(trigger("take", Direction.EXIT, Category.OTHER, null, "unrealized_pnl_pct > 9.5"));
        assertEquals(List.of("5 buy 200 @50 by l1", "7 sell 200 @55 by take"), fills(s.run()));
    }

    @Test
    void barsInPositionCountsFromTheOpeningNotFromAScaleInTopUp() {
        // opened at 2 (100 @100), topped up at 5 (price 50: target 200); six bars after the opening is bar 8
        EngineScenario s = new EngineScenario(20).closesFrom(4, 50, 50, 50, 50, 50, 50, 50, 50)
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 5);
        s.trigger(trigger("aged", Direction.EXIT, Category.OTHER, null, "bars_in_position == 6"));
        assertEquals(List.of("2 buy 100 @100 by e1", "5 buy 100 @50 by e1", "8 sell 200 @50 by aged"),
                fills(s.run()));
    }

    @Test
    void barsInPositionRestartsAtAReversal() {
        EngineScenario s = new EngineScenario(20).entry("l1", Direction.LONG, ConfidenceGrade.B, 2)
                .entry("s1", Direction.SHORT, ConfidenceGrade.B, 6);
        s.trigger(trigger("aged", Direction.EXIT, Category.OTHER, null, "is_short and bars_in_position == 3"));
        assertEquals(List.of("2 buy 100 @100 by l1", "6 sell 200 @100 by s1", "9 buy 100 @100 by aged"),
                fills(s.run()));
    }

    @Test
    void barsInPositionIsZeroWhileFlat() {
        EngineScenario s = new EngineScenario(20);
        s.trigger(trigger("e1", Direction.LONG, Category.OTHER, "bars_in_position == 0 and volume == 1007", null));
        assertEquals(List.of("7 buy 100 @100 by e1"), fills(s.run()));
    }

    @Test
    void withAllowScaleInFalseASameSideSignalOnlyHoldsThePosition() {
        EngineScenario s = new EngineScenario(20).closesFrom(4, 50, 50, 50, 50, 50, 50, 50, 50)
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 5);
        s.config(EngineScenario.quiet().allowScaleIn(false).build());
        RunResult r = s.run();
        assertEquals(List.of("2 buy 100 @100 by e1"), fills(r));
        assertEquals(List.of(), events(r));
    }

    @Test
    void aPositionAtItsTargetIsNotToppedUpAndOneBelowItIs() {
        // at 100 the target is exactly the 100 held; at 99.5 it is 100.50251256, so 0.50251256 more
        EngineScenario s = new EngineScenario(20).close(9, 99.5)
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 5, 9);
        assertEquals(List.of("2 buy 100 @100 by e1", "9 buy 0.50251256 @99.5 by e1"), fills(s.run()));
    }

    @Test
    void everyFillNamesWhatItDidToThePosition() {
        EngineScenario s = new EngineScenario(20).closesFrom(4, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50,
                50, 50).entry("e1", Direction.LONG, ConfidenceGrade.B, 2, 5)
                .exit("trim", Category.RISK_REDUCE, 0.5, 7)
                .entry("flip", Direction.SHORT, ConfidenceGrade.B, 9)
                .exit("x", Category.OTHER, null, 11);
        RunResult r = s.run();
        assertEquals(List.of("2 buy 100 @100 by e1", "5 buy 100 @50 by e1", "7 sell 100 @50 by trim",
                "9 sell 300 @50 by flip", "11 buy 200 @50 by x"), fills(r));
        assertEquals(List.of("open", "scale_in", "partial_exit", "reversal", "exit"),
                r.fills().stream().map(Fill::reason).toList());
        // the reversal's two legs (closing the long, opening the short) both carry its reason
        List<TradeLeg> legs = r.tradeSets().stream().flatMap(t -> t.legs().stream()).toList();
        assertEquals(List.of("open", "scale_in", "partial_exit", "reversal", "reversal", "exit"),
                legs.stream().map(TradeLeg::reason).toList());
        assertEquals(List.of(100.0, 200.0, 100.0, 0.0, -200.0, 0.0), legs.stream().map(Qty::after).toList());
        assertEquals(0.5, r.fills().get(2).exitFraction(), "a partial exit carries its fraction");
        assertNull(r.fills().get(4).exitFraction(), "a full exit carries none");
    }

    private static Trigger stoppedEntry(EngineScenario s, String id, Double stopPct, int bar) {
        return new Trigger(id, TEST, Timeframe.H1, Direction.LONG, Category.TREND_CONTINUATION, ConfidenceGrade.B,
                s.at(bar), null, null, stopPct, null);
    }

    @Test
    void anEntryFillCarriesItsTriggersStopAndTheTradeSetsRIsNetPnlOverTheFirstEntrysRisk() {
        // 100 units at 100 with a 5 % stop risk 500; sold at 110 with 10 bps fees on both legs
        EngineScenario s = new EngineScenario(20).close(9, 110);
        s.config(EngineScenario.quiet().feeBps(10).build());
        s.trigger(stoppedEntry(s, "e1", 5.0, 5)).exit("x", Category.OTHER, null, 9);
        RunResult r = s.run();
        assertEquals(5.0, r.fills().get(0).stopLossPct());
        assertNull(r.fills().get(1).stopLossPct(), "exits carry no stop");
        TradeSet set = r.tradeSets().get(0);
        double fees = 100 * 100 * 0.001 + 100 * 110 * 0.001;
        assertEquals((1000 - fees) / 500, set.rMultiple(), 1e-12);
    }

    @Test
    void withoutAStopOnTheEntryThereIsNoR() {
        EngineScenario s = new EngineScenario(20).close(9, 110);
        s.trigger(stoppedEntry(s, "e1", null, 5)).exit("x", Category.OTHER, null, 9);
        RunResult r = s.run();
        assertNull(r.fills().get(0).stopLossPct());
        assertNull(r.tradeSets().get(0).rMultiple());
    }

    @Test
    void nextOpenFillsAtTheFollowingBarsOpenNotAtTheDecidingClose() {
        // decided at bar 5's close (100); bar 6 opens at 103 and closes at 104
        EngineScenario s = new EngineScenario(20).close(6, 104).close(10, 96);
        s.config(EngineScenario.quiet().fillModel(FillModel.NEXT_OPEN).build())
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5)
                .exit("x", Category.OTHER, null, 10);
        RunResult r = ScenarioRuns.withOpens(s, new int[] {6, 11}, new double[] {103, 97});
        assertEquals(List.of("6 buy 100 @103 by e1", "11 sell 100 @97 by x"), fills(r));
        assertEquals(-600, r.tradeSets().get(0).pnlRealizedTotal(), 1e-9);
    }
}
