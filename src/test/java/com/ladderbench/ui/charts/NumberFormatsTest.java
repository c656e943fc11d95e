package com.ladderbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the workbench shows for figures: '.' decimals, ',' thousands, and never a signed zero. */
class NumberFormatsTest {

    @Test
    void aZeroDrawdownReadsZeroNotMinusZero() {
        // the overview's drawdown readout and KPI tiles: fixed(v, 2) + "%"
        assertEquals("0.00", NumberFormats.fixed(-0.0, 2));
        assertEquals("0.00", NumberFormats.fixed(-0.001, 2));
        assertEquals("-0.01", NumberFormats.fixed(-0.005, 2));
    }

    @Test
    void deltasCarryASignOnlyWhenTheyShowOne() {
        assertEquals("+1.25", NumberFormats.signed(1.25, 2));
        assertEquals("0.00", NumberFormats.signed(0.001, 2));
        assertEquals("-1,234.50", NumberFormats.signed(-1234.5, 2));
    }

    @Test
    void figuresAndAxesGroupThousandsWithCommas() {
        assertEquals("1,234,567.89", NumberFormats.fixed(1234567.891, 2));
        assertEquals("1.25M", NumberFormats.axis(1_250_000, 50_000));
        assertEquals("104.5k", NumberFormats.axis(104_500, 500));
        assertEquals("0.034", NumberFormats.axis(0.034, 0.001));
        assertEquals("n/a", NumberFormats.fixed(Double.NaN, 2));
    }
}
