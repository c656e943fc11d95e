package com.ladderbench.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.core.indicators.IndicatorSpec.Kind;
import com.ladderbench.model.BarSeries;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An indicator computed into a slice of a larger array ({@link IndicatorCache#computeInto}) is
 * the series {@link IndicatorCache#get} gives, bit for bit, and nothing outside its slice changes.
 */
class ComputeIntoTest {
    private static final double AROUND = -7.25;
    private static final int OFFSET = 5;

    private static void assertWrittenAsGet(BarSeries bars, IndicatorSpec spec) {
        int len = bars.size();
        double[] block = new double[OFFSET + len + 3];
        Arrays.fill(block, AROUND);
        new IndicatorCache(bars).computeInto(spec, block, OFFSET);
        double[] own = new IndicatorCache(bars).get(spec);
        for (int i = 0; i < OFFSET; i++) assertEquals(AROUND, block[i], spec + ": before the slice, at " + i);
        for (int i = 0; i < len; i++) {
            assertEquals(Double.doubleToRawLongBits(own[i]), Double.doubleToRawLongBits(block[OFFSET + i]),
                    spec + " at bar " + i);
        }
        for (int i = OFFSET + len; i < block.length; i++) assertEquals(AROUND, block[i], spec + ": after the slice, at " + i);
    }

    private static List<IndicatorSpec> computed() {
        return IndicatorReferenceTest.specs().filter(s -> !s.isPriceColumn()).toList();
    }

    @Test
    void everyComputedKindWrittenIntoASliceIsTheSeriesGetGivesBitForBit() {
        BarSeries bars = TestBars.randomWalk(11L, 700);
        for (IndicatorSpec spec : computed()) assertWrittenAsGet(bars, spec);
    }

    @Test
    void aSeriesShorterThanTheWarmUpIsAllMissingInItsSliceAndTheNeighboursStay() {
        // the warm-up NaNs and the masks end at the slice's end, not at the warm-up's
        BarSeries bars = TestBars.randomWalk(12L, 3);
        for (IndicatorSpec spec : computed()) assertWrittenAsGet(bars, spec);
    }

    @Test
    void aFlatSeriesWithZeroVolumeGivesTheDefinedValuesInItsSlice() {
        BarSeries bars = TestBars.flat(60, 100.0, 0.0);
        for (IndicatorSpec spec : computed()) assertWrittenAsGet(bars, spec);
    }

    @Test
    void theBarsOwnColumnsAreNotComputedIntoASlice() {
        BarSeries bars = TestBars.randomWalk(13L, 10);
        for (Kind kind : List.of(Kind.OPEN, Kind.HIGH, Kind.LOW, Kind.CLOSE, Kind.VOLUME)) {
            assertThrows(IllegalArgumentException.class,
                    () -> new IndicatorCache(bars).computeInto(new IndicatorSpec(kind, 0), new double[20], 2), kind.name());
        }
    }
}
