package com.ladderbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TradeSets and legs hold generated ids as numbers and the close and R as primitives, and give back
 * exactly the text and boxes they were made from; equal texts and values make equal records.
 */
class LeanTradeSetTest {

    private static TradeLeg leg(String legId, String fillId) {
        return new TradeLeg(legId, fillId, Side.BUY, 1, 100, 0, 0, "t", Category.OTHER, "r", true, null, 100, 0, 1,
                1.0);
    }

    private static TradeLeg leg(long legNumber, long fillNumber) {
        return new TradeLeg(legNumber, null, fillNumber, null, Side.BUY, 1, 100, 0, 0, "t", Category.OTHER, "r",
                true, null, 100, 0, 1, 1.0);
    }

    private static TradeSet set(String setId, Long closedAt, Double r) {
        return new TradeSet(setId, "X", Timeframe.H1, PositionSide.LONG, 0, closedAt, List.of(), 0, 0, 0, 0, 0, 0,
                0, Double.NaN, 0, 0, r, "e", null);
    }

    @Test
    void aGeneratedLegIdIsKeptAsItsNumberAndReadAsTheTextIdSequenceWrites() {
        for (long n : new long[] {1, 999_999, 1_000_000}) {
            TradeLeg l = leg(GeneratedIds.format('L', n), GeneratedIds.format('F', n));
            assertEquals(n, l.legNumber());
            assertNull(l.legIdText());
            assertEquals(n, l.fillNumber());
            assertNull(l.fillIdText());
            assertEquals(GeneratedIds.format('L', n), l.legId());
            assertEquals(GeneratedIds.format('F', n), l.fillId());
            assertEquals(l, leg(n, n), "the same leg made from its numbers");
        }
        assertEquals("L999999", leg(999_999, 1).legId());
        assertEquals("F1000000", leg(1, 1_000_000).fillId());
    }

    @Test
    void anImportedFillIdIsKeptVerbatim() {
        String[] ids = {"broker-7781", "F1", "F0000001", "L000001", "", " F000001"};
        for (String id : ids) {
            TradeLeg l = leg("L000001", id);
            assertEquals(id, l.fillId(), id);
            assertEquals(-1, l.fillNumber(), id);
            assertEquals(1, l.legNumber());
        }
        assertNull(leg(null, null).legId());
        assertNull(leg(null, null).fillId());
    }

    @Test
    void legsWithEqualIdTextsAreEqualAndDifferentTextsAreNot() {
        assertEquals(leg("L000007", "F000007"), leg("L000007", "F000007"));
        assertEquals(leg("L000007", "F000007").hashCode(), leg(7, 7).hashCode());
        assertNotEquals(leg("L000007", "F000007"), leg("L000007", "F0000007"));
        assertNotEquals(leg("L000007", "F000007"), leg("L000008", "F000007"));
        assertNotEquals(leg("L000007", "ext"), leg("L000007", "ext2"));
    }

    @Test
    void legIdsSortAsNumbersAndTextIdsByLengthThenText() {
        List<TradeLeg> legs = new ArrayList<>(List.of(leg(1_000_000, 1), leg("Lx", "F1"), leg(999_999, 1),
                leg("L10", "F1"), leg(2, 1)));
        legs.sort(TradeLeg.BY_LEG_ID);
        assertEquals(List.of("Lx", "L10", "L000002", "L999999", "L1000000"),
                legs.stream().map(TradeLeg::legId).toList());
    }

    @Test
    void aSetKeepsItsIdCloseAndRExactlyAsGiven() {
        TradeSet closed = set("S1000000", 5L, 1.5);
        assertEquals(1_000_000, closed.setNumber());
        assertEquals("S1000000", closed.setId());
        assertEquals(5L, closed.closedAt());
        assertTrue(closed.isClosed());
        assertEquals(1.5, closed.rMultiple());
        TradeSet open = set("my set", null, null);
        assertEquals("my set", open.setId());
        assertNull(open.closedAt());
        assertEquals(TradeSet.OPEN, open.closeTime());
        assertFalse(open.isClosed());
        assertNull(open.rMultiple());
        assertEquals(Double.NaN, set("S000001", 1L, Double.NaN).rMultiple(), "a NaN R is an R, not none");
        assertEquals(0L, set("S000001", 0L, null).closedAt(), "epoch 0 is a close time");
    }

    @Test
    void aCloseTimeThatWouldReadAsOpenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> set("S000001", TradeSet.OPEN, null));
    }

    @Test
    void setsWithEqualValuesAreEqualHoweverTheyWereMade() {
        TradeSet fromText = set("S000042", 9L, null);
        TradeSet fromNumber = new TradeSet(42, null, "X", Timeframe.H1, PositionSide.LONG, 0, 9L, List.of(), 0, 0,
                0, 0, 0, 0, 0, Double.NaN, 0, 0, false, 3.0, "e", null);
        assertEquals(fromText, fromNumber, "an absent R's value does not count");
        assertEquals(fromText.hashCode(), fromNumber.hashCode());
        assertNotEquals(fromText, set("S000043", 9L, null));
        assertNotEquals(fromText, set("S000042", 9L, 0.0), "R 0 is not no R");
        assertNotEquals(fromText, set("S000042", null, null));
    }

    @Test
    void setIdsSortAsNumbersAndTextIdsByLengthThenText() {
        List<TradeSet> sets = new ArrayList<>(List.of(set("S1000000", null, null), set("S999999", null, null),
                set("S9", null, null), set("S000010", null, null)));
        sets.sort(TradeSet.BY_SET_ID);
        assertEquals(List.of("S9", "S000010", "S999999", "S1000000"), sets.stream().map(TradeSet::setId).toList());
    }
}
