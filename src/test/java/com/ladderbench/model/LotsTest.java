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
}
