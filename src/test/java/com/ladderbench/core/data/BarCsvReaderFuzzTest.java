package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.ladderbench.fuzz.FuzzInputs;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Timeframe;
import java.nio.file.Path;

/**
 * Any bytes given as a market-data CSV read as bars or are refused with an
 * {@link InvalidInputException} naming the file; no other exception escapes. Corpus:
 * {@code src/test/resources/com/ladderbench/core/data/BarCsvReaderFuzzTestInputs/}.
 */
class BarCsvReaderFuzzTest {
    private static final Path FILE = FuzzInputs.scratchFile("BTC-USD_1h.csv");
    private static final DataSpec SPEC = new DataSpec("BTC-USD", Timeframe.H1, FILE);

    @FuzzTest(maxDuration = "2m")
    void anyDataFileReadsOrIsRefusedAsBadInput(byte[] input) {
        FuzzInputs.write(FILE, input);
        try {
            BarSeries bars = BarCsvReader.read(SPEC);
            // what is accepted keeps SPEC §2.2's row rules
            for (int i = 0; i < bars.size(); i++) {
                int row = i;
                assertTrue(i == 0 || bars.time()[i] > bars.time()[i - 1], () -> "time not increasing at bar " + row);
                assertTrue(bars.low()[i] <= Math.min(bars.open()[i], bars.close()[i])
                        && bars.high()[i] >= Math.max(bars.open()[i], bars.close()[i]),
                        () -> "open/close outside [low, high] at bar " + row);
                assertTrue(bars.volume()[i] >= 0, () -> "negative volume at bar " + row);
            }
        } catch (InvalidInputException e) {
            FuzzInputs.assertReportsFile(e, FILE);
        }
    }
}
