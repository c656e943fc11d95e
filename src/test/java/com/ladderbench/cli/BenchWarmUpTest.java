package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.ladderbench.core.report.JsonOutput;
import org.junit.jupiter.api.Test;

/**
 * {@code bench} (one backtest, timed in parts): the warm-up runs before the clock follow the sweep
 * mode's rule, at least two and at most {@value BenchCommand#MAX_WARM_UPS} (every symbol count
 * alike: with many symbols the JIT settles only after ten or more), and the JSON says what ran beside the measured
 * runs (compilation, collector pauses), so a figure with the JIT still at work shows it. What it
 * reports, never how fast.
 */
class BenchWarmUpTest {

    @Test
    void warmUpRunsAreAtLeastTwoAndAtMostTwentyAndTheJitAndCollectorTimeOfTheMeasuredRunsIsReported() {
        CliRun r = CliRun.of("bench", "--bars", "2000", "--runs", "3", "--no-output");
        assertEquals(0, r.status(), r.err());
        JsonNode o = read(r);
        int warmUps = o.get("warm_ups").asInt();
        assertEquals(20, BenchCommand.MAX_WARM_UPS);
        assertTrue(warmUps >= 2 && warmUps <= 20, "at least two warm-up runs, at most twenty: " + r.out());
        assertTrue(o.get("jit_median_ms").isIntegralNumber() && o.get("jit_median_ms").asLong() >= 0, r.out());
        assertTrue(o.get("gc_pause_median_ms").isIntegralNumber() && o.get("gc_pause_median_ms").asLong() >= 0,
                r.out());
        assertEquals(3, o.get("runs").asInt());
        // the parts still add up to the whole: warming up changes what is measured before, not what is
        assertTrue(o.get("end_to_end_ms").asDouble() >= o.get("engine_only_ms").asDouble(), r.out());
    }

    private static JsonNode read(CliRun r) {
        try {
            return JsonOutput.mapper().readTree(r.out());
        } catch (java.io.IOException e) {
            throw new AssertionError(r.out(), e);
        }
    }
}
