package com.ladderbench.core.engine;

import static com.ladderbench.core.engine.EngineScenario.fills;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Equity marks every open position of every symbol, whichever symbol opened first and whichever
 * closes first: while one symbol is flat again, the other's price moves still show in equity.
 * TEST is the plan's first symbol, OTHER its second; each trades 100 units at 100 (no fees).
 */
class OpenPositionsTest {
    private static final double CASH = 100_000;

    /** Each symbol enters and exits at the given bars; OTHER closes at 110 from {@code otherJumpBar}, TEST at 120 from {@code testJumpBar}. */
    private static RunResult run(int testIn, int testOut, int otherIn, int otherOut, int otherJumpBar, int testJumpBar) {
        EngineScenario s = new EngineScenario(20);
        for (int i = testJumpBar; i < 20; i++) s.close(i, 120);
        s.entry("test_in", Direction.LONG, ConfidenceGrade.B, testIn).exit("test_out", Category.OTHER, null, testOut);
        BarSeries mine = s.series();
        int n = 20;
        double[] close = new double[n];
        double[] open = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = i >= otherJumpBar ? 110 : 100;
            open[i] = i == 0 ? close[0] : close[i - 1];
            volume[i] = 5_000 + i;
        }
        double[] high = new double[n];
        double[] low = new double[n];
        for (int i = 0; i < n; i++) {
            high[i] = Math.max(open[i], close[i]);
            low[i] = Math.min(open[i], close[i]);
        }
        BarSeries other = new BarSeries(ScenarioRuns.OTHER, Timeframe.H1, mine.time().clone(), open, high, low, close,
                volume, null, "other");
        Plan p = s.plan();
        List<Trigger> triggers = new ArrayList<>(p.triggers());
        triggers.add(new Trigger("other_in", ScenarioRuns.OTHER, Timeframe.H1, Direction.LONG,
                Category.TREND_CONTINUATION, ConfidenceGrade.B, "volume == " + volume[otherIn], null, null, null, null));
        triggers.add(new Trigger("other_out", ScenarioRuns.OTHER, Timeframe.H1, Direction.EXIT, Category.OTHER, null,
                null, "volume == " + volume[otherOut], null, null, null));
        List<SizingRule> sizing = new ArrayList<>(p.sizingRules());
        sizing.add(new SizingRule(ScenarioRuns.OTHER, SizingMode.NOTIONAL, null, 10_000.0, null));
        Plan plan = new Plan(p.planId(), p.regime(), triggers, p.riskConstraints(), sizing, p.riskOff(), null, null,
                null);
        return ScenarioRuns.run(plan, List.of(mine, other), s.config().toBuilder().initialCash(CASH).build());
    }

    private static double equityAt(RunResult r, int bar) {
        return r.equity().equity()[bar];
    }

    @Test
    void whenTheFirstSymbolClosesFirstTheSecondSymbolsPositionIsStillMarked() {
        // TEST open 2..8, OTHER open 4..12; OTHER rises 10 at bar 10, while TEST is already flat
        RunResult r = run(2, 8, 4, 12, 10, 19);
        assertEquals(List.of("2 buy 100 @100 by test_in", "8 sell 100 @100 by test_out"),
                fills(r).stream().filter(f -> f.contains("test_")).toList());
        assertEquals(CASH, equityAt(r, 9));
        assertEquals(CASH + 1_000, equityAt(r, 10), "OTHER's 100 units marked at 110");
        assertEquals(CASH + 1_000, equityAt(r, 19), "realized at 12");
    }

    @Test
    void whenTheSecondSymbolClosesFirstTheFirstSymbolsPositionIsStillMarked() {
        // OTHER open 2..8, TEST open 4..12; TEST rises 20 at bar 10, while OTHER is already flat
        RunResult r = run(4, 12, 2, 8, 19, 10);
        assertEquals(CASH, equityAt(r, 9));
        assertEquals(CASH + 2_000, equityAt(r, 10), "TEST's 100 units marked at 120");
        assertEquals(CASH + 2_000, equityAt(r, 19));
    }

    @Test
    void bothOpenPositionsAreMarkedWhateverOrderTheyOpenedIn() {
        RunResult firstThenSecond = run(2, 15, 4, 15, 10, 10);
        RunResult secondThenFirst = run(4, 15, 2, 15, 10, 10);
        assertEquals(CASH + 3_000, equityAt(firstThenSecond, 10));
        assertEquals(CASH + 3_000, equityAt(secondThenFirst, 10));
    }
}
