package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.compare.Sweep;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** Bounded memory, and one clear line when it runs out anyway (issue 10, point 5; SPEC §7). */
class BoundedMemoryTest {
    @TempDir
    Path dir;

    private static String values(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    private CliRun sweep(String... params) {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", "--plan", CliRun.PLAN, "--data", CliRun.DATA));
        for (String p : params) {
            args.add("--param");
            args.add(p);
        }
        args.add("--out");
        args.add(dir.resolve("sweep").toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aFiveAxisGridOfAHundredValuesIsRefusedBeforeAnythingIsBuilt() {
        String v = values(100);
        CliRun r = sweep("config.slippage_bps=" + v, "config.fee_bps=" + v, "config.min_trade_notional=" + v,
                "config.initial_cash=" + v, "config.lot_size=" + v);
        assertEquals(2, r.status(), r.err());
        assertEquals("error: --param: the grid has 100 x 100 x 100 x 100 x 100 = 10000000000 points; at most "
                + Sweep.MAX_POINTS + " are allowed" + System.lineSeparator(), r.err());
        assertFalse(Files.exists(dir.resolve("sweep")));
    }

    @Test
    void theGridLimitHoldsAtItsBoundary() throws Exception {
        // 2000 = 40 x 50 points are allowed, 2001 = 3 x 23 x 29 are not
        Sweep.checkGridSize(List.of(com.ladderbench.core.compare.SweepParameter.parse("config.fee_bps=" + values(40)),
                com.ladderbench.core.compare.SweepParameter.parse("config.slippage_bps=" + values(50))));
        CliRun r = sweep("config.fee_bps=" + values(3), "config.slippage_bps=" + values(23),
                "config.initial_cash=" + values(29));
        assertEquals(2, r.status());
        assertTrue(r.err().contains("the grid has 3 x 23 x 29 = 2001 points"), r.err());
    }

    /** A command that runs out of memory where the engine would: in the command itself or in a worker. */
    @Command(name = "exhaust")
    static final class Exhaust implements Callable<Integer> {
        private final boolean inWorker;

        Exhaust(boolean inWorker) {
            this.inWorker = inWorker;
        }

        @Override
        public Integer call() {
            OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
            if (inWorker) throw new CompletionException(oom);
            throw oom;
        }
    }

    @Test
    void anOutOfMemoryErrorIsOneLineWithTheHeapSizeAndAHintExitOne() {
        for (boolean inWorker : List.of(false, true)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = LadderbenchCommand.execute(new PrintWriter(out), new PrintWriter(err),
                    List.of(new Exhaust(inWorker)), "exhaust");
            assertEquals(1, status);
            assertEquals(OutOfMemory.message(Runtime.getRuntime().maxMemory()) + System.lineSeparator(), err.toString());
            assertTrue(err.toString().contains("-Xmx"));
        }
        assertEquals("error: out of memory (the Java heap is limited to 64 MB); use smaller inputs or a larger heap,"
                + " e.g. java -Xmx2g -jar ladderbench.jar ...", OutOfMemory.message(64L << 20));
    }

    @Test
    void aRealOutOfMemoryInAChildJvmIsOneLine() throws IOException, InterruptedException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx32m", "-cp", cp, "com.ladderbench.Launcher",
                "generate-data", "--symbol", "BTC-USD", "--timeframe", "1m", "--bars", "200000000", "--seed", "1",
                "--out", dir.resolve("big.csv").toString()).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err);
        List<String> lines = err.lines().filter(l -> !l.startsWith("WARNING") && !l.isBlank()).toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("error: out of memory (the Java heap is limited to "), err);
        assertFalse(Files.exists(dir.resolve("big.csv")));
    }
}
