package com.ladderbench.ui.tradesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.ui.TestResults;
import org.junit.jupiter.api.Test;

/** The warm-up's twin table reads the same set rows as the table shown, and changes only its own list. */
class TradeSetRowsTest {

    @Test
    void aTwinSharesTheSetRowObjectsInBookingOrder() {
        TradeSetRows shown = new TradeSetRows();
        shown.setAll(TestResults.sets(5, "BTC-USD"));
        TradeSetRows twin = TradeSetRows.sharingSetRows(shown);
        assertEquals(5, twin.rows().size());
        for (int i = 0; i < 5; i++) assertSame(shown.rows().get(i), twin.rows().get(i), "row " + i);
    }

    @Test
    void expandingInTheTwinLeavesTheShownRowsCollapsed() {
        TradeSetRows shown = new TradeSetRows();
        shown.setAll(TestResults.sets(5, "BTC-USD"));
        TradeSetRows twin = TradeSetRows.sharingSetRows(shown);
        assertTrue(twin.expand(2));
        assertEquals(5 + 3, twin.rows().size(), "the set's three legs under it");
        assertEquals(5, shown.rows().size());
        assertFalse(shown.isExpanded(shown.rows().get(2).set()));
        assertEquals(0, shown.setsWithLegsBuilt());
    }

    @Test
    void sortingTheTwinSortsItsOwnListOnly() {
        TradeSetRows shown = new TradeSetRows();
        shown.setAll(TestResults.sets(5, "BTC-USD"));
        TradeSetRows twin = TradeSetRows.sharingSetRows(shown);
        twin.sort((a, b) -> b.set().setId().compareTo(a.set().setId()));
        assertEquals("S000005", twin.rows().get(0).set().setId());
        assertEquals("S000001", shown.rows().get(0).set().setId());
    }
}
