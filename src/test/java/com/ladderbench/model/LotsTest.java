package com.ladderbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** A quantity in units is exact and written the same way whatever the lot count's type. */
class LotsTest {

    /** The general rule for a whole lot size: lots x size, trailing zeros stripped, no negative scale. */
    private static BigDecimal byProduct(BigInteger lots, double lotSize) {
        if (lots.signum() == 0) return BigDecimal.ZERO;
        BigDecimal q = new BigDecimal(lots).multiply(BigDecimal.valueOf(lotSize), MathContext.UNLIMITED)
                .stripTrailingZeros();
        return q.scale() < 0 ? q.setScale(0) : q;
    }

    @Test
    void atLotSizeOneTheQuantityIsTheLotCountWrittenWithoutScale() {
        long[] counts = {1, 9, 10, 11, 100, 1200, 1_000_000, Long.MAX_VALUE / 4, Long.MAX_VALUE};
        for (long n : counts) {
            BigDecimal want = byProduct(BigInteger.valueOf(n), 1.0);
            assertEquals(want, Lots.qty(n, 1.0), n + " lots");
            assertEquals(want.toPlainString(), Lots.qty(n, 1.0).toPlainString(), n + " lots");
            assertEquals(want, Lots.qty(BigInteger.valueOf(n), 1.0), n + " lots as a BigInteger");
        }
        BigInteger beyond = BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(1000));
        assertEquals(byProduct(beyond, 1.0), Lots.qty(beyond, 1.0), "past 64 bits");
        assertEquals(BigDecimal.ZERO, Lots.qty(0, 1.0));
        assertEquals(BigDecimal.ZERO, Lots.qty(BigInteger.ZERO, 1.0));
    }

    @Test
    void otherLotSizesKeepTheirExactQuantities() {
        assertEquals("12000", Lots.qty(1200, 10.0).toPlainString());
        assertEquals("0.3", Lots.qty(30_000_000, 1e-8).toPlainString());
        assertEquals("600", Lots.qty(1200, 0.5).toPlainString());
        assertEquals("0.5", Lots.qty(1, 0.5).toPlainString());
    }

    @Test
    void aDecimalLotSizeGivesTheQuantityOfTheExactDivision() {
        // (1e-18's inverse as a double is not 10^18: its lots per unit are not a power of ten)
        double[] sizes = {0.1, 0.001, 1e-8, 1e-18};
        long[] counts = {1, 9, 10, 1000, 30_000_000, 123_456_789_000L, Long.MAX_VALUE};
        for (double size : sizes) {
            long perUnit = Math.round(1 / size);
            for (long n : counts) {
                BigDecimal want = byDivision(new BigDecimal(n), perUnit);
                assertEquals(want.toPlainString(), Lots.qty(n, size).toPlainString(), n + " lots of " + size);
                assertEquals(want, Lots.qty(BigInteger.valueOf(n), size), n + " lots of " + size + " as a BigInteger");
            }
        }
        assertEquals("1", Lots.qty(1000, 0.001).toPlainString());
        assertEquals("0.00000001", Lots.qty(1, 1e-8).toPlainString());
    }

    @Test
    void aLotCountOfMoreThan34DigitsIsDividedTo34Digits() {
        BigInteger count = BigInteger.TEN.pow(35).add(BigInteger.ONE); // 36 digits
        assertEquals(byDivision(new BigDecimal(count), 1000), Lots.qty(count, 0.001));
        // 10^32 + 0.001 to 34 digits: the shift would have kept the 0.001
        assertEquals("100000000000000000000000000000000", Lots.qty(count, 0.001).toPlainString());
    }

    @Test
    void onlyWholePowersOfTenAreDecimalShifts() {
        assertEquals(0, Lots.powerOfTen(1));
        assertEquals(3, Lots.powerOfTen(1000));
        assertEquals(18, Lots.powerOfTen(1_000_000_000_000_000_000L));
        assertEquals(-1, Lots.powerOfTen(2));
        assertEquals(-1, Lots.powerOfTen(20));
        assertEquals(-1, Lots.powerOfTen(1001));
        assertEquals(-1, Lots.powerOfTen(0));
    }

    private static BigDecimal byDivision(BigDecimal lots, long perUnit) {
        BigDecimal q = lots.divide(BigDecimal.valueOf(perUnit), java.math.MathContext.DECIMAL128).stripTrailingZeros();
        return q.scale() < 0 ? q.setScale(0) : q;
    }
}
