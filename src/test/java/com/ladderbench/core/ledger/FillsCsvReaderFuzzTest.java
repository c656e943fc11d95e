package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.ladderbench.fuzz.FuzzInputs;
import com.ladderbench.model.Fill;
import com.ladderbench.model.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * Any bytes given as a fills CSV read as fills or are refused with an
 * {@link InvalidInputException} naming the file; no other exception escapes. Corpus:
 * {@code src/test/resources/com/ladderbench/core/ledger/FillsCsvReaderFuzzTestInputs/}.
 */
class FillsCsvReaderFuzzTest {
    private static final Path FILE = FuzzInputs.scratchFile("fills.csv");
    private static final LotSize SATOSHI = new LotSize(1e-8);

    @FuzzTest(maxDuration = "2m")
    void anyFillsFileReadsOrIsRefusedAsBadInput(byte[] input) {
        FuzzInputs.write(FILE, input);
        try {
            List<Fill> fills = FillsCsvReader.read(FILE, SATOSHI);
            fills.forEach(f -> assertNotNull(f.fillId()));
        } catch (InvalidInputException e) {
            FuzzInputs.assertReportsFile(e, FILE);
        }
    }
}
