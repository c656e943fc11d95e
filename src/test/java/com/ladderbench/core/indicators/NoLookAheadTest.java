package com.ladderbench.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.BarSeries;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The value at bar i depends on bars 0..i only: cutting the series off leaves the prefix bit-identical. */
class NoLookAheadTest {
    /** Cut points around warm-ups and past the rolling sums' resync interval. */
    private static final int[] CUTS = {1, 2, 19, 20, 26, 34, 201, 1024, 2049, 2999};
    private static final BarSeries BARS = TestBars.randomWalk(99L, 3000);

    static Stream<IndicatorSpec> specs() {
        return IndicatorReferenceTest.specs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void truncatingTheSeriesLeavesEveryEarlierValueUnchanged(IndicatorSpec spec) {
        double[] full = IndicatorCalculator.compute(spec, BARS);
        for (int cut : CUTS) {
            double[] prefix = IndicatorCalculator.compute(spec, BARS.head(cut));
            assertEquals(cut, prefix.length);
            for (int i = 0; i < cut; i++) {
                // Bit-level comparison: NaN equals NaN, and no rounding slack hides a dependency.
                assertEquals(Double.doubleToLongBits(full[i]), Double.doubleToLongBits(prefix[i]),
                        spec + " bar " + i + " changed when the series was cut at " + cut);
            }
        }
    }
}
