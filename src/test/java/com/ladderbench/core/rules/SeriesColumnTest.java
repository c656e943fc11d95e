package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A column knows from where its slice holds no NaN up to its end ({@link SeriesColumn#nanFreeFrom}),
 * the index in its values array: past the warm-up, or past the last NaN after it, and only within
 * its own slice.
 */
class SeriesColumnTest {
    private static final double NAN = Double.NaN;

    @Test
    void aSeriesWithoutNaNIsNaNFreeFromItsFirstValue() {
        assertEquals(0, new SeriesColumn(new double[] {1, 2, 3}, null).nanFreeFrom());
    }

    @Test
    void aWarmUpEndsWhereTheFirstValueIs() {
        assertEquals(2, new SeriesColumn(new double[] {NAN, NAN, 3, 4}, null).nanFreeFrom());
    }

    @Test
    void aNaNAfterTheWarmUpMovesItPastThatNaN() {
        assertEquals(4, new SeriesColumn(new double[] {NAN, 2, 3, NAN, 5, 6}, null).nanFreeFrom());
    }

    @Test
    void aLastValueThatIsNaNLeavesNoNaNFreeTail() {
        assertEquals(3, new SeriesColumn(new double[] {1, 2, NAN}, null).nanFreeFrom());
    }

    @Test
    void anEmptySeriesIsNaNFreeFromItsStart() {
        assertEquals(0, new SeriesColumn(new double[0], null).nanFreeFrom());
        assertEquals(2, new SeriesColumn(new double[] {NAN, NAN, NAN}, 2, 0, null).nanFreeFrom());
    }

    @Test
    void onlyTheSlicesOwnValuesCount() {
        // NaNs before and after the slice [2, 5) are other series' values
        double[] block = {NAN, NAN, 1, 2, 3, NAN, NAN};
        assertEquals(2, new SeriesColumn(block, 2, 3, null).nanFreeFrom());
        double[] gap = {NAN, 1, NAN, 3, 4, NAN};
        assertEquals(3, new SeriesColumn(gap, 1, 4, null).nanFreeFrom());
    }

    @Test
    void itsTextNamesTheSliceAndWhetherItIsMapped() {
        assertEquals("SeriesColumn[2 + 3 of 7]", new SeriesColumn(new double[7], 2, 3, null).toString());
        assertEquals("SeriesColumn[0 + 2 of 2, mapped]", new SeriesColumn(new double[2], new int[] {0, 1}).toString());
    }
}
