package com.ladderbench.core.engine;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link EngineScenario} does not stage itself: a second symbol next to the scenario's, and
 * bars whose open differs from the previous close.
 */
final class ScenarioRuns {
    static final String OTHER = "OTHER";

    private ScenarioRuns() {
    }

    /**
     * Runs the scenario with a second symbol {@value #OTHER} on the same clock: flat at 100 with
     * {@code otherCloses} from bar 0 onwards (the last repeated), a long entry of {@code otherNotional} at {@code otherEntryBar}
     * (notional sizing, no caps of its own beyond the plan's), never exited.
     */
    static RunResult withOtherSymbolOpen(EngineScenario s, int otherEntryBar, double otherNotional,
            double... otherCloses) {
        return withOtherSymbolOpen(s, com.ladderbench.model.Direction.LONG, otherEntryBar, otherNotional, otherCloses);
    }

    /** As above, with the other symbol's position on the given side. */
    static RunResult withOtherSymbolOpen(EngineScenario s, com.ladderbench.model.Direction otherSide,
            int otherEntryBar, double otherNotional, double... otherCloses) {
        BarSeries mine = s.series();
        int n = mine.close().length;
        double[] close = new double[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = i < otherCloses.length ? otherCloses[i] : otherCloses[otherCloses.length - 1];
            open[i] = i == 0 ? close[0] : close[i - 1];
            high[i] = Math.max(open[i], close[i]);
            low[i] = Math.min(open[i], close[i]);
            volume[i] = 5_000 + i; // never equal to a TEST bar's volume code
        }
        BarSeries other = new BarSeries(OTHER, Timeframe.H1, mine.time().clone(), open, high, low, close, volume,
                null, "other");
        Plan p = s.plan();
        List<Trigger> triggers = new ArrayList<>(p.triggers());
        triggers.add(new Trigger("other_entry", OTHER, Timeframe.H1, otherSide,
                com.ladderbench.model.Category.TREND_CONTINUATION, com.ladderbench.model.ConfidenceGrade.B,
                "volume == " + volume[otherEntryBar], null, null, null, null));
        List<SizingRule> sizing = new ArrayList<>(p.sizingRules());
        sizing.add(new SizingRule(OTHER, SizingMode.NOTIONAL, null, otherNotional, null));
        Plan plan = new Plan(p.planId(), p.regime(), triggers, p.riskConstraints(), sizing, p.riskOff(), null, null,
                null);
        return run(plan, List.of(mine, other), s.config());
    }

    /** Runs the scenario on its bars with the given opens in place of the previous closes. */
    static RunResult withOpens(EngineScenario s, int[] bars, double[] opens) {
        BarSeries b = s.series();
        double[] open = b.open().clone();
        double[] high = b.high().clone();
        double[] low = b.low().clone();
        for (int k = 0; k < bars.length; k++) {
            int i = bars[k];
            open[i] = opens[k];
            high[i] = Math.max(high[i], opens[k]);
            low[i] = Math.min(low[i], opens[k]);
        }
        BarSeries series = new BarSeries(b.symbol(), b.timeframe(), b.time().clone(), open, high, low,
                b.close().clone(), b.volume().clone(), b.spreadBps() == null ? null : b.spreadBps().clone(), "opens");
        return run(s.plan(), List.of(series), s.config());
    }

    static RunResult run(Plan plan, List<BarSeries> series, RunConfig config) {
        try {
            return BacktestRunner.run(BacktestRequest.of("ladder", plan, TestData.marketData(series, plan), config));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
