package com.ladderbench.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.backtest.PlanRequirements;
import com.ladderbench.core.compare.Sweep;
import com.ladderbench.core.compare.SweepExecutor;
import com.ladderbench.core.compare.SweepParameter;
import com.ladderbench.core.compare.SweepResult;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.text.Decimals;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.core.report.JsonOutput;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import com.ladderbench.core.engine.EngineRun;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.core.engine.TriggerEngine;
import com.ladderbench.core.report.RunWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: throughput on generated data, one JSON line. Runs the same backtest a few times
 * after warm-up runs and reports each part's best (min) and median run, so JIT compilation is not
 * measured: warm-up runs continue, as the sweep mode's do, until the JIT has settled (at least two,
 * then until one spent under a tenth of its time compiling, at most {@value #MAX_WARM_UPS}). One
 * warm-up left C2 compiling, and recompiling what the next run's first bars deoptimised, inside the
 * first timed runs. With many symbols the setup code (rules compiled, indicators, the schedule)
 * runs once per symbol or trigger per run, so its methods pass the JIT's invocation thresholds
 * only after several runs: at 256 symbols C2 was still compiling them after eight warm-ups
 * (130-500 ms of compiler time in every timed run, one symbol's under 20 ms). Data generation is
 * outside every timed figure. The parts: {@code indicators_ms}
 * (rules compiled, referenced indicators computed, the schedule merged), {@code engine_only_ms}
 * (the per-bar loop: rules, decisions, ledger), {@code results_ms} (TradeSets, metrics, whipsaw, reconciliation),
 * {@code output_ms} (the run directory written); {@code end_to_end_ms} is their sum per run.
 */
@Command(name = "bench", description = "Measure engine throughput on generated data; prints one JSON line.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar target/ladderbench.jar bench --bars 1000000 --triggers 8 --symbols 1")
public final class BenchCommand implements Callable<Integer> {
    static final String SYMBOL = "BENCH-USD";
    /** The most warm-up runs before the timed ones, for every symbol count alike. */
    static final int MAX_WARM_UPS = 20;

    @Option(names = "--bars", defaultValue = "1000000", description = "bars of 1m data in total (default ${DEFAULT-VALUE})")
    int bars;

    @Option(names = "--triggers", defaultValue = "8", description = "triggers per symbol (default ${DEFAULT-VALUE})")
    int triggers;

    @Option(names = "--symbols", defaultValue = "1",
            description = "symbols sharing the bars, each with its own triggers (default ${DEFAULT-VALUE})")
    int symbols;

    @Option(names = "--fee-bps", paramLabel = "BPS", defaultValue = "10",
            description = "fee per fill in basis points (default ${DEFAULT-VALUE}, the run configuration's default)."
                    + " With one symbol over 1M minutes the plan's fees ruin the account halfway, after which it sizes"
                    + " orders to zero lots and fills almost nothing, while 256 symbols over the same bars keep"
                    + " trading: --fee-bps 0 compares symbol counts on the same trading activity")
    double feeBps;

    @Option(names = "--runs", defaultValue = "5", description = "measured runs after the warm-up runs (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--no-output", description = "do not write a run directory (output_ms is 0)")
    boolean noOutput;

    @Option(names = "--sweep", paramLabel = "N", defaultValue = "0",
            description = "time a sweep of N points (the first risk_reduce trigger's exit_fraction) instead of one"
                    + " backtest: sweep_ms, with the data loaded and generated beforehand (0: no sweep)")
    int sweep;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0", split = ",",
            description = "threads the --sweep points run on (default 0: one per core); several, e.g. 1,2: the"
                    + " sweep timed on each in turn in one process, --runs rounds, with the speed-up of each"
                    + " over the first")
    List<Integer> threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InvalidInputException, IOException {
        if (bars < 100) throw InvalidInputException.of(null, "--bars", "at least 100 bars, got " + bars);
        if (triggers < 1 || triggers > 64) {
            throw InvalidInputException.of(null, "--triggers", "between 1 and 64, got " + triggers);
        }
        if (symbols < 1 || symbols > 4096 || bars / symbols < 100) {
            throw InvalidInputException.of(null, "--symbols", "between 1 and 4096 with at least 100 bars each, got "
                    + symbols);
        }
        if (runs < 1) throw InvalidInputException.of(null, "--runs", "at least 1, got " + runs);
        if (!(feeBps >= 0 && feeBps <= 10_000)) {
            throw InvalidInputException.of(null, "--fee-bps", "between 0 and 10000, got " + feeBps);
        }
        if (sweep < 0 || sweep > Sweep.MAX_POINTS) {
            throw InvalidInputException.of(null, "--sweep", "between 0 and " + Sweep.MAX_POINTS + ", got " + sweep);
        }
        if (sweep > 0 && triggers < 2) {
            throw InvalidInputException.of(null, "--triggers", "--sweep varies the second trigger's exit_fraction,"
                    + " so at least 2 triggers, got " + triggers);
        }
        checkThreads(threads, sweep);
        List<String> names = symbolNames(symbols);
        List<BarSeries> series = new ArrayList<>();
        for (int s = 0; s < symbols; s++) {
            int n = bars / symbols + (s < bars % symbols ? 1 : 0);
            series.add(SyntheticMarket.generate(names.get(s), Timeframe.M1, n, 42 + s));
        }
        Plan plan = plan(triggers, names);
        MarketData data = MarketData.of(series, PlanRequirements.timeframes(plan));
        RunConfig config = RunConfig.defaults().toBuilder().feeBps(feeBps).build();
        if (sweep > 0 && threads.size() > 1) return interleavedSweeps(plan, data, names.get(0), config);
        if (sweep > 0) return sweep(plan, data, names.get(0), config);
        BacktestRequest req = BacktestRequest.of("bench", plan, data, config);
        Path out = noOutput ? null : Files.createTempDirectory("ladderbench-bench");
        try {
            int warmUps = 0;
            Parts warm;
            do {
                long j0 = jitMillis();
                warm = Parts.measure(req, out);
                warmUps++;
                if (warmUps >= 2 && jitMillis() - j0 < warm.total() / 1e6 / 10) break;
            } while (warmUps < MAX_WARM_UPS);
            long[][] t = new long[5][runs];
            long[] jit = new long[runs];
            long[] gc = new long[runs];
            for (int i = 0; i < runs; i++) {
                long j0 = jitMillis();
                long g0 = gcMillis();
                Parts p = Parts.measure(req, out);
                jit[i] = jitMillis() - j0;
                gc[i] = gcMillis() - g0;
                t[0][i] = p.indicators;
                t[1][i] = p.engine;
                t[2][i] = p.results;
                t[3][i] = p.output;
                t[4][i] = p.total();
                warm = p;
            }
            Arrays.sort(jit);
            Arrays.sort(gc);
            ObjectNode o = line();
            o.put("fee_bps", feeBps);
            String[] names2 = {"indicators_ms", "engine_only_ms", "results_ms", "output_ms", "end_to_end_ms"};
            for (int k = 0; k < names2.length; k++) putMinMedian(o, names2[k], t[k]);
            long e2e = Arrays.stream(t[4]).min().orElseThrow();
            long engine = Arrays.stream(t[1]).min().orElseThrow();
            o.put("end_to_end_bars_per_second", Math.round(bars / (e2e / 1e9)));
            o.put("engine_only_bars_per_second", Math.round(bars / (engine / 1e9)));
            // what ran beside the measured runs, as in the sweep mode: compilation and collector
            // pauses (medians), and the warm-up runs before the clock (until the JIT settles)
            o.put("jit_median_ms", jit[jit.length / 2]);
            o.put("gc_pause_median_ms", gc[gc.length / 2]);
            o.put("warm_ups", warmUps);
            o.put("events", warm.result.events().size());
            o.put("fills", warm.result.fills().size());
            o.put("trade_sets", warm.result.tradeSets().size());
            o.put("java", System.getProperty("java.version"));
            o.put("cores", Runtime.getRuntime().availableProcessors());
            print(o);
        } finally {
            if (out != null) deleteTree(out);
        }
        return LadderbenchCommand.OK;
    }

    /**
     * The sweep mode: {@code sweep} points of the second trigger's exit_fraction, evenly spread in
     * (0, 1), run as the {@code sweep} command runs them; sweeps of two points per thread warm up
     * first, spread over the grid, the first and last values included: warmed on the first values
     * alone, the compiled engine met large exit fractions only in the timed sweep, where C2 threw
     * away its code for TriggerEngine.decide, proposeExit and Guardrails.check and compiled it
     * again, at a cost that varied from process to process.
     */
    private int sweep(Plan plan, MarketData data, String firstSymbol, RunConfig config)
            throws InvalidInputException, IOException {
        List<SweepParameter> params = sweepGrid(firstSymbol);
        List<String> values = params.get(0).values();
        int t = threadCount(threads.get(0));
        SweepExecutor executor = Sweep.local(t);
        List<SweepParameter> warmUp = List.of(new SweepParameter(params.get(0).path(),
                spread(values, Math.min(values.size(), 2 * t))));
        int warmUps = warmUp(plan, data, config, warmUp, executor);
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        long[] jit = new long[runs];
        long[] gc = new long[runs];
        SweepResult result = null;
        for (int i = 0; i < runs; i++) {
            TimedSweep timed = TimedSweep.of(plan, data, config, params, executor);
            result = timed.result();
            times[i] = timed.nanos();
            cpu[i] = timed.cpuNanos();
            jit[i] = timed.jitMillis();
            gc[i] = timed.gcMillis();
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        Arrays.sort(jit);
        Arrays.sort(gc);
        ObjectNode o = sweepLine(result.points().size());
        o.put("threads", t);
        o.put("sweep_ms", ms(times[0]));
        o.put("sweep_median_ms", ms(times[times.length / 2]));
        o.put("point_ms", ms(times[0] / sweep));
        // CPU time of the whole process (GC and JIT included): on a busy machine the wall clock
        // says little about scaling, but equal cpu_ms on 1 and on T threads means no extra work
        o.put("cpu_ms", ms(cpu[0]));
        o.put("cpu_median_ms", ms(cpu[cpu.length / 2]));
        // what ran beside the points in the timed sweeps, the medians: compilation (the compiler
        // threads' elapsed time, so inflated on a busy machine) and collector pauses (every worker
        // waits); warm_ups: the sweeps run before the clock
        o.put("jit_median_ms", jit[jit.length / 2]);
        o.put("gc_pause_median_ms", gc[gc.length / 2]);
        o.put("warm_ups", warmUps);
        o.put("bar_points_per_second", Math.round((double) bars * sweep / (times[0] / 1e9)));
        o.put("java", System.getProperty("java.version"));
        o.put("cores", Runtime.getRuntime().availableProcessors());
        o.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        print(o);
        return LadderbenchCommand.OK;
    }

    /**
     * Bad --threads values: each 0 to 256 and given once; several only with a sweep to time on each.
     */
    static void checkThreads(List<Integer> threads, int sweep) throws InvalidInputException {
        for (int t : threads) {
            if (t < 0 || t > 256) throw InvalidInputException.of(null, "--threads", "between 0 and 256, got " + t);
        }
        if (threads.size() > 8) {
            throw InvalidInputException.of(null, "--threads", "at most 8 thread counts, got " + threads.size());
        }
        if (Set.copyOf(threads).size() < threads.size()) {
            throw InvalidInputException.of(null, "--threads", "each thread count once, got " + joined(threads));
        }
        if (threads.size() > 1 && sweep == 0) {
            throw InvalidInputException.of(null, "--threads", "several thread counts (" + joined(threads)
                    + ") are compared on a sweep: give --sweep N too");
        }
    }

    private static String joined(List<Integer> threads) {
        StringJoiner j = new StringJoiner(",");
        for (int t : threads) j.add(Integer.toString(t));
        return j.toString();
    }

    private static int threadCount(int option) {
        return option == 0 ? Runtime.getRuntime().availableProcessors() : option;
    }

    /** The swept axis: {@code sweep} values of the second trigger's exit_fraction, evenly spread in (0, 1). */
    private List<SweepParameter> sweepGrid(String firstSymbol) {
        String trim = (symbols == 1 ? "" : firstSymbol + "-") + "t1";
        List<String> values = new ArrayList<>();
        for (int k = 1; k <= sweep; k++) values.add(Decimals.significant((double) k / (sweep + 1), 6));
        return List.of(new SweepParameter("triggers." + trim + ".exit_fraction", values));
    }

    /**
     * The sweep mode with several thread counts: the same sweep timed on each count in turn, in one
     * process, so the ratio of two counts does not carry the difference between two processes (a
     * JVM's JIT and heap layout, the machine's load at another minute). Each count warms up on its
     * own executor by the single-count rule, on points spread over the whole grid (so the timed
     * sweeps take no path the warm-up did not); then {@code runs} rounds, each timing every count
     * once, in listed order in even rounds and in reverse in odd ones, so a drift in the machine's
     * load falls on both sides alike. Each count's speed-up is the median of its per-round ratios
     * to the first count (first count's time over its own).
     */
    private int interleavedSweeps(Plan plan, MarketData data, String firstSymbol, RunConfig config)
            throws InvalidInputException, IOException {
        List<SweepParameter> params = sweepGrid(firstSymbol);
        List<String> values = params.get(0).values();
        int counts = threads.size();
        int[] t = new int[counts];
        SweepExecutor[] executors = new SweepExecutor[counts];
        for (int c = 0; c < counts; c++) {
            t[c] = threadCount(threads.get(c));
            executors[c] = Sweep.local(t[c]);
        }
        int most = Arrays.stream(t).max().orElseThrow();
        List<SweepParameter> warmUp = List.of(new SweepParameter(params.get(0).path(),
                spread(values, Math.min(values.size(), 2 * most))));
        int warmUps = 0;
        for (int c = 0; c < counts; c++) warmUps += warmUp(plan, data, config, warmUp, executors[c]);
        long[][] times = new long[counts][runs];
        long[][] cpu = new long[counts][runs];
        long[][] jit = new long[counts][runs];
        long[][] gc = new long[counts][runs];
        SweepResult result = null;
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < counts; k++) {
                int c = i % 2 == 0 ? k : counts - 1 - k;
                TimedSweep timed = TimedSweep.of(plan, data, config, params, executors[c]);
                result = timed.result();
                times[c][i] = timed.nanos();
                cpu[c][i] = timed.cpuNanos();
                jit[c][i] = timed.jitMillis();
                gc[c][i] = timed.gcMillis();
            }
        }
        ObjectNode o = sweepLine(result.points().size());
        var list = o.putArray("threads");
        for (int c = 0; c < counts; c++) list.add(t[c]);
        var each = o.putArray("by_threads");
        double lastSpeedUp = 1;
        for (int c = 0; c < counts; c++) {
            ObjectNode e = each.addObject();
            e.put("threads", t[c]);
            putMinMedian(e, "sweep_ms", times[c]);
            putMinMedian(e, "cpu_ms", cpu[c]);
            e.put("jit_median_ms", median(jit[c]));
            e.put("gc_pause_median_ms", median(gc[c]));
            if (c > 0) {
                double[] ratios = new double[runs];
                var rounds = e.putArray("speedups");
                for (int i = 0; i < runs; i++) {
                    ratios[i] = (double) times[0][i] / times[c][i];
                    rounds.add(Math.round(ratios[i] * 1000) / 1000.0);
                }
                Arrays.sort(ratios);
                lastSpeedUp = Math.round(ratios[runs / 2] * 1000) / 1000.0;
                e.put("speedup_median", lastSpeedUp);
            }
        }
        // the last count's over the first: with --threads 1,2, the 2-thread sweep's speed-up
        o.put("speedup_median", lastSpeedUp);
        o.put("warm_ups", warmUps);
        o.put("java", System.getProperty("java.version"));
        o.put("cores", Runtime.getRuntime().availableProcessors());
        o.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        print(o);
        return LadderbenchCommand.OK;
    }

    /** The start of every JSON line: the generated data, the plan's size and the timed runs. */
    private ObjectNode line() {
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("bars", bars);
        o.put("symbols", symbols);
        o.put("triggers", triggers * symbols);
        o.put("runs", runs);
        return o;
    }

    /** {@link #line} of a sweep mode, with the points swept. */
    private ObjectNode sweepLine(int points) {
        ObjectNode o = line();
        o.put("points", points);
        return o;
    }

    /** One sweep run as the timed sweeps run it: wall time, process CPU, compilation and collector pauses. */
    private record TimedSweep(long nanos, long cpuNanos, long jitMillis, long gcMillis, SweepResult result) {
        static TimedSweep of(Plan plan, MarketData data, RunConfig config, List<SweepParameter> params,
                SweepExecutor executor) throws InvalidInputException {
            long j0 = BenchCommand.jitMillis();
            long g0 = BenchCommand.gcMillis();
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            SweepResult result = Sweep.run(plan, data, config, params, executor, RunMonitor.NONE);
            return new TimedSweep(System.nanoTime() - t0, processCpuNanos() - c0, BenchCommand.jitMillis() - j0,
                    BenchCommand.gcMillis() - g0, result);
        }
    }

    /** {@code n} of {@code values}, the first and the last among them, evenly spaced between. */
    static List<String> spread(List<String> values, int n) {
        if (n >= values.size()) return values;
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) out.add(values.get(n == 1 ? 0 : (int) ((long) k * (values.size() - 1) / (n - 1))));
        return out;
    }

    private static void putMinMedian(ObjectNode o, String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        o.put(name, ms(sorted[0]));
        o.put(name.replace("_ms", "_median_ms"), ms(sorted[sorted.length / 2]));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Warm-up sweeps on the timed executor until the JIT has settled: at least two, then until a
     * round spent under a tenth of its wall time compiling (at most eight). One round of a few
     * points leaves C2 compiling the hot paths inside the timed window, on a core the workers need
     * when they use every core; both thread counts warm up by the same rule.
     */
    private static int warmUp(Plan plan, MarketData data, RunConfig config, List<SweepParameter> warmUp,
            SweepExecutor executor) throws InvalidInputException {
        int rounds = 0;
        while (true) {
            long j0 = jitMillis();
            long t0 = System.nanoTime();
            Sweep.run(plan, data, config, warmUp, executor, RunMonitor.NONE);
            double wallMs = (System.nanoTime() - t0) / 1e6;
            rounds++;
            if (rounds >= 8 || (rounds >= 2 && jitMillis() - j0 < wallMs / 10)) return rounds;
        }
    }

    /** Milliseconds the JIT has spent compiling so far (0 where the JVM does not say). */
    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** Milliseconds of collections so far, every collector summed. */
    private static long gcMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
        return ms;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void print(ObjectNode o) throws IOException {
        // one line, numbers as every output writes them (ObjectNode.toString would print 1.7E6)
        spec.commandLine().getOut().println(JsonOutput.mapper().writer()
                .without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o));
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    /** One run's parts, in nanoseconds. */
    private static final class Parts {
        long indicators;
        long engine;
        long results;
        long output;
        RunResult result;

        long total() {
            return indicators + engine + results + output;
        }

        static Parts measure(BacktestRequest req, Path out) throws InvalidInputException, IOException {
            Parts p = new Parts();
            long t0 = System.nanoTime();
            TriggerEngine engine = TriggerEngine.prepare(req.plan(), req.data(), req.config());
            long t1 = System.nanoTime();
            EngineRun run = engine.run(RunMonitor.NONE);
            long t2 = System.nanoTime();
            p.result = BacktestRunner.assemble(req, run);
            long t3 = System.nanoTime();
            if (out != null) RunWriter.write(p.result, out);
            long t4 = System.nanoTime();
            p.indicators = t1 - t0;
            p.engine = t2 - t1;
            p.results = t3 - t2;
            p.output = t4 - t3;
            return p;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) Files.deleteIfExists(p);
        }
    }

    /** BENCH-USD for one symbol, BENCH-0000-USD … for many. */
    public static List<String> symbolNames(int n) {
        if (n == 1) return List.of(SYMBOL);
        List<String> out = new ArrayList<>(n);
        for (int s = 0; s < n; s++) out.add(String.format("BENCH-%04d-USD", s));
        return out;
    }

    /** The bench plan on one symbol. */
    public static Plan plan(int k) {
        return plan(k, List.of(SYMBOL));
    }

    /** Per symbol, k triggers cycling through every category, reading a spread of indicators. */
    public static Plan plan(int k, List<String> symbolNames) {
        String[][] shapes = {
            {"long", "trend_continuation", "close > ema_medium and rsi_14 between 45 and 70", null, null},
            {"exit", "risk_reduce", null, "rsi_14 > 75 or roc_short < -1", "0.33"},
            {"short", "mean_reversion", "rsi_14 > 80 and close > bollinger_upper", "rsi_14 < 50", null},
            {"exit", "risk_off", null, "close < sma_long and realized_vol_short > 1.5", null},
            {"long", "volatility_breakout", "close > donchian_upper_short[1] and volume_multiple > 1.5", null, null},
            {"exit", "emergency_exit", null, "close < close[1] * 0.97", null},
            {"exit", "other", null, "macd_hist < 0 and macd_hist[1] >= 0", null},
            {"long", "reversal", "close < bollinger_lower and rsi_14 < 25", "close > bollinger_middle", null},
        };
        List<Trigger> list = new ArrayList<>();
        List<SizingRule> sizing = new ArrayList<>();
        for (String symbol : symbolNames) {
            String prefix = symbolNames.size() == 1 ? "" : symbol + "-";
            sizing.add(new SizingRule(symbol, SizingMode.FIXED_FRACTION, 1.0 / symbolNames.size(), null, null));
            for (int i = 0; i < k; i++) {
                String[] s = shapes[i % shapes.length];
                Direction dir = Direction.fromWire(s[0]).orElseThrow();
                Category cat = Category.fromWire(s[1]).orElseThrow();
                list.add(new Trigger(prefix + "t" + i, symbol, Timeframe.M1, dir, cat, ConfidenceGrade.values()[i % 3], s[2], s[3],
                            null, dir == Direction.EXIT ? null : 1.5, s[4] == null ? null : Double.valueOf(s[4])));
            }
        }
        return new Plan("bench", null, list, new RiskConstraints(null, 100.0, null, null), sizing,
                new RiskOffSettings(null, 30), null, null, null);
    }
}
