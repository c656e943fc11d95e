package com.ladderbench.bench;

import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.core.rules.EvalContext;
import com.ladderbench.core.rules.RuleCompiler;
import com.ladderbench.core.rules.RuleCursor;
import com.ladderbench.core.rules.RuleSyntaxException;
import com.ladderbench.core.rules.SeriesColumn;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Rule evaluations per second for the SPEC §3 example rule over a year of hourly bars, as the
 * engine drives it: one context, bar index advancing, position state changing.
 * Run: {@code java -cp <test classpath> com.ladderbench.bench.RuleEvalBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RuleEvalBenchmark {
    static final String RULE = "close > ema_medium and rsi_14 between 45 and 70 and not is_short";
    static final int BARS = 8760;

    private CompiledRule rule;
    private final EvalContext ctx = new EvalContext();

    @Setup
    public void setUp() throws RuleSyntaxException {
        Random random = new Random(1);
        double[] close = new double[BARS];
        double[] ema = new double[BARS];
        double[] rsi = new double[BARS];
        double price = 100;
        for (int i = 0; i < BARS; i++) {
            price *= 1 + random.nextGaussian() * 0.01;
            close[i] = price;
            ema[i] = i < 50 ? Double.NaN : price * (1 + random.nextGaussian() * 0.01);
            rsi[i] = i < 14 ? Double.NaN : 50 + random.nextGaussian() * 15;
        }
        rule = RuleCompiler.compile(RULE, ref -> {
            switch (ref.spec().kind()) {
                case CLOSE: return new SeriesColumn(close, null);
                case EMA: return new SeriesColumn(ema, null);
                default: return new SeriesColumn(rsi, null);
            }
        });
    }

    /** One pass over every bar: BARS evaluations per invocation. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public void evaluateEveryBar(Blackhole bh) {
        EvalContext c = ctx;
        for (int bar = 0; bar < BARS; bar++) {
            c.bar = bar;
            c.positionSign = (bar >> 5) % 3 - 1;
            bh.consume(rule.evaluate(c));
        }
    }

    /** The same pass through a run's cursor, as the engine evaluates entry and exit rules. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public void evaluateEveryBarThroughACursor(Blackhole bh) {
        EvalContext c = ctx;
        RuleCursor cursor = rule.cursor();
        for (int bar = 0; bar < BARS; bar++) {
            c.bar = bar;
            c.positionSign = (bar >> 5) % 3 - 1;
            bh.consume(cursor.evaluate(c));
        }
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(RuleEvalBenchmark.class.getSimpleName()).build()).run();
    }
}
