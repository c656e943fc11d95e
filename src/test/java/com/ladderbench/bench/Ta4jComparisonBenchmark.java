package com.ladderbench.bench;

import com.ladderbench.cli.BenchCommand;
import com.ladderbench.core.backtest.PlanRequirements;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.core.engine.EngineRun;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.core.engine.TriggerEngine;
import com.ladderbench.core.indicators.IndicatorCache;
import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.Timeframe;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseTradingRecord;
import org.ta4j.core.Indicator;
import org.ta4j.core.Rule;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.indicators.AbstractIndicator;
import org.ta4j.core.indicators.helpers.PreviousValueIndicator;
import org.ta4j.core.indicators.helpers.TransformIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.InPipeRule;
import org.ta4j.core.rules.NotRule;
import org.ta4j.core.rules.OverIndicatorRule;
import org.ta4j.core.rules.UnderIndicatorRule;

/**
 * Engine only, against ta4j 0.17 with cached indicators: the {@code bench} plan's 8 rules on the
 * same 1M generated 1m bars. Data generation and every indicator are outside the timed part on
 * both sides.
 * <ul>
 * <li>{@code ladderbench}: {@link TriggerEngine#run(RunMonitor)} over a prepared engine (rules,
 * guardrails, tier resolution, sizing, ledger, events, equity).
 * <li>{@code ta4j}: the same 8 rules as ta4j {@link Rule}s over indicators whose values are all
 * cached up front (each a {@code Num[]} lookup, the cheapest a ta4j indicator can be; lags and
 * products are ta4j's own cached helpers, warmed in setup), evaluated every bar with one decision
 * per bar into a {@link BaseTradingRecord}: exit when in a position and an exit rule holds, else
 * enter when flat and an entry rule holds. ta4j does less per bar (no guards, sizing or ledger),
 * so the ratio is conservative.
 * </ul>
 * Run (prints both scores and the ratio):
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.ladderbench.bench.Ta4jComparisonBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class Ta4jComparisonBenchmark {
    @Param({"1000000"})
    int bars;

    Plan plan;
    MarketData data;
    TriggerEngine engine;
    Num[] close;
    Rule[] entries;
    Rule[] exits;

    @Setup(Level.Trial)
    public void setup() {
        plan = BenchCommand.plan(8);
        BarSeries series = SyntheticMarket.generate(plan.symbols().get(0), Timeframe.M1, bars, 42);
        data = MarketData.of(List.of(series), PlanRequirements.timeframes(plan));
        setupTa4j(series);
    }

    @Setup(Level.Invocation)
    public void prepareEngine() throws Exception {
        engine = TriggerEngine.prepare(plan, data, RunConfig.defaults());
    }

    @Benchmark
    public EngineRun ladderbench() throws Exception {
        return engine.run(RunMonitor.NONE);
    }

    @Benchmark
    public TradingRecord ta4j() {
        TradingRecord record = new BaseTradingRecord();
        Num amount = DoubleNum.valueOf(1);
        for (int i = 0; i < close.length; i++) {
            boolean inPosition = record.getCurrentPosition().isOpened();
            boolean exit = false;
            boolean entry = false;
            for (int k = 0; k < entries.length; k++) {
                // every rule is evaluated on every bar, as the engine does (no short-circuit across triggers)
                if (exits[k] != null && inPosition && exits[k].isSatisfied(i, record)) exit = true;
                if (entries[k] != null && entries[k].isSatisfied(i, record)) entry = true;
            }
            if (inPosition && exit) {
                record.exit(i, close[i], amount);
            } else if (!inPosition && entry) {
                record.enter(i, close[i], amount);
            }
        }
        return record;
    }

    private void setupTa4j(BarSeries bars) {
        org.ta4j.core.BarSeries s = new BaseBarSeriesBuilder().withName(bars.symbol())
                .withNumTypeOf(DoubleNum.class).build();
        for (int i = 0; i < bars.size(); i++) {
            s.addBar(Instant.ofEpochMilli(bars.closeTime(i)).atZone(ZoneOffset.UTC),
                    DoubleNum.valueOf(bars.open()[i]), DoubleNum.valueOf(bars.high()[i]),
                    DoubleNum.valueOf(bars.low()[i]), DoubleNum.valueOf(bars.close()[i]),
                    DoubleNum.valueOf(bars.volume()[i]));
        }
        IndicatorCache cache = new IndicatorCache(bars);
        Cached closeI = cached(s, cache, "close");
        close = closeI.values;
        Cached rsi = cached(s, cache, "rsi_14");
        Cached macdHist = cached(s, cache, "macd_hist");
        Indicator<Num> donchianPrev = warm(new PreviousValueIndicator(cached(s, cache, "donchian_upper_short")));
        Indicator<Num> closePrev97 = warm(TransformIndicator.multiply(warm(new PreviousValueIndicator(closeI)), 0.97));
        Indicator<Num> macdHistPrev = warm(new PreviousValueIndicator(macdHist));
        entries = new Rule[8];
        exits = new Rule[8];
        // the bench plan's triggers t0..t7, in order
        entries[0] = new OverIndicatorRule(closeI, cached(s, cache, "ema_medium")).and(new InPipeRule(rsi, 70, 45));
        exits[1] = new OverIndicatorRule(rsi, 75).or(new UnderIndicatorRule(cached(s, cache, "roc_short"), -1));
        entries[2] = new OverIndicatorRule(rsi, 80).and(new OverIndicatorRule(closeI,
                cached(s, cache, "bollinger_upper")));
        exits[2] = new UnderIndicatorRule(rsi, 50);
        exits[3] = new UnderIndicatorRule(closeI, cached(s, cache, "sma_long"))
                .and(new OverIndicatorRule(cached(s, cache, "realized_vol_short"), 1.5));
        entries[4] = new OverIndicatorRule(closeI, donchianPrev)
                .and(new OverIndicatorRule(cached(s, cache, "volume_multiple"), 1.5));
        exits[5] = new UnderIndicatorRule(closeI, closePrev97);
        exits[6] = new UnderIndicatorRule(macdHist, 0).and(new NotRule(new UnderIndicatorRule(macdHistPrev, 0)));
        entries[7] = new UnderIndicatorRule(closeI, cached(s, cache, "bollinger_lower"))
                .and(new UnderIndicatorRule(rsi, 25));
        exits[7] = new OverIndicatorRule(closeI, cached(s, cache, "bollinger_middle"));
    }

    private static Cached cached(org.ta4j.core.BarSeries s, IndicatorCache cache, String name) {
        double[] v = cache.get(IndicatorSpec.parse(name).orElseThrow());
        Num[] nums = new Num[v.length];
        for (int i = 0; i < v.length; i++) nums[i] = DoubleNum.valueOf(v[i]);
        return new Cached(s, nums);
    }

    /** Fills a ta4j cached indicator's cache bar by bar, so the timed part only reads it. */
    private static <T extends Indicator<Num>> T warm(T indicator) {
        int n = indicator.getBarSeries().getBarCount();
        for (int i = 0; i < n; i++) indicator.getValue(i);
        return indicator;
    }

    /** An indicator whose every value is already computed: a ta4j cache hit without the cache's bookkeeping. */
    static final class Cached extends AbstractIndicator<Num> {
        final Num[] values;

        Cached(org.ta4j.core.BarSeries s, Num[] values) {
            super(s);
            this.values = values;
        }

        @Override
        public Num getValue(int index) { return values[index]; }

        @Override
        public int getUnstableBars() { return 0; }
    }

    /** Runs both benchmarks and prints their scores and the ratio (ta4j time / Ladderbench time). */
    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(Ta4jComparisonBenchmark.class.getName() + "\\.").build()).run();
        double ours = Double.NaN;
        double theirs = Double.NaN;
        for (RunResult r : results) {
            String label = r.getPrimaryResult().getLabel();
            if (label.equals("ladderbench")) ours = r.getPrimaryResult().getScore();
            if (label.equals("ta4j")) theirs = r.getPrimaryResult().getScore();
        }
        System.out.printf("engine only, 1M bars x 8 rules: ladderbench %.1f ms/op, ta4j (cached indicators) %.1f ms/op,"
                + " ladderbench is %.2fx ta4j's speed%n", ours, theirs, theirs / ours);
    }
}
