package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.Category;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the ledger books holds generated ids as numbers, an imported fill id verbatim, R and the close as primitives. */
class LeanBookedIdsTest {
    private final Ledger ledger = new Ledger(new LotSize(1.0));

    private static Fill fill(String id, long t, Side side, long lots, double price, Double stopPct) {
        return new Fill(id, t, "X", Timeframe.H1, side, lots, 1.0, price, 0, "t", Category.OTHER, "r", null, stopPct);
    }

    @Test
    void bookedLegsAndSetsHoldGeneratedIdsAsNumbersAndAnImportedFillIdAsItsText() {
        ledger.apply(fill("F000001", 1, Side.BUY, 2, 10, null));
        ledger.apply(fill("broker 7/1", 2, Side.SELL, 2, 11, null));
        TradeSet set = ledger.tradeSets().get(0);
        assertNull(set.setIdText());
        assertEquals(1, set.setNumber());
        List<TradeLeg> legs = set.legs();
        assertEquals(List.of(1L, 2L), legs.stream().map(TradeLeg::legNumber).toList());
        assertNull(legs.get(0).legIdText());
        assertNull(legs.get(0).fillIdText(), "a generated fill id is held as its number");
        assertEquals("F000001", legs.get(0).fillId());
        assertEquals("broker 7/1", legs.get(1).fillIdText());
        assertEquals("broker 7/1", legs.get(1).fillId());
    }

    @Test
    void aSetClosedWithoutAStopHasNoRAndOneWithAStopHasIt() {
        ledger.apply(fill("F000001", 1, Side.BUY, 2, 10, null));
        ledger.apply(fill("F000002", 2, Side.SELL, 2, 11, null));
        ledger.apply(fill("F000003", 3, Side.BUY, 2, 10, 5.0));
        ledger.apply(fill("F000004", 4, Side.SELL, 2, 11, null));
        TradeSet noStop = ledger.tradeSets().get(0);
        assertFalse(noStop.hasRMultiple());
        assertNull(noStop.rMultiple());
        assertEquals(2L, noStop.closedAt());
        TradeSet stop = ledger.tradeSets().get(1);
        assertTrue(stop.hasRMultiple());
        assertEquals(2.0 / (2 * 10 * 0.05), stop.rMultiple(), 1e-12);
    }

    @Test
    void anOpenSetHasNoCloseAndNoR() {
        ledger.apply(fill("F000001", 1, Side.BUY, 2, 10, 5.0));
        TradeSet open = ledger.position("X").openSet().orElseThrow();
        assertFalse(open.isClosed());
        assertEquals(TradeSet.OPEN, open.closeTime());
        assertFalse(open.hasRMultiple());
    }
}
