package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.Category;
import com.ladderbench.model.GeneratedIds;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Leg and set ids: counted from 1, and read back as the text their number formats to, past six digits too. */
class IdSequenceTest {

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
            assertEquals(GeneratedIds.format('L', n), leg.legId(), "leg " + n);
            assertEquals(GeneratedIds.format('F', n), leg.fillId(), "fill " + n);
            TradeSet set = new TradeSet(n, null, "X", Timeframe.H1, PositionSide.LONG, 0, TradeSet.OPEN, List.of(leg),
                    0, 0, 0, 1, 1, 0, 1, Double.NaN, 1, 0, false, 0, "t", null);
            assertEquals(GeneratedIds.format('S', n), set.setId(), "set " + n);
        }
        assertEquals("L999999", GeneratedIds.format('L', 999_999));
        assertEquals("S1000000", GeneratedIds.format('S', 1_000_000));
    }
}
