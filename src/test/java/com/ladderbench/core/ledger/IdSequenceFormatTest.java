package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.model.Category;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.List;
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
    void aSequenceHandsOutItsNumbersInOrderFromOne() {
        IdSequence legs = new IdSequence();
        assertEquals(1, legs.nextNumber());
        assertEquals(2, legs.nextNumber());
    }

    @Test
    void legsAndSetsKeptAsNumbersReadAsTheTextFormatGivesAcrossTheSixDigitBoundary() {
        for (long n : new long[] {1, 999_999, 1_000_000}) {
            TradeLeg leg = new TradeLeg(n, null, n, null, Side.BUY, 1, 1, 0, 0, "t", Category.OTHER, "r", true, null,
                    1, 0, 1, 1.0);
            assertEquals(IdSequence.format('L', n), leg.legId(), "leg " + n);
            assertEquals(IdSequence.format('F', n), leg.fillId(), "fill " + n);
            TradeSet set = new TradeSet(n, null, "X", Timeframe.H1, PositionSide.LONG, 0, TradeSet.OPEN, List.of(leg),
                    0, 0, 0, 1, 1, 0, 1, Double.NaN, 1, 0, false, 0, "t", null);
            assertEquals(IdSequence.format('S', n), set.setId(), "set " + n);
        }
        assertEquals("L999999", IdSequence.format('L', 999_999));
        assertEquals("S1000000", IdSequence.format('S', 1_000_000));
    }
}
