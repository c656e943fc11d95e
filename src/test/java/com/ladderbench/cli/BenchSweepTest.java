package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.ladderbench.core.report.JsonOutput;
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
        assertTrue(o.get("cpu_ms").asDouble() > 0, r.out());
        int warmUps = o.get("warm_ups").asInt();
        assertTrue(warmUps >= 2 && warmUps <= 8, "at least two warm-up sweeps, at most eight: " + r.out());
        assertTrue(o.get("jit_median_ms").asLong() >= 0 && o.get("gc_pause_median_ms").asLong() >= 0, r.out());
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
