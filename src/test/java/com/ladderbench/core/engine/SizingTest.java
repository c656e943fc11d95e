package com.ladderbench.core.engine;

import static com.ladderbench.core.engine.EngineScenario.events;
import static com.ladderbench.core.engine.EngineScenario.fills;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Fill;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entry sizing (SPEC §4 step 4): the sizing modes give exact quantities, then the exposure caps
 * shrink them, each measured against the current marked equity (other symbols included).
 */
class SizingTest {
    private static final String TEST = EngineScenario.SYMBOL;

    private static Trigger longEntry(EngineScenario s, String id, Double stopPct, int bar) {
        return new Trigger(id, TEST, Timeframe.H1, Direction.LONG, Category.TREND_CONTINUATION, ConfidenceGrade.B,
                s.at(bar), null, null, stopPct, null);
    }

    private static double entryQty(RunResult r, String trigger) {
        return r.fills().stream().filter(f -> f.triggerId().equals(trigger)).mapToDouble(Qty::of).findFirst()
                .orElseThrow(() -> new AssertionError("no fill by " + trigger + "; events " + events(r)));
    }

    @Test
    void fixedFractionWithAStopRisksTargetRiskPctOfEquityOverTheStopDistance() {
        // 2 % of 100,000 = 2,000 at risk; a 4 % stop at 50 risks 2 per unit: 1,000 units
        EngineScenario s = new EngineScenario(20).close(5, 50)
                .sizing(new SizingRule(TEST, SizingMode.FIXED_FRACTION, 2.0, null, null));
        s.trigger(longEntry(s, "e1", 4.0, 5));
        assertEquals(List.of("5 buy 1000 @50 by e1"), fills(s.run()));
    }

    @Test
    void fixedFractionWithoutAStopBuysTargetRiskPctOfEquityAsNotional() {
        // 2 % of 100,000 = 2,000 notional at 50: 40 units
        EngineScenario s = new EngineScenario(20).close(5, 50)
                .sizing(new SizingRule(TEST, SizingMode.FIXED_FRACTION, 2.0, null, null));
        s.trigger(longEntry(s, "e1", null, 5));
        assertEquals(List.of("5 buy 40 @50 by e1"), fills(s.run()));
    }

    @Test
    void aStopLossPctOfZeroSizesFixedFractionAsIfThereWereNoStop() {
        // stop_loss_pct 0 puts nothing at risk per unit: 2 % of 100,000 as notional at 50, 40 units
        EngineScenario s = new EngineScenario(20).close(5, 50)
                .sizing(new SizingRule(TEST, SizingMode.FIXED_FRACTION, 2.0, null, null));
        s.trigger(longEntry(s, "e1", 0.0, 5));
        assertEquals(List.of("5 buy 40 @50 by e1"), fills(s.run()));
    }

    @Test
    void aSymbolWithoutASizingRuleRisksOnePercentByFixedFraction() {
        EngineScenario s = new EngineScenario(20).close(5, 50).sizing(null);
        s.trigger(longEntry(s, "stopped", 4.0, 5));
        assertEquals(List.of("5 buy 500 @50 by stopped"), fills(s.run()));

        EngineScenario plain = new EngineScenario(20).close(5, 50).sizing(null);
        plain.trigger(longEntry(plain, "plain", null, 5));
        assertEquals(List.of("5 buy 20 @50 by plain"), fills(plain.run()));
    }

    @Test
    void fixedFractionSizesOnTheEquityOfTheMomentNotTheInitialCash() {
        // 40 units bought at 50 and sold at 150 make equity 104,000: 2 % of it at 130 = 16 units
        EngineScenario s = new EngineScenario(20).close(2, 50).closesFrom(10, 150, 150, 130, 130, 130, 130, 130, 130,
                130, 130).sizing(new SizingRule(TEST, SizingMode.FIXED_FRACTION, 2.0, null, null));
        s.trigger(longEntry(s, "first", null, 2)).exit("x", Category.OTHER, null, 10)
                .trigger(longEntry(s, "second", null, 12));
        assertEquals(List.of("2 buy 40 @50 by first", "10 sell 40 @150 by x", "12 buy 16 @130 by second"),
                fills(s.run()));
    }

    /** Another symbol holding 100 units bought at 100, marked at 200 when TEST enters at bar 5. */
    private static RunResult withOtherOpen(EngineScenario s) {
        return ScenarioRuns.withOtherSymbolOpen(s, 1, 10_000, 100, 100, 200);
    }

    @Test
    void theSymbolCapLimitsOneSymbolToItsShareOfMarkedEquityWhateverOtherSymbolsHold() {
        // equity 110,000 (the other symbol gained 10,000): 20 % = 22,000 at 100 = 220 units
        EngineScenario s = new EngineScenario(20).caps(new RiskConstraints(null, 20.0, null, null))
                .sizing(new SizingRule(TEST, SizingMode.NOTIONAL, null, 50_000.0, null))
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        RunResult r = withOtherOpen(s);
        assertEquals(220.0, entryQty(r, "e1"), 1e-8);
        assertEquals(100.0, entryQty(r, "other_entry"), 0.0, "the other symbol's own sizing");
    }

    @Test
    void thePortfolioCapLeavesRoomOnlyForWhatOtherSymbolsDoNotAlreadyHold() {
        // 50 % of 110,000 = 55,000, of which the other symbol holds 20,000: room 35,000 = 350 units
        EngineScenario s = new EngineScenario(20).caps(new RiskConstraints(null, null, 50.0, null))
                .sizing(new SizingRule(TEST, SizingMode.NOTIONAL, null, 50_000.0, null))
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        assertEquals(350.0, entryQty(withOtherOpen(s), "e1"), 1e-8);
    }

    @Test
    void aShortOnAnotherSymbolTakesPortfolioRoomByItsAbsoluteNotional() {
        // OTHER short 100 units from 100, marked at 80: equity 102,000, 50 % = 51,000, minus 8,000 held
        EngineScenario s = new EngineScenario(20).caps(new RiskConstraints(null, null, 50.0, null))
                .sizing(new SizingRule(TEST, SizingMode.NOTIONAL, null, 50_000.0, null))
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        RunResult r = ScenarioRuns.withOtherSymbolOpen(s, Direction.SHORT, 1, 10_000, 100, 100, 80);
        assertEquals(430.0, entryQty(r, "e1"), 1e-8);
    }

    @Test
    void aFullPortfolioBlocksTheEntryAsExposureCap() {
        // 18 % of 110,000 = 19,800 < the 20,000 the other symbol holds: no room at all
        EngineScenario s = new EngineScenario(20).caps(new RiskConstraints(null, null, 18.0, null))
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        RunResult r = withOtherOpen(s);
        assertEquals(List.of("5 e1 exposure_cap"), events(r));
        assertEquals("no room under the max_portfolio_exposure_pct limit", r.events().get(0).detail());
        assertEquals(List.of("other_entry"), r.fills().stream().map(Fill::triggerId).toList());
    }

    @Test
    void thePositionRiskCapLimitsWhatTheStopPutsAtRisk() {
        // 1 % of 110,000 = 1,100 at risk; a 5 % stop at 100 risks 5 per unit: 220 units
        EngineScenario s = new EngineScenario(20).caps(new RiskConstraints(1.0, null, null, null))
                .sizing(new SizingRule(TEST, SizingMode.NOTIONAL, null, 50_000.0, null));
        s.trigger(longEntry(s, "e1", 5.0, 5));
        assertEquals(220.0, entryQty(withOtherOpen(s), "e1"), 1e-8);
    }

    @Test
    void thePositionRiskCapDoesNotApplyToAnEntryWithoutAStop() {
        EngineScenario s = new EngineScenario(20).caps(new RiskConstraints(1.0, null, null, null))
                .sizing(new SizingRule(TEST, SizingMode.NOTIONAL, null, 50_000.0, null));
        s.trigger(longEntry(s, "e1", null, 5));
        assertEquals(500.0, entryQty(withOtherOpen(s), "e1"), 0.0);
    }

    @Test
    void thePositionRiskCapDoesNotApplyToAnEntryWithAStopOfZero() {
        EngineScenario s = new EngineScenario(20).caps(new RiskConstraints(1.0, null, null, null))
                .sizing(new SizingRule(TEST, SizingMode.NOTIONAL, null, 50_000.0, null));
        s.trigger(longEntry(s, "e1", 0.0, 5));
        assertEquals(500.0, entryQty(withOtherOpen(s), "e1"), 0.0);
    }

    @Test
    void theTightestOfSeveralCapsBindsAndNamesItselfWhenNothingIsLeft() {
        EngineScenario s = new EngineScenario(20).caps(new RiskConstraints(1.0, 0.0, 90.0, null))
                .sizing(new SizingRule(TEST, SizingMode.NOTIONAL, null, 50_000.0, null));
        s.trigger(longEntry(s, "e1", 5.0, 5));
        RunResult r = withOtherOpen(s);
        assertEquals("no room under the max_symbol_exposure_pct limit", r.events().get(0).detail());

        EngineScenario risk = new EngineScenario(20).caps(new RiskConstraints(0.0, 50.0, 90.0, null))
                .sizing(new SizingRule(TEST, SizingMode.NOTIONAL, null, 50_000.0, null));
        risk.trigger(longEntry(risk, "e1", 5.0, 5));
        assertEquals("no room under the max_position_risk_pct limit", withOtherOpen(risk).events().get(0).detail());
    }

    /** Closes alternating 100 and 100·e^0.01: every log return is ±0.01, their population stdev 0.01. */
    private static EngineScenario zigzag(int bars) {
        EngineScenario s = new EngineScenario(bars);
        for (int i = 0; i < bars; i++) s.close(i, i % 2 == 0 ? 100 : 100 * Math.exp(0.01));
        return s;
    }

    @Test
    void volTargetScalesEquityByTargetOverAnnualisedRealizedVolatility() {
        EngineScenario s = zigzag(40).sizing(new SizingRule(TEST, SizingMode.VOL_TARGET, null, null, 0.5));
        s.entry("e1", Direction.LONG, ConfidenceGrade.B, 24);
        double annualVol = 0.01 * Math.sqrt(Timeframe.H1.barsPerYear());
        double expected = 0.5 / annualVol * 100_000 / 100;
        assertEquals(expected, entryQty(s.run(), "e1"), 1e-7);
    }

    @Test
    void volTargetWaitsForRealizedVolatilityAndSaysSo() {
        // realized_vol_short needs 20 returns: bar 19 has none yet, bar 20 has
        EngineScenario s = zigzag(40).sizing(new SizingRule(TEST, SizingMode.VOL_TARGET, null, null, 0.5));
        s.entry("e1", Direction.LONG, ConfidenceGrade.B, 19, 20);
        RunResult r = s.run();
        assertEquals(List.of("19 e1 missing_indicator"), events(r));
        assertEquals("realized_vol_short for vol_target sizing is warming up", r.events().get(0).detail());
        assertEquals(List.of("e1"), r.fills().stream().map(Fill::triggerId).toList());
        assertEquals(EngineScenario.START + 20 * EngineScenario.HOUR, r.fills().get(0).timestamp());
    }

    @Test
    void volTargetOnAFlatMarketSizesNothing() {
        EngineScenario s = new EngineScenario(40).sizing(new SizingRule(TEST, SizingMode.VOL_TARGET, null, null, 0.5));
        s.entry("e1", Direction.LONG, ConfidenceGrade.B, 24);
        RunResult r = s.run();
        assertEquals(List.of(), fills(r));
        assertEquals(List.of("24 e1 min_trade"), events(r));
    }
}
