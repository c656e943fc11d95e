package com.ladderbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.Lots;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    @Test
    void quantitiesShowAsManyDecimalsAsTheLotSize() {
        assertEquals("1.250", Quantities.of(0.001).format(1.25));
        assertEquals("12", Quantities.of(1).format(12));
        assertEquals("1,200", Quantities.of(100).format(1200));
        assertEquals("0.00012345", Quantities.of(1e-8).format(0.00012345));
        assertEquals("-0.50", Quantities.of(0.01).format(-0.5));
    }

    @Test
    void aRoundedTinyNegativeIsFlatNotAShortPosition() {
        assertEquals("0.000", Quantities.of(0.001).format(-1e-12));
        assertEquals("0", Quantities.of(0.001).format(0), "exactly flat");
    }

    @Test
    void oneOverNLotsHaveNoFiniteDecimalsAndUseTheCap() {
        assertEquals(Quantities.MAX_DECIMALS, Quantities.decimals(1.0 / 3));
    }

    @Test
    void theLotSizeItselfIsWrittenPlainlyNeverInScientificNotation() {
        assertEquals("0.00000001", Quantities.plain(1e-8));
        assertEquals("0.001", Quantities.plain(0.001));
        assertEquals("5", Quantities.plain(5.0));
    }

    @Test
    void exactQuantitiesGroupThousandsFromTheFourthDigitAndRoundHalfUp() {
        Quantities lot1 = Quantities.of(1);
        assertEquals("999", lot1.format(new BigDecimal("999")));
        assertEquals("1,000", lot1.format(new BigDecimal("1000")));
        assertEquals("-1,234,567", lot1.format(new BigDecimal("-1234567")));
        Quantities milli = Quantities.of(0.001);
        assertEquals("1.235", milli.format(new BigDecimal("1.2345")), "a tie rounds up");
        assertEquals("1.234", milli.format(new BigDecimal("1.23449")));
        assertEquals("-1.235", milli.format(new BigDecimal("-1.2345")), "away from zero");
        assertEquals("2.500", milli.format(new BigDecimal("2.5")), "padded to the lot's decimals");
        assertEquals("0", milli.format(BigDecimal.ZERO));
        assertEquals("", milli.format((BigDecimal) null));
    }

    /** The text is what {@code String.format(Locale.ROOT, "%,.Nf", qty)} gave, for every lot size shown. */
    @Test
    void exactQuantitiesReadAsPrintfReadThem() {
        SplittableRandom random = new SplittableRandom(14);
        for (double lotSize : new double[] {1, 100, 0.5, 0.01, 0.001, 1e-8, 1e-9, 1.0 / 3}) {
            Quantities q = Quantities.of(lotSize);
            String pattern = "%,." + q.decimals() + "f";
            for (int i = 0; i < 2_000; i++) {
                long lots = random.nextLong(-5_000_000_000L, 5_000_000_000L) >> random.nextInt(33);
                BigDecimal qty = Lots.qty(lots, lotSize);
                String expected = lots == 0 ? "0" : String.format(Locale.ROOT, pattern, qty);
                assertEquals(expected, q.format(qty), lotSize + " x " + lots);
            }
        }
    }

    /** The same for doubles (chart read-outs), except that a rounded tiny negative reads flat. */
    @Test
    void doubleQuantitiesReadAsPrintfReadThem() {
        SplittableRandom random = new SplittableRandom(8);
        for (double lotSize : new double[] {1, 0.01, 0.001, 1e-8}) {
            Quantities q = Quantities.of(lotSize);
            String pattern = "%,." + q.decimals() + "f";
            for (int i = 0; i < 2_000; i++) {
                double qty = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-9, 10));
                String printf = String.format(Locale.ROOT, pattern, qty);
                String expected = printf.matches("-[0.,]*") ? printf.substring(1) : printf;
                assertEquals(expected, q.format(qty), lotSize + ": " + qty);
            }
        }
    }
}
