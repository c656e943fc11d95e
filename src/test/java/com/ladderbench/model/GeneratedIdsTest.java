package com.ladderbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A generated id is read back as its number exactly when formatting that number gives the id again. */
class GeneratedIdsTest {

    @Test
    void everyFormattedIdParsesBackToItsNumberAcrossTheSixDigitBoundary() {
        long[] seqs = {0, 1, 9, 10, 99_999, 100_000, 999_998, 999_999, 1_000_000, 1_000_001, 123_456_789,
            999_999_999_999_999_999L};
        for (long seq : seqs) {
            String id = GeneratedIds.format('L', seq);
            assertEquals(String.format(Locale.ROOT, "L%06d", seq), id, "seq " + seq);
            assertEquals(seq, GeneratedIds.parse('L', id), id);
        }
    }

    @Test
    void textThatFormattingWouldNotGiveIsNotAGeneratedId() {
        String[] texts = {"L00001", "L0000001", "L01000000", "l000001", "F000001", "L00000a", "L-00001", "L 00001",
            "L", "", "L1", "L1234567890123456789", "L000001 "};
        for (String t : texts) assertEquals(-1, GeneratedIds.parse('L', t), t);
        assertEquals(-1, GeneratedIds.parse('L', null));
    }

    @Test
    void theWidestIdReadAsANumberHasEighteenDigits() {
        assertEquals(100_000_000_000_000_000L, GeneratedIds.parse('S', "S100000000000000000"));
        assertEquals(-1, GeneratedIds.parse('S', "S1000000000000000000"));
    }

    @Test
    void zeroAndTheLargestLongAreFormattedAndANegativeNumberIsRefused() {
        assertEquals("S000000", GeneratedIds.format('S', 0));
        assertEquals("F" + Long.MAX_VALUE, GeneratedIds.format('F', Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> GeneratedIds.format('F', -1));
    }
}
