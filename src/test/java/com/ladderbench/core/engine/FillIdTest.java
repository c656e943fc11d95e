package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FillIdTest {

    @Test
    void fillIdsAreZeroPaddedToSixDigitsAndGrowPastThem() {
        long[] seqs = {1, 9, 10, 99_999, 100_000, 999_999, 1_000_000, 123_456_789, Long.MAX_VALUE};
        for (long seq : seqs) assertEquals(String.format("F%06d", seq), TriggerEngine.fillId(seq), "seq " + seq);
    }
}
