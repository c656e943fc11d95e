package com.ladderbench.core.engine;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Fill;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * A small test language for the engine: bars whose volume doubles as a unique per-bar code, so
 * a rule can be made to fire on exactly the bars a test names ({@code volume == code(5)}).
 * Prices default to 100 so quantities are easy to read.
 */
final class EngineScenario {
    static final String SYMBOL = "TEST";
    static final long START = 1_704_067_200_000L; // 2024-01-01T00:00Z
    static final long HOUR = 3_600_000L;

    private final int n;
    private final double[] close;
    private final double[] volume;
    private double[] spread;
    private final long[] time;
    private final List<Trigger> triggers = new ArrayList<>();
    private RiskConstraints caps = RiskConstraints.NONE;
    private RiskOffSettings riskOff = RiskOffSettings.NONE;
    private SizingRule sizing;
    private RunConfig config = RunConfig.defaults();

    EngineScenario(int bars) {
        n = bars;
        close = new double[n];
        volume = new double[n];
        time = new long[n];
        for (int i = 0; i < n; i++) {
            close[i] = 100;
            volume[i] = 1000 + i;
            time[i] = START + i * HOUR;
        }
        sizing = new SizingRule(SYMBOL, SizingMode.NOTIONAL, null, 10_000.0, null);
        config = quiet().build();
    }

    /** Defaults without fees, min hold or cooldown, so a test switches on only the rule it pins. */
    static RunConfig.Builder quiet() {
        return RunConfig.defaults().toBuilder().feeBps(0).minHoldBars(0).tradeCooldownBars(0);
    }

    EngineScenario close(int bar, double price) {
        close[bar] = price;
        return this;
    }

    EngineScenario closesFrom(int bar, double... prices) {
        System.arraycopy(prices, 0, close, bar, prices.length);
        return this;
    }

    EngineScenario volume(int bar, double v) {
        volume[bar] = v;
        return this;
    }

    EngineScenario spread(int bar, double bps) {
        if (spread == null) spread = new double[n];
        spread[bar] = bps;
        return this;
    }

    /** Removes the bars before {@code bar}'s timestamp shift: a gap of {@code missing} bars before it. */
    EngineScenario gapBefore(int bar, int missing) {
        for (int i = bar; i < n; i++) time[i] += missing * HOUR;
        return this;
    }

    EngineScenario config(RunConfig c) {
        config = c;
        return this;
    }

    RunConfig config() { return config; }

    EngineScenario caps(RiskConstraints c) {
        caps = c;
        return this;
    }

    EngineScenario riskOff(String regimeRule, int latchBars) {
        riskOff = new RiskOffSettings(regimeRule, latchBars);
        return this;
    }

    EngineScenario sizing(SizingRule r) {
        sizing = r;
        return this;
    }

    /** A rule true on exactly the given bars (never when none given). */
    String at(int... bars) {
        if (bars.length == 0) return "volume < 0";
        StringJoiner j = new StringJoiner(" or ");
        for (int b : bars) j.add("volume == " + volume[b]);
        return j.toString();
    }

    EngineScenario entry(String id, Direction dir, ConfidenceGrade grade, int... bars) {
        triggers.add(new Trigger(id, SYMBOL, Timeframe.H1, dir, Category.TREND_CONTINUATION, grade, at(bars), null,
                null, null, null));
        return this;
    }

    EngineScenario exit(String id, Category category, Double fraction, int... bars) {
        triggers.add(new Trigger(id, SYMBOL, Timeframe.H1, Direction.EXIT, category, null, null, at(bars), null,
                null, fraction));
        return this;
    }

    EngineScenario exitWithHold(String id, Category category, int[] exitBars, int[] holdBars) {
        triggers.add(new Trigger(id, SYMBOL, Timeframe.H1, Direction.EXIT, category, null, null, at(exitBars),
                at(holdBars), null, null));
        return this;
    }

    EngineScenario trigger(Trigger t) {
        triggers.add(t);
        return this;
    }

    BarSeries series() {
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        for (int i = 0; i < n; i++) {
            open[i] = i == 0 ? close[0] : close[i - 1];
            high[i] = Math.max(open[i], close[i]) * 1.001;
            low[i] = Math.min(open[i], close[i]) * 0.999;
        }
        return new BarSeries(SYMBOL, Timeframe.H1, time.clone(), open, high, low, close.clone(), volume.clone(),
                spread == null ? null : spread.clone(), "scenario");
    }

    Plan plan() {
        return new Plan("scenario", null, triggers, caps, sizing == null ? List.of() : List.of(sizing), riskOff, null,
                null, null);
    }

    MarketData data() {
        return TestData.marketData(List.of(series()), plan());
    }

    RunResult run() {
        try {
            return BacktestRunner.run(BacktestRequest.of("ladder", plan(), data(), config));
        } catch (com.ladderbench.model.InvalidInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static int bar(long ts) {
        return (int) ((ts - START) / HOUR);
    }

    // ------------------------------------------------------------ reading results

    static List<String> fills(RunResult r) {
        return r.fills().stream().map(EngineScenario::describe).collect(Collectors.toList());
    }

    /** {@code "5 buy 100 TEST@100 by e1"}: bar, side, qty, price, trigger. */
    static String describe(Fill f) {
        return bar(f.timestamp()) + " " + f.side().wire() + " " + num(f.qtyAsDouble()) + " @" + num(f.price()) + " by "
                + f.triggerId();
    }

    static List<String> events(RunResult r) {
        return r.events().stream().map(EngineScenario::describe).collect(Collectors.toList());
    }

    /** {@code "6 x1 min_hold"} or {@code "6 e1 exit_preempts_entry by x1"}. */
    static String describe(BlockEvent e) {
        return bar(e.timestamp()) + " " + e.triggerId() + " " + e.reason().wire()
                + (e.preemptedBy() == null ? "" : " by " + e.preemptedBy());
    }

    static List<String> eventsOf(RunResult r, BlockReason reason) {
        return r.events().stream().filter(e -> e.reason() == reason).map(EngineScenario::describe)
                .collect(Collectors.toList());
    }

    static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
