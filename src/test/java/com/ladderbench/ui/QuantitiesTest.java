package com.ladderbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
