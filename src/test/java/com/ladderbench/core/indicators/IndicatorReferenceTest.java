package com.ladderbench.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ladderbench.core.indicators.IndicatorSpec.Kind;
import com.ladderbench.model.BarSeries;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC §3: indicator values agree with ta4j-core 0.17 to 1e-9 relative after warm-up. */
class IndicatorReferenceTest {
    static final double RELATIVE = 1e-9;
    static final int BARS = 4000;

    private static BarSeries bars;
    private static Ta4jReference reference;

    @BeforeAll
    static void buildSeries() {
        bars = TestBars.randomWalk(20240917L, BARS);
        reference = new Ta4jReference(bars);
    }

    /** Every kind, at its rule-language names and at a few other periods. */
    static Stream<IndicatorSpec> specs() {
        Stream<IndicatorSpec> named = Stream.of("open", "high", "low", "close", "volume",
                "sma_1", "sma_20", "sma_200", "ema_1", "ema_5", "ema_50", "rsi_14", "rsi_2", "rsi_1", "atr_14",
                "atr_1", "roc_10", "roc_1", "realized_vol_20", "realized_vol_2", "realized_vol_250", "macd",
                "macd_signal", "macd_hist", "donchian_upper_short", "donchian_lower_short", "bollinger_upper",
                "bollinger_middle", "bollinger_lower", "volume_multiple", "vwap", "cycle_high_200",
                "cycle_low_200").map(name -> IndicatorSpec.parse(name).orElseThrow());
        Stream<IndicatorSpec> otherPeriods = Stream.of(new IndicatorSpec(Kind.DONCHIAN_UPPER, 55),
                new IndicatorSpec(Kind.DONCHIAN_LOWER, 1), new IndicatorSpec(Kind.BOLLINGER_UPPER, 50),
                new IndicatorSpec(Kind.BOLLINGER_LOWER, 5), new IndicatorSpec(Kind.VOLUME_MULTIPLE, 5),
                new IndicatorSpec(Kind.VWAP, 1), new IndicatorSpec(Kind.VWAP, 100),
                new IndicatorSpec(Kind.CYCLE_HIGH, 1500), new IndicatorSpec(Kind.CYCLE_LOW, 7));
        return Stream.concat(named, otherPeriods);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void valuesAfterWarmUpAgreeWithTa4jToOnePartInTenToTheNine(IndicatorSpec spec) {
        double[] ours = IndicatorCalculator.compute(spec, bars);
        double[] theirs = reference.values(spec);
        assertEquals(BARS, ours.length, "full length");
        int warmUp = IndicatorCalculator.warmUp(spec);
        assertTrue(warmUp < BARS - 100, "enough bars to compare");
        double scale = typicalMagnitude(theirs, warmUp);
        double worst = 0.0;
        for (int i = warmUp; i < BARS; i++) {
            double a = ours[i];
            double b = theirs[i];
            if (!Double.isFinite(a) || !Double.isFinite(b)) fail(spec + " bar " + i + ": ours " + a + ", ta4j " + b);
            double error = Math.abs(a - b) / Math.max(Math.abs(b), scale);
            if (a != b && error > RELATIVE) fail(spec + " bar " + i + ": ours " + a + ", ta4j " + b + " (rel " + error + ")");
            worst = Math.max(worst, a == b ? 0.0 : error);
        }
        assertTrue(worst <= RELATIVE, spec + " worst relative error " + worst);
    }

    /**
     * Mean absolute reference value: the floor under "relative", because where the true value is
     * zero (a 2-bar deviation of two equal returns) ta4j itself reports rounding noise like 1e-16.
     */
    private static double typicalMagnitude(double[] values, int from) {
        double sum = 0.0;
        for (int i = from; i < values.length; i++) sum += Math.abs(values[i]);
        return Math.max(sum / (values.length - from), Double.MIN_NORMAL);
    }
}
