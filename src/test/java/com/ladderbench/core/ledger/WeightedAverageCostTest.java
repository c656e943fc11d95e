package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The WAC arithmetic both books share ({@link PositionLifecycle} and the sweep's TradeTally), pinned
 * at its boundaries: a fill closing nothing, part, exactly all, or crossing zero; the fee split when
 * the whole fill closes; long and short P&L; the position's size at Long.MAX_VALUE.
 */
class WeightedAverageCostTest {
    private static final LotSize UNIT = new LotSize(1.0);
    private static final LotSize CENT = new LotSize(0.01);

    @Test
    void aFillOnAFlatPositionOrWithThePositionClosesNothing() {
        assertEquals(0, WeightedAverageCost.closingLots(0, +1, 5));
        assertEquals(0, WeightedAverageCost.closingLots(0, -1, 5));
        assertEquals(0, WeightedAverageCost.closingLots(3, +1, 5), "a buy adds to a long");
        assertEquals(0, WeightedAverageCost.closingLots(-3, -1, 5), "a sell adds to a short");
    }

    @Test
    void aFillAgainstThePositionClosesAtMostThePosition() {
        assertEquals(2, WeightedAverageCost.closingLots(3, -1, 2), "part of a long");
        assertEquals(3, WeightedAverageCost.closingLots(3, -1, 3), "exactly the long: closes to zero");
        assertEquals(3, WeightedAverageCost.closingLots(3, -1, 4), "crossing zero by one lot");
        assertEquals(2, WeightedAverageCost.closingLots(-3, +1, 2), "part of a short");
        assertEquals(3, WeightedAverageCost.closingLots(-3, +1, 3), "exactly the short");
        assertEquals(3, WeightedAverageCost.closingLots(-3, +1, 4), "crossing a short by one lot");
        assertEquals(Long.MAX_VALUE, WeightedAverageCost.closingLots(-Long.MAX_VALUE, +1, Long.MAX_VALUE));
    }

    @Test
    void aClosingLegThatIsTheWholeFillTakesTheWholeFeeUnscaled() {
        double fee = 0.1 + 0.2;
        assertEquals(fee, WeightedAverageCost.closingFee(3, 3, fee), 0.0);
        assertEquals(fee, WeightedAverageCost.closingFee(7, 7, fee), 0.0);
        assertEquals(1.0 / 3.0, WeightedAverageCost.closingFee(Long.MAX_VALUE, Long.MAX_VALUE, 1.0 / 3.0), 0.0,
                "even where a long does not convert to a double exactly");
    }

    @Test
    void aClosingLegThatIsPartOfTheFillTakesItsShareOfTheFeeByQuantity() {
        assertEquals(4.0, WeightedAverageCost.closingFee(2, 3, 6.0), 0.0);
        assertEquals(6.0 * ((double) 1 / 4), WeightedAverageCost.closingFee(1, 4, 6.0), 0.0);
        assertEquals(0.0, WeightedAverageCost.closingFee(1, 4, 0.0), 0.0, "no fee, no share");
    }

    @Test
    void closingALongRealizesPriceMinusCostAndClosingAShortCostMinusPrice() {
        assertEquals(20.0, WeightedAverageCost.realizedPnl(5, 2.0, 110.0, 100.0), 0.0);
        assertEquals(-20.0, WeightedAverageCost.realizedPnl(5, 2.0, 90.0, 100.0), 0.0);
        assertEquals(-20.0, WeightedAverageCost.realizedPnl(-5, 2.0, 110.0, 100.0), 0.0);
        assertEquals(20.0, WeightedAverageCost.realizedPnl(-5, 2.0, 90.0, 100.0), 0.0);
        assertEquals(10.0, WeightedAverageCost.realizedPnl(1, 1.0, 110.0, 100.0), 0.0, "a one-lot long");
        assertEquals(-10.0, WeightedAverageCost.realizedPnl(-1, 1.0, 110.0, 100.0), 0.0, "a one-lot short");
    }

    @Test
    void theOpeningLegTakesTheWholeFeeUnlessALegClosedFirstThenWhatIsLeftAndNeverLessThanZero() {
        assertEquals(6.0, WeightedAverageCost.openingFee(0, 6.0, 2.0), 0.0);
        assertEquals(2.0, WeightedAverageCost.openingFee(1, 6.0, 2.0), 0.0);
        assertEquals(0.0, WeightedAverageCost.openingFee(1, 6.0, 0.0), 0.0);
        assertEquals(0.0, WeightedAverageCost.openingFee(1, 6.0, -1e-18), 0.0, "rounding below zero");
        assertEquals(1e-18, WeightedAverageCost.openingFee(1, 6.0, 1e-18), 0.0);
    }

    @Test
    void openingAPositionCostsTheFillsPriceAddingToItWeighsCostAndPriceByQuantity() {
        assertEquals(100.0, WeightedAverageCost.afterAdding(UNIT, 0, Double.NaN, 3, +1, 100.0), 0.0);
        assertEquals(100.0, WeightedAverageCost.afterAdding(UNIT, 0, Double.NaN, 3, -1, 100.0), 0.0);
        assertEquals(105.0, WeightedAverageCost.afterAdding(UNIT, 1, 90.0, 3, +1, 110.0), 0.0, "(90 + 330) / 4");
        assertEquals(105.0, WeightedAverageCost.afterAdding(UNIT, -1, 90.0, 3, -1, 110.0), 0.0, "a short adds");
        assertEquals(105.0, WeightedAverageCost.afterAdding(CENT, 100, 90.0, 300, +1, 110.0), 1e-12,
                "in lots of 0.01");
        assertEquals((0.01 * 90.0 + 0.03 * 110.0) / 0.04,
                WeightedAverageCost.afterAdding(CENT, 1, 90.0, 3, +1, 110.0), 0.0, "exactly the ledger's order");
    }

    @Test
    void aFlatPositionHasNoUnrealizedPnlThoughItsCostIsNaN() {
        assertEquals(0.0, WeightedAverageCost.unrealizedPnl(UNIT, 0, Double.NaN, 100.0), 0.0);
        assertEquals(20.0, WeightedAverageCost.unrealizedPnl(UNIT, 2, 100.0, 110.0), 0.0);
        assertEquals(-20.0, WeightedAverageCost.unrealizedPnl(UNIT, -2, 100.0, 110.0), 0.0);
        assertEquals(0.1, WeightedAverageCost.unrealizedPnl(CENT, 1, 100.0, 110.0), 1e-12);
    }

    @Test
    void onlyAFillThatOpensOrAddsCanOverflowAndOnlyPastLongMaxValue() {
        long max = Long.MAX_VALUE;
        assertFalse(WeightedAverageCost.overflows(max - 5, +1, 5), "exactly Long.MAX_VALUE lots");
        assertTrue(WeightedAverageCost.overflows(max - 5, +1, 6), "one lot more");
        assertFalse(WeightedAverageCost.overflows(-(max - 5), -1, 5));
        assertTrue(WeightedAverageCost.overflows(-(max - 5), -1, 6));
        assertFalse(WeightedAverageCost.overflows(0, +1, max), "opening with Long.MAX_VALUE lots");
        assertFalse(WeightedAverageCost.overflows(0, -1, max));
        assertFalse(WeightedAverageCost.overflows(max, -1, max), "closing a full long never overflows");
        assertFalse(WeightedAverageCost.overflows(-max, +1, max), "nor covering a full short");
    }

    @Test
    void aFillNeedsOneLotOrMore() {
        assertEquals("must be at least one lot, got 0", WeightedAverageCost.lotsProblem(0));
        assertEquals("must be at least one lot, got -1", WeightedAverageCost.lotsProblem(-1));
        assertNull(WeightedAverageCost.lotsProblem(1));
    }

    @Test
    void aFillNeedsAPositiveFinitePrice() {
        assertEquals("price must be > 0, got 0.0", WeightedAverageCost.priceProblem(0.0));
        assertEquals("price must be > 0, got -1.0", WeightedAverageCost.priceProblem(-1.0));
        assertEquals("price must be > 0, got NaN", WeightedAverageCost.priceProblem(Double.NaN));
        assertEquals("price must be > 0, got Infinity", WeightedAverageCost.priceProblem(Double.POSITIVE_INFINITY));
        assertNull(WeightedAverageCost.priceProblem(Double.MIN_VALUE));
        assertNull(WeightedAverageCost.priceProblem(Double.MAX_VALUE));
    }

    @Test
    void aFillNeedsAFiniteFeeOfZeroOrMore() {
        assertNull(WeightedAverageCost.feeProblem(0.0));
        assertNull(WeightedAverageCost.feeProblem(Double.MAX_VALUE));
        assertEquals("fee must be >= 0, got -4.9E-324", WeightedAverageCost.feeProblem(-Double.MIN_VALUE));
        assertEquals("fee must be >= 0, got NaN", WeightedAverageCost.feeProblem(Double.NaN));
        assertEquals("fee must be >= 0, got Infinity", WeightedAverageCost.feeProblem(Double.POSITIVE_INFINITY));
    }

    @Test
    void aFillAtTheSameTimeAsThePreviousIsInOrderOneEarlierIsNot() {
        assertFalse(WeightedAverageCost.isOutOfOrder(100, 100));
        assertFalse(WeightedAverageCost.isOutOfOrder(101, 100));
        assertTrue(WeightedAverageCost.isOutOfOrder(99, 100));
        assertFalse(WeightedAverageCost.isOutOfOrder(Long.MIN_VALUE, Long.MIN_VALUE), "the first fill on a symbol");
    }
}
