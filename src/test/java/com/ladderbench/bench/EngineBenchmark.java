package com.ladderbench.bench;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.backtest.PlanRequirements;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole backtest of generated 1m bars with eight triggers of every category (indicators,
 * engine loop, ledger, metrics). Run with:
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main EngineBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class EngineBenchmark {
    @Param({"1000000"})
    int bars;

    BacktestRequest request;

    @Setup
    public void setup() {
        String s = "BENCH";
        Timeframe m1 = Timeframe.M1;
        Plan plan = new Plan("bench", null, List.of(
                new Trigger("trend", s, m1, Direction.LONG, Category.TREND_CONTINUATION, ConfidenceGrade.B,
                        "close > ema_medium and rsi_14 between 45 and 70", "close < ema_medium", null, 1.5, null),
                new Trigger("fade", s, m1, Direction.SHORT, Category.MEAN_REVERSION, ConfidenceGrade.C,
                        "rsi_14 > 80 and close > bollinger_upper", "rsi_14 < 50", null, 1.5, null),
                new Trigger("breakout", s, Timeframe.M5, Direction.LONG, Category.VOLATILITY_BREAKOUT,
                        ConfidenceGrade.A, "close > donchian_upper_short[1] and volume_multiple > 1.5", null, null,
                        1.5, null),
                new Trigger("trim", s, m1, Direction.EXIT, Category.RISK_REDUCE, null, null,
                        "rsi_14 > 75 or roc_short < -1", null, null, 0.33),
                new Trigger("macd_exit", s, m1, Direction.EXIT, Category.OTHER, null, null,
                        "macd_hist < 0 and macd_hist[1] >= 0", null, null, null),
                new Trigger("defend", s, Timeframe.M15, Direction.EXIT, Category.RISK_OFF, null, null,
                        "close < sma_long and realized_vol_short > 1.5", null, null, null),
                new Trigger("breaker", s, m1, Direction.EXIT, Category.EMERGENCY_EXIT, null, null,
                        "close < close[1] * 0.97", null, null, null),
                new Trigger("dip", s, m1, Direction.LONG, Category.REVERSAL, ConfidenceGrade.B,
                        "close < bollinger_lower and rsi_14 < 25", "close > bollinger_middle", null, 1.5, null)),
                new RiskConstraints(null, 100.0, null, null),
                List.of(new SizingRule(s, SizingMode.FIXED_FRACTION, 1.0, null, null)),
                new RiskOffSettings("tf_15m_close < tf_15m_sma_medium", 30), null, null, null);
        MarketData data = MarketData.of(List.of(SyntheticMarket.generate(s, m1, bars, 42)),
                PlanRequirements.timeframes(plan));
        request = BacktestRequest.of("bench", plan, data, RunConfig.defaults());
    }

    @Benchmark
    public RunResult backtest() throws Exception {
        return BacktestRunner.run(request);
    }
}
