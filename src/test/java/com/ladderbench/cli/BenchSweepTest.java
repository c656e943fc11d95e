package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.ladderbench.core.report.JsonOutput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --sweep N} times a whole sweep of N points on T threads and says what it timed;
 * what it reports is checked here, never how fast (that is the benchmark's business).
 */
class BenchSweepTest {

    @Test
    void aSweepBenchReportsItsPointsThreadsAndTimes() throws Exception {
        CliRun r = CliRun.of("bench", "--bars", "3000", "--sweep", "3", "--threads", "2", "--runs", "2");
        assertEquals(0, r.status(), r.err());
        JsonNode o = JsonOutput.mapper().readTree(r.out());
        assertEquals(3, o.get("points").asInt());
        assertEquals(2, o.get("threads").asInt());
        assertEquals(2, o.get("runs").asInt());
        assertTrue(o.get("sweep_ms").asDouble() > 0, r.out());
        assertTrue(o.get("sweep_median_ms").asDouble() >= o.get("sweep_ms").asDouble(), r.out());
        // the process's CPU time moves in clock ticks (10 ms): a sweep this small may take under one
        assertTrue(o.get("cpu_ms").asDouble() >= 0, r.out());
        int warmUps = o.get("warm_ups").asInt();
        assertTrue(warmUps >= 2 && warmUps <= 8, "at least two warm-up sweeps, at most eight: " + r.out());
        assertTrue(o.get("jit_median_ms").asLong() >= 0 && o.get("gc_pause_median_ms").asLong() >= 0, r.out());
        // one thread count keeps its flat line: no per-count entries, no speed-up
        assertTrue(o.get("by_threads") == null && o.get("speedup_median") == null, r.out());
    }

    @Test
    void severalThreadCountsAreTimedInTheSameRoundsAndEachLaterCountGetsTheMedianOfItsPerRoundSpeedUps()
            throws Exception {
        CliRun r = CliRun.of("bench", "--bars", "3000", "--sweep", "3", "--threads", "1,2", "--runs", "3");
        assertEquals(0, r.status(), r.err());
        JsonNode o = JsonOutput.mapper().readTree(r.out());
        assertEquals(3, o.get("points").asInt());
        assertEquals(3, o.get("runs").asInt());
        assertEquals(List.of(1, 2), ints(o.get("threads")));
        JsonNode each = o.get("by_threads");
        assertEquals(2, each.size(), r.out());
        for (int c = 0; c < 2; c++) {
            JsonNode e = each.get(c);
            assertEquals(c + 1, e.get("threads").asInt());
            assertTrue(e.get("sweep_ms").asDouble() > 0, r.out());
            assertTrue(e.get("sweep_median_ms").asDouble() >= e.get("sweep_ms").asDouble(), r.out());
            assertTrue(e.get("cpu_median_ms").asDouble() >= e.get("cpu_ms").asDouble(), r.out());
            assertTrue(e.get("jit_median_ms").asLong() >= 0 && e.get("gc_pause_median_ms").asLong() >= 0, r.out());
        }
        // the first count is the reference: it has no speed-up of its own
        assertTrue(each.get(0).get("speedups") == null && each.get(0).get("speedup_median") == null, r.out());
        JsonNode rounds = each.get(1).get("speedups");
        assertEquals(3, rounds.size(), "one ratio per round: " + r.out());
        List<Double> sorted = new ArrayList<>();
        rounds.forEach(x -> sorted.add(x.asDouble()));
        Collections.sort(sorted);
        assertEquals(sorted.get(1), each.get(1).get("speedup_median").asDouble(), r.out());
        assertEquals(each.get(1).get("speedup_median").asDouble(), o.get("speedup_median").asDouble(), r.out());
        // each count warms up by the single-count rule: at least two sweeps, at most eight
        int warmUps = o.get("warm_ups").asInt();
        assertTrue(warmUps >= 4 && warmUps <= 16, r.out());
        assertTrue(o.get("sweep_ms") == null && o.get("point_ms") == null, "no flat single-count figures: " + r.out());
    }

    @Test
    void threadCountsAreEachFromZeroTo256GivenOnceAndSeveralOnlyWithASweep() {
        assertRefused(List.of("--sweep", "2", "--threads", "1,x"), "'x' is not an int");
        assertRefused(List.of("--sweep", "2", "--threads", "1,257"), "between 0 and 256, got 257");
        assertRefused(List.of("--sweep", "2", "--threads", "2,-1"), "between 0 and 256, got -1");
        assertRefused(List.of("--sweep", "2", "--threads", "2,1,2"), "each thread count once, got 2,1,2");
        assertRefused(List.of("--sweep", "2", "--threads", "1,2,3,4,5,6,7,8,9"), "at most 8 thread counts, got 9");
        assertRefused(List.of("--threads", "1,2"), "give --sweep N too");
        // at the boundaries: 256 and eight counts are allowed (checked before any data is generated)
        assertEquals(0, CliRun.of("bench", "--bars", "300", "--sweep", "1", "--runs", "1",
                "--threads", "1,2,3,4,5,6,7,256").status());
    }

    private static void assertRefused(List<String> options, String message) {
        List<String> args = new ArrayList<>(List.of("bench", "--bars", "3000"));
        args.addAll(options);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, r.status(), r.out());
        assertTrue(r.err().contains("--threads") && r.err().contains(message), r.err());
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asInt()));
        return out;
    }

    @Test
    void theWarmUpPointsAreSpreadOverTheWholeGridFirstAndLastIncluded() {
        List<String> values = new ArrayList<>();
        for (int k = 0; k < 100; k++) values.add("v" + k);
        assertEquals(List.of("v0", "v33", "v66", "v99"), BenchCommand.spread(values, 4));
        assertEquals(List.of("v0", "v99"), BenchCommand.spread(values, 2));
        assertEquals(List.of("v0"), BenchCommand.spread(values, 1));
        assertEquals(values, BenchCommand.spread(values, 100));
        assertEquals(values, BenchCommand.spread(values, 101));
    }

    @Test
    void aSweepNeedsTheTrimTriggerAndAGridWithinTheLimit() {
        CliRun one = CliRun.of("bench", "--bars", "3000", "--sweep", "3", "--triggers", "1");
        assertEquals(2, one.status());
        assertTrue(one.err().contains("--triggers"), one.err());
        CliRun big = CliRun.of("bench", "--bars", "3000", "--sweep", "2001");
        assertEquals(2, big.status());
        assertTrue(big.err().contains("--sweep"), big.err());
        CliRun threads = CliRun.of("bench", "--bars", "3000", "--sweep", "2", "--threads", "-1");
        assertEquals(2, threads.status());
        assertTrue(threads.err().contains("--threads"), threads.err());
    }
}
