package com.ladderbench.ui;

import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.model.Category;
import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.GeneratedIds;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunInfo;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.ArrayList;
import java.util.List;

/** Generated TradeSets and results for view tests; the numbers are consistent (WAC, position, P&L). */
public final class TestResults {
    public static final long T0 = 1_704_067_200_000L;
    private static final long HOUR = 3_600_000L;

    private TestResults() {
    }

    /**
     * Set i: long, buy 1 @ p, buy 1 @ p+2 (WAC p+1), sell 2 @ p+1+d, d = +3 or -3 alternately, so
     * positions after the legs are 1, 2, 0. Every 5th set's exit is an emergency exit, the others risk_off.
     * Set i is S(i+1), its legs and fills L and F 3i+1 to 3i+3.
     */
    public static List<TradeSet> sets(int n, String symbol) {
        List<TradeSet> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double p = 100 + (i % 50);
            double d = i % 2 == 0 ? 3 : -3;
            long t = T0 + i * 10 * HOUR;
            Category exitCat = i % 5 == 0 ? Category.EMERGENCY_EXIT : Category.RISK_OFF;
            long leg = 3L * i + 1; // generated ids, kept as numbers, as a run's are
            double pnl = 2 * d;
            List<TradeLeg> legs = List.of(
                    new TradeLeg(leg, null, leg, null, Side.BUY, 1, p, 0, t, "entry",
                            Category.TREND_CONTINUATION, "open", true, null, p, 0, 1, 1.0),
                    new TradeLeg(leg + 1, null, leg + 1, null, Side.BUY, 1, p + 2, 0, t + HOUR, "entry",
                            Category.TREND_CONTINUATION, "scale_in", true, null, p + 1, 0, 2, 1.0),
                    new TradeLeg(leg + 2, null, leg + 2, null, Side.SELL, 2, p + 1 + d, 0, t + 5 * HOUR,
                            exitCat == Category.EMERGENCY_EXIT ? "breaker" : "defense", exitCat, "exit", false, null,
                            p + 1, pnl, 0, 1.0));
            out.add(new TradeSet(GeneratedIds.format('S', i + 1), symbol, Timeframe.H1, PositionSide.LONG, t, t + 5 * HOUR, legs, pnl, 0,
                    pnl, 3, 2, 1, p + 1, p + 1 + d, 2 * (p + 2), 5, null, "entry", legs.get(2).triggerId()));
        }
        return out;
    }

    /** A 1-entry/1-exit short set: sell 2 @ 50, buy 2 @ 45. */
    public static TradeSet pairedShort() {
        List<TradeLeg> legs = List.of(
                new TradeLeg("L1", "F1", Side.SELL, 2, 50, 0.1, T0, "short_entry", Category.REVERSAL, "open", true,
                        null, 50, 0, -2, 1.0),
                new TradeLeg("L2", "F2", Side.BUY, 2, 45, 0.1, T0 + 3 * HOUR, "cover", Category.OTHER, "exit", false,
                        null, 50, 10, 0, 1.0));
        return new TradeSet("S000001", "ETH-USD", Timeframe.H1, PositionSide.SHORT, T0, T0 + 3 * HOUR, legs, 10, 0.2,
                9.8, 2, 1, 1, 50, 45, 100, 3, 1.96, "short_entry", "cover");
    }

    public static RunResult run(String label, List<TradeSet> sets) {
        return run(label, sets, RunConfig.defaults());
    }

    public static RunResult run(String label, List<TradeSet> sets, RunConfig config) {
        Metrics m = new Metrics(100_000, 100_000, 0, 0, Double.NaN, Double.NaN, sets.size(), 0, Double.NaN, 0, 0, 0,
                0, 0, 0);
        RunInfo info = new RunInfo(label, "test", "", List.of(), List.of(), T0, T0, 0);
        return new RunResult(info, null, config, m, sets, List.of(), List.of(), List.of(),
                new EquityCurve(new long[0], new double[0]));
    }

    public static WorkbenchResult result(List<ComparisonResult.Side> sides) {
        return new WorkbenchResult(sides, null, null, "test");
    }

    public static ComparisonResult.Side side(String name, List<TradeSet> sets) {
        return new ComparisonResult.Side(name, run(name, sets));
    }
}
