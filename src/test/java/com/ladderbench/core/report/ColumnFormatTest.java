package com.ladderbench.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A report column shows all its numbers with one precision. */
class ColumnFormatTest {
    @Test
    void pricesOfOneColumnShareTheirDecimals() {
        ColumnFormat f = ColumnFormat.fitting(new double[] {226.297, 91.4877}, 2, 4);
        assertEquals("226.30", f.format(226.297));
        assertEquals("91.49", f.format(91.4877));
    }

    @Test
    void smallQuantitiesGetEnoughDecimalsForTheirSignificantDigits() {
        ColumnFormat f = ColumnFormat.fitting(new double[] {1.5, 0.0123, 0}, 0, 3);
        assertEquals(4, f.decimals());
        assertEquals("1.5000", f.format(1.5));
    }

    @Test
    void decimalsAreCappedAtEight() {
        assertEquals(8, ColumnFormat.fitting(new double[] {1e-12}, 0, 3).decimals());
    }

    @Test
    void anEmptyOrZeroColumnUsesTheMinimum() {
        assertEquals(2, ColumnFormat.fitting(new double[] {0, Double.NaN}, 2, 4).decimals());
    }

    @Test
    void thousandsAreGroupedAndNegativeZeroLosesItsSign() {
        assertEquals("40,111.11", ColumnFormat.fixed(2).format(40_111.111));
        assertEquals("0.00", ColumnFormat.fixed(2).format(-0.001));
        assertEquals("-0.01", ColumnFormat.fixed(2).format(-0.009));
        assertEquals("", ColumnFormat.fixed(2).format(Double.NaN));
    }
}
