package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.cli.BenchCommand;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Fill;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.Side;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With many positions open an entry's target may come from an interval sure to hold equity
 * rather than from equity summed over every open mark; the run is the same as one that always
 * sums it. The other run is the same plan with one more symbol that never trades, sized by a
 * negative percentage: with one in the plan the interval is never used (the target would not
 * rise with equity), and a symbol without trades changes no other symbol's decisions.
 */
class ManyOpenPositionsTest {
    private static final int SYMBOLS = 64;
    private static final int BARS = 700;

    private static List<BarSeries> series(List<String> names) {
        List<BarSeries> out = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) out.add(SyntheticMarket.generate(names.get(s), Timeframe.M1, BARS, 42 + s));
        return out;
    }

    private static EngineRun run(Plan plan, List<String> names, RunConfig config) throws InvalidInputException {
        return TriggerEngine.run(plan, TestData.marketData(series(names), plan), config, RunMonitor.NONE);
    }

    /** The most positions open at once, from the fills. */
    private static int mostOpen(List<Fill> fills) {
        Map<String, Long> lots = new HashMap<>();
        int open = 0;
        int most = 0;
        for (Fill f : fills) {
            long before = lots.getOrDefault(f.symbol(), 0L);
            long after = before + (f.side() == Side.BUY ? f.lots() : -f.lots());
            lots.put(f.symbol(), after);
            if (before == 0 && after != 0) open++;
            if (before != 0 && after == 0) open--;
            most = Math.max(most, open);
        }
        return most;
    }

    /** "none", or the first place two lists differ (a short message where assertEquals would print both). */
    private static String firstDifference(List<?> expected, List<?> actual) {
        for (int k = 0; k < Math.min(expected.size(), actual.size()); k++) {
            if (!expected.get(k).equals(actual.get(k))) return k + ": " + expected.get(k) + " but " + actual.get(k);
        }
        return expected.size() == actual.size() ? "none" : "sizes " + expected.size() + " and " + actual.size();
    }

    @Test
    void entriesWithManyPositionsOpenAreSizedAsFromEquitySummedInSymbolOrder() throws InvalidInputException {
        List<String> names = BenchCommand.symbolNames(SYMBOLS);
        Plan bench = BenchCommand.plan(8, names);
        List<String> withIdle = new ArrayList<>(names);
        withIdle.add("IDLE-USD");
        List<Trigger> triggers = new ArrayList<>(bench.triggers());
        triggers.add(new Trigger("idle", "IDLE-USD", Timeframe.M1, Direction.LONG, Category.TREND_CONTINUATION,
                ConfidenceGrade.A, "close < 0", null, null, null, null));
        List<SizingRule> sizing = new ArrayList<>(bench.sizingRules());
        sizing.add(new SizingRule("IDLE-USD", SizingMode.FIXED_FRACTION, -1.0, null, null));
        Plan alwaysSummed = new Plan(bench.planId(), bench.regime(), triggers, bench.riskConstraints(), sizing,
                bench.riskOff(), bench.generatedAt(), bench.validUntil(), bench.globalView());
        for (double fee : new double[] {0, 10}) {
            RunConfig config = RunConfig.defaults().toBuilder().feeBps(fee).build();
            EngineRun fast = run(bench, names, config);
            EngineRun summed = run(alwaysSummed, withIdle, config);
            assertTrue(mostOpen(fast.fills()) > 40, "many positions open at once: " + mostOpen(fast.fills()));
            assertEquals(firstDifference(summed.fills(), fast.fills()), "none", "fills at fee " + fee);
            assertEquals(firstDifference(summed.events(), fast.events()), "none", "events at fee " + fee);
            assertEquals(summed.finalCash(), fast.finalCash());
        }
    }
}
