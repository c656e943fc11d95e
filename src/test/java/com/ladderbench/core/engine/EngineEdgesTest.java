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

/** Rules at the edges of the engine's bookkeeping: clocks, flat state, large positions, ids. */
class EngineEdgesTest {
    private static final String TEST = EngineScenario.SYMBOL;

    @Test
    void aFourHourTriggerIsDecidedOnlyWhenItsBarCompletes() {
        EngineScenario s = new EngineScenario(12);
        s.trigger(new Trigger("slow", TEST, Timeframe.H4, Direction.LONG, Category.OTHER, ConfidenceGrade.B,
                "volume > 0", null, null, null, null));
        // base bars 0-3 make the first 4h bar, complete at bar 3's close
        assertEquals(List.of("3 buy 100 @100 by slow"), fills(s.run()));
    }

    @Test
    void unrealizedPnlPctIsZeroWhileFlat() {
        EngineScenario s = new EngineScenario(12);
        s.trigger(new Trigger("e1", TEST, Timeframe.H1, Direction.LONG, Category.OTHER, ConfidenceGrade.B,
                "unrealized_pnl_pct == 0 and volume == 1004", null, null, null, null));
        assertEquals(List.of("4 buy 100 @100 by e1"), fills(s.run()));
    }

    @Test
    void anExitFractionOfOneClosesExactlyThePositionHoweverLarge() {
        // a million units at 1e-8 lots: 1e14 lots
        EngineScenario s = new EngineScenario(12).sizing(new SizingRule(TEST, SizingMode.NOTIONAL, null, 1e8, null))
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 2).exit("trim", Category.RISK_REDUCE, 1.0, 6);
        RunResult r = s.run();
        assertEquals(List.of("2 buy 1000000 @100 by e1", "6 sell 1000000 @100 by trim"), fills(r));
        assertEquals(1, r.tradeSets().size());
    }

    @Test
    void aCappedEntryOnAStaleBarIsReportedAsStaleData() {
        EngineScenario s = new EngineScenario(12).caps(new RiskConstraints(null, 0.0, null, null)).gapBefore(5, 4)
                .entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        assertEquals(List.of("9 e1 stale_data"), events(s.run()));
    }

    @Test
    void outsideTheRiskOffRegimeAConfidentEntryOverridesRiskOffEvenWithARegimeRule() {
        EngineScenario s = new EngineScenario(20).entry("e1", Direction.LONG, ConfidenceGrade.B, 5);
        s.riskOff(s.at(3), 0).entry("strong", Direction.LONG, ConfidenceGrade.A, 12)
                .exit("defend", Category.RISK_OFF, null, 12);
        RunResult r = s.run();
        assertEquals(List.of("5 buy 100 @100 by e1"), fills(r));
        assertEquals(List.of("12 defend entry_overrides_risk_off by strong"), events(r));
    }

    @Test
    void fillIdsAreSequentialInFillOrder() {
        EngineScenario s = new EngineScenario(12).entry("e1", Direction.LONG, ConfidenceGrade.B, 2)
                .exit("trim", Category.RISK_REDUCE, 0.5, 4).exit("x", Category.OTHER, null, 6);
        assertEquals(List.of("F000001", "F000002", "F000003"), s.run().fills().stream().map(Fill::fillId).toList());
    }

    @Test
    void aSizingRuleForASymbolWithoutDataIsIgnored() {
        EngineScenario s = new EngineScenario(12).entry("e1", Direction.LONG, ConfidenceGrade.B, 2);
        com.ladderbench.model.Plan p = s.plan();
        List<SizingRule> rules = new java.util.ArrayList<>(p.sizingRules());
        rules.add(0, new SizingRule("ELSEWHERE", SizingMode.NOTIONAL, null, 1.0, null));
        com.ladderbench.model.Plan plan = new com.ladderbench.model.Plan(p.planId(), p.regime(), p.triggers(),
                p.riskConstraints(), rules, p.riskOff(), null, null, null);
        RunResult r = ScenarioRuns.run(plan, List.of(s.series()), s.config());
        assertEquals(List.of("2 buy 100 @100 by e1"), fills(r));
    }
}
