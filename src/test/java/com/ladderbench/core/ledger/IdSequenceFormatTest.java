package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Fill and leg ids: the prefix, then the sequence zero-padded to six ASCII digits, growing past them. */
class IdSequenceFormatTest {

    @Test
    void idsAreZeroPaddedToSixDigitsAndGrowPastThem() {
        long[] seqs = {1, 9, 10, 99_999, 100_000, 999_999, 1_000_000, 123_456_789, Long.MAX_VALUE};
        for (long seq : seqs) {
            assertEquals(String.format(Locale.ROOT, "F%06d", seq), IdSequence.format('F', seq), "seq " + seq);
        }
    }

    @Test
    void idsStartAtZeroAndANegativeNumberIsRefused() {
        assertEquals("S000000", IdSequence.format('S', 0));
        assertThrows(IllegalArgumentException.class, () -> IdSequence.format('F', -1));
    }

    @Test
    void aSequenceHandsOutItsIdsInOrderFromOne() {
        IdSequence legs = new IdSequence('L');
        assertEquals("L000001", legs.next());
        assertEquals("L000002", legs.next());
    }
}
