package com.ladderbench.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.indicators.IndicatorSpec.Kind;
import com.ladderbench.model.BarSeries;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Warm-up is NaN (missing), never a placeholder zero, and lasts exactly the documented length. */
class IndicatorWarmUpTest {
    private static final BarSeries BARS = TestBars.randomWalk(7L, 3000);

    static Stream<IndicatorSpec> specs() {
        return IndicatorReferenceTest.specs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void exactlyTheDocumentedLeadingBarsAreNaN(IndicatorSpec spec) {
        double[] values = IndicatorCalculator.compute(spec, BARS);
        int warmUp = IndicatorCalculator.warmUp(spec);
        for (int i = 0; i < warmUp; i++) {
            assertTrue(Double.isNaN(values[i]), spec + " bar " + i + " is warm-up, got " + values[i]);
        }
        for (int i = warmUp; i < values.length; i++) {
            assertTrue(Double.isFinite(values[i]), spec + " bar " + i + " is past warm-up, got " + values[i]);
        }
    }

    @Test
    void warmUpLengthsAreThoseOfTheClassTable() {
        Map<IndicatorSpec, Integer> expected = Map.ofEntries(
                Map.entry(new IndicatorSpec(Kind.CLOSE, 0), 0),
                Map.entry(new IndicatorSpec(Kind.SMA, 20), 19),
                Map.entry(new IndicatorSpec(Kind.EMA, 5), 4),
                Map.entry(new IndicatorSpec(Kind.RSI, 14), 14),
                Map.entry(new IndicatorSpec(Kind.ATR, 14), 13),
                Map.entry(new IndicatorSpec(Kind.ROC, 10), 10),
                Map.entry(new IndicatorSpec(Kind.REALIZED_VOL, 20), 20),
                Map.entry(new IndicatorSpec(Kind.MACD, 0), 25),
                Map.entry(new IndicatorSpec(Kind.MACD_SIGNAL, 0), 33),
                Map.entry(new IndicatorSpec(Kind.MACD_HIST, 0), 33),
                Map.entry(new IndicatorSpec(Kind.DONCHIAN_UPPER, 20), 19),
                Map.entry(new IndicatorSpec(Kind.BOLLINGER_LOWER, 20), 19),
                Map.entry(new IndicatorSpec(Kind.VOLUME_MULTIPLE, 20), 19),
                Map.entry(new IndicatorSpec(Kind.VWAP, 20), 19),
                Map.entry(new IndicatorSpec(Kind.CYCLE_LOW, 200), 199));
        expected.forEach((spec, bars) -> assertEquals(bars, IndicatorCalculator.warmUp(spec), spec.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void aSeriesShorterThanTheWarmUpIsAllMissingNotAnError(IndicatorSpec spec) {
        int warmUp = IndicatorCalculator.warmUp(spec);
        if (warmUp == 0) return; // price columns have no warm-up to fall short of
        BarSeries shortSeries = BARS.head(warmUp);
        double[] values = IndicatorCalculator.compute(spec, shortSeries);
        assertEquals(warmUp, values.length);
        for (double v : values) assertTrue(Double.isNaN(v), spec + " on " + warmUp + " bars: " + v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void anEmptySeriesGivesAnEmptyArray(IndicatorSpec spec) {
        assertEquals(0, IndicatorCalculator.compute(spec, BARS.head(0)).length);
    }
}
