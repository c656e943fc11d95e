package com.ladderbench.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.cli.LadderbenchCommand;
import com.ladderbench.cli.SweepCommand;
import com.ladderbench.core.compare.Sweep;
import com.ladderbench.core.report.SweepWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.Success$;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sweep as a Spark job writes the local sweep's files byte for byte, also when a task fails
 * and is retried, and refuses bad input with the local messages before Spark is even asked for.
 * One local Spark for the class: two worker threads, and a task may fail twice before the job
 * does ({@code local[2,2]}; plain {@code local[2]} never retries).
 */
class SparkSweepTest {
    private static final String DIR = "sample-backtests/multi-symbol-tf/";
    /** 3 x 4 = 12 points over both symbols, their 15m, 1h and 4h series, plan and config overrides. */
    private static final List<String> SWEEP = List.of("--plan", DIR + "plan.json",
            "--data", DIR + "BTC-USD_15m.csv", "--data", DIR + "SOL-USD_15m.csv", "--config", DIR + "config.json",
            "--param", "triggers.btc_momentum_trim.exit_fraction=0.2,0.4,0.6",
            "--param", "config.min_hold_bars=2,4,8,16");

    private static JavaSparkContext spark;
    private static final Tasks TASKS = new Tasks();

    @TempDir
    static Path tmp;
    private static Path local;

    @BeforeAll
    static void startSparkAndSweepLocally() throws Exception {
        spark = new JavaSparkContext(new SparkConf()
                .setMaster("local[2,2]")
                .setAppName("SparkSweepTest")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.default.parallelism", "2"));
        spark.sc().addSparkListener(TASKS);
        local = tmp.resolve("local");
        Run r = run(LadderbenchCommand::execute, "sweep", local);
        assertEquals(0, r.status(), r.err());
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
    }

    @BeforeEach
    void resetCounts() {
        TASKS.reset();
    }

    @Test
    void aSparkSweepWritesTheLocalSweepsFilesByteForByte() throws Exception {
        Path out = tmp.resolve("spark");
        Run r = run((o, e, args) -> SparkSweep.run(o, e, () -> spark, args), null, out);

        assertEquals(0, r.status(), r.err());
        assertSameFiles(local, out);
        settle();
        assertEquals(1, TASKS.jobs.get(), "one job");
        assertEquals(12, TASKS.succeeded.get(), "one task per grid point");
        assertEquals(0, TASKS.failed.get());
        List<String> rows = Files.readAllLines(out.resolve(SweepWriter.CSV));
        assertEquals(13, rows.size(), "header and 12 points");
        assertTrue(rows.stream().skip(1).map(row -> row.substring(row.indexOf(',', row.indexOf(',') + 1)))
                .distinct().count() > 1, "the points' overrides were applied: their metrics differ");
    }

    @Test
    void aTaskFailingOnItsFirstAttemptIsRetriedAndTheFilesAreTheSame() throws Exception {
        Path out = tmp.resolve("spark-retry");
        Run r = run((o, e, args) -> LadderbenchCommand.executeAlone(o, e,
                new SweepCommand(new SparkSweepExecutor(() -> spark, TaskFault.failFirstAttemptOf(5))), args),
                null, out);

        assertEquals(0, r.status(), r.err());
        settle();
        assertEquals(1, TASKS.failed.get(), "the injected failure happened");
        assertEquals(12, TASKS.succeeded.get(), "the failed point ran again");
        assertSameFiles(local, out);
    }

    static Stream<List<String>> badInputs() {
        return Stream.of(
                List.of("--param", "triggers.no_such_trigger.exit_fraction=0.2,0.4"),
                List.of("--param", "config.min_hold_bars=4,-1,x"),
                List.of("--param", "config.min_hold_bars=4", "--param", "config.min_hold_bars=8"),
                List.of("--param", "config.fee_bps=" + "1,".repeat(Sweep.MAX_POINTS) + "1"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputIsExit2WithTheLocalMessageBeforeSparkIsAskedFor(List<String> params) throws Exception {
        List<String> args = new ArrayList<>(List.of("--plan", DIR + "plan.json", "--data", DIR + "BTC-USD_15m.csv",
                "--data", DIR + "SOL-USD_15m.csv"));
        args.addAll(params);
        Supplier<JavaSparkContext> never = () -> {
            throw new AssertionError("Spark was asked for on bad input");
        };
        Path localOut = tmp.resolve("bad-local");
        Path sparkOut = tmp.resolve("bad-spark");
        Run l = runArgs(LadderbenchCommand::execute, "sweep", args, localOut);
        Run s = runArgs((o, e, a) -> SparkSweep.run(o, e, never, a), null, args, sparkOut);

        assertEquals(2, l.status(), l.err());
        assertEquals(2, s.status(), s.err());
        assertEquals(l.err().replace(localOut.toString(), "OUT"), s.err().replace(sparkOut.toString(), "OUT"));
        assertTrue(s.err().startsWith("error: "), s.err());
        assertFalse(Files.exists(sparkOut), "nothing written");
    }

    @Test
    void aDataFileThatDoesNotLoadIsExit2BeforeSparkIsAskedFor() throws Exception {
        Path bad = tmp.resolve("BTC-USD_15m.csv");
        Files.writeString(bad, "timestamp,open,high,low,close,volume\n2024-01-01T00:00:00Z,1,2,0.5,oops,10\n");
        List<String> args = List.of("--plan", DIR + "plan.json", "--data", bad.toString(),
                "--data", DIR + "SOL-USD_15m.csv", "--param", "config.min_hold_bars=2,4");
        Run l = runArgs(LadderbenchCommand::execute, "sweep", args, tmp.resolve("data-local"));
        Run s = runArgs((o, e, a) -> SparkSweep.run(o, e, () -> {
            throw new AssertionError("Spark was asked for on bad input");
        }, a), null, args, tmp.resolve("data-spark"));

        assertEquals(2, s.status(), s.err());
        assertEquals(l.err().replace("data-local", "OUT"), s.err().replace("data-spark", "OUT"));
    }

    private static void assertSameFiles(Path expected, Path actual) throws Exception {
        for (String f : List.of(SweepWriter.CSV, SweepWriter.JSON)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
        }
    }

    /** Listener events arrive on their own thread; wait until those of the finished job are counted. */
    private static void settle() throws java.util.concurrent.TimeoutException {
        spark.sc().listenerBus().waitUntilEmpty();
    }

    @FunctionalInterface
    private interface Cli {
        int execute(PrintWriter out, PrintWriter err, String... args);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(Cli cli, String command, Path out) {
        return runArgs(cli, command, SWEEP, out);
    }

    private static Run runArgs(Cli cli, String command, List<String> options, Path out) {
        List<String> args = new ArrayList<>();
        if (command != null) args.add(command);
        args.addAll(options);
        args.add("--out");
        args.add(out.toString());
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int status = cli.execute(new PrintWriter(o, true), new PrintWriter(e, true), args.toArray(String[]::new));
        return new Run(status, o.toString(), e.toString());
    }

    /** Counts the jobs and task attempts of the shared context. */
    private static final class Tasks extends SparkListener {
        final AtomicInteger jobs = new AtomicInteger();
        final AtomicInteger succeeded = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();

        void reset() {
            jobs.set(0);
            succeeded.set(0);
            failed.set(0);
        }

        @Override
        public void onJobStart(SparkListenerJobStart jobStart) {
            jobs.incrementAndGet();
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            (taskEnd.reason() == Success$.MODULE$ ? succeeded : failed).incrementAndGet();
        }
    }
}
