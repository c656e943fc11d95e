package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.ladderbench.core.report.JsonOutput;
import com.ladderbench.model.RunConfig;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --symbols N [--fee-bps F]}: what it runs and reports, never how fast. The fee
 * lever exists because one symbol over a million minutes pays the plan's fees into ruin halfway
 * and then hardly trades, so comparing symbol counts on the same activity needs it.
 */
class BenchSymbolsTest {

    @Test
    void theDefaultFeeIsTheRunConfigurationsSoTheDefaultBenchRunsWhatItAlwaysRan() {
        CliRun r = CliRun.of("bench", "--bars", "2000", "--runs", "1", "--no-output");
        assertEquals(0, r.status(), r.err());
        JsonNode o = read(r);
        assertEquals(RunConfig.defaults().feeBps(), o.get("fee_bps").asDouble());
    }

    @Test
    void manySymbolsShareTheBarsEachWithItsTriggersAndTheFeeGivenIsTheFeeRun() {
        CliRun paid = CliRun.of("bench", "--bars", "3000", "--symbols", "3", "--runs", "1", "--no-output");
        CliRun free = CliRun.of("bench", "--bars", "3000", "--symbols", "3", "--runs", "1", "--no-output",
                "--fee-bps", "0");
        assertEquals(0, paid.status(), paid.err());
        assertEquals(0, free.status(), free.err());
        JsonNode p = read(paid);
        JsonNode f = read(free);
        assertEquals(3, f.get("symbols").asInt());
        assertEquals(24, f.get("triggers").asInt());
        assertEquals(0.0, f.get("fee_bps").asDouble());
        assertTrue(f.get("fills").asInt() > 0, free.out());
        assertEquals(10.0, p.get("fee_bps").asDouble());
        // the fee reaches the run, not only the report: the same markets without fees trade more
        assertTrue(f.get("fills").asInt() > p.get("fills").asInt(), paid.out() + free.out());
    }

    @Test
    void aFeeOutsideZeroToTenThousandBasisPointsIsRefusedNamingTheOption() {
        for (String bad : new String[] {"-0.5", "10000.5", "NaN"}) {
            CliRun r = CliRun.of("bench", "--bars", "2000", "--runs", "1", "--no-output", "--fee-bps", bad);
            assertEquals(2, r.status(), bad);
            assertTrue(r.err().contains("--fee-bps"), r.err());
        }
        CliRun edge = CliRun.of("bench", "--bars", "2000", "--runs", "1", "--no-output", "--fee-bps", "10000");
        assertEquals(0, edge.status(), edge.err());
    }

    private static JsonNode read(CliRun r) {
        try {
            return JsonOutput.mapper().readTree(r.out());
        } catch (java.io.IOException e) {
            throw new AssertionError(r.out(), e);
        }
    }
}
