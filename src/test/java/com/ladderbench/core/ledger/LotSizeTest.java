package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LotSizeTest {
    private final LotSize satoshi = new LotSize(1e-8);
    private final LotSize unit = new LotSize(1);

    @Test
    void floorToleratesBinaryNoiseJustBelowAWholeLot() {
        assertEquals(30_000_000L, satoshi.toLotsFloor(0.3));
        assertEquals(30_000_000L, satoshi.toLotsFloor(0.1 + 0.2)); // 0.30000000000000004
        assertEquals(70_000_000L, satoshi.toLotsFloor(1.0 - 0.3)); // 0.7 with noise below
        assertEquals(3L, new LotSize(0.1).toLotsFloor(0.3));
    }

    @Test
    void floorRoundsDownRealFractionsOfALot() {
        assertEquals(29_999_999L, satoshi.toLotsFloor(0.299999995));
        assertEquals(2L, new LotSize(0.1).toLotsFloor(0.29));
        assertEquals(0L, satoshi.toLotsFloor(0.000000009));
    }

    @Test
    void nearestRoundsHalfToEven() {
        assertEquals(2L, new LotSize(1).toLotsNearest(2.5));
        assertEquals(3L, new LotSize(1).toLotsNearest(2.6));
    }

    @Test
    void toQtyIsTheExactDecimalOfAFractionalLot() {
        assertEquals(0.3, satoshi.toQty(30_000_000L));
        assertEquals(0.7, satoshi.toQty(70_000_000L));
        assertEquals(-0.9, satoshi.toQty(-90_000_000L));
        assertEquals(1e-8, satoshi.toQty(1));
        assertEquals(0.0, satoshi.toQty(0));
    }

    @Test
    void wholeLotSizesMultiply() {
        LotSize ten = new LotSize(10);
        assertEquals(30.0, ten.toQty(3));
        assertEquals(OptionalLong.of(3), ten.toLotsExact(30));
        assertEquals(OptionalLong.empty(), ten.toLotsExact(35));
        assertEquals(3L, ten.toLotsFloor(39.9));
    }

    @Test
    void exactRejectsQuantitiesOffTheGrid() {
        assertEquals(OptionalLong.of(30_000_000L), satoshi.toLotsExact(0.3));
        assertTrue(satoshi.toLotsExact(0.123456789).isEmpty());
        assertTrue(new LotSize(0.01).toLotsExact(1.005).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, 0.3, 2.5, 1.5e-8, Double.NaN, Double.POSITIVE_INFINITY})
    void lotSizeMustBeWholeOrAWholeFractionOfAUnit(double bad) {
        assertThrows(IllegalArgumentException.class, () -> new LotSize(bad));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-9, 1e-8, 1e-5, 0.001, 0.01, 0.5, 1, 100})
    void acceptedLotSizesRoundTripOneLot(double size) {
        LotSize lot = new LotSize(size);
        assertEquals(size, lot.toQty(1));
        assertEquals(OptionalLong.of(1), lot.toLotsExact(size));
    }

    @Test
    void nonFiniteQuantitiesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> satoshi.toLotsFloor(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> satoshi.toLotsExact(Double.POSITIVE_INFINITY));
    }

    @Test
    void floorCountsAQuantityAHairBelowAWholeLotAsThatLot() {
        assertEquals(28.999999999999996, 0.29 * 100, "the noise this rule is about");
        assertEquals(29L, new LotSize(0.01).toLotsFloor(0.29));
        assertEquals(56L, new LotSize(0.01).toLotsFloor(0.569), "a real fraction still floors");
    }

    @Test
    void noiseUpToABillionthOfALotIsForgivenAndNoMore() {
        assertEquals(OptionalLong.of(0), unit.toLotsExact(1e-9));
        assertEquals(OptionalLong.of(0), unit.toLotsExact(-1e-9));
        assertTrue(unit.toLotsExact(2e-9).isEmpty());
        assertEquals(0L, unit.toLotsFloor(-1e-9), "a hair below zero is zero lots, not minus one");
        assertEquals(-1L, unit.toLotsFloor(-2e-9));
    }

    @Test
    void aLotCountMustStayBelowTwoToTheSixtyThird() {
        double twoTo63 = 0x1p63; // one more than Long.MAX_VALUE, the smallest double beyond a 64-bit count
        double below = Math.nextDown(twoTo63);
        assertTrue(unit.toLotsExact(twoTo63).isEmpty());
        assertEquals(OptionalLong.of((long) below), unit.toLotsExact(below));
        assertEquals(9_223_372_036_854_774_784L, unit.toLotsFloor(below));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> unit.toLotsFloor(twoTo63));
        assertEquals("quantity 9.223372036854776E18 is too large for the lot size", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> unit.toLotsFloor(Math.nextUp(twoTo63)));
        assertThrows(IllegalArgumentException.class, () -> unit.toLotsNearest(twoTo63));
        assertThrows(IllegalArgumentException.class, () -> unit.toLotsNearest(-twoTo63));
    }
}
