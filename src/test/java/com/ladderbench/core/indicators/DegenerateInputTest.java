package com.ladderbench.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.indicators.IndicatorSpec.Kind;
import com.ladderbench.model.BarSeries;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Flat prices, zero volume and zero closes give defined values (or NaN = missing), never exceptions. */
class DegenerateInputTest {
    private static final double PRICE = 42.5;
    private static final BarSeries FLAT = TestBars.flat(500, PRICE, 10.0);

    private static double[] flat(String name) {
        return IndicatorCalculator.compute(IndicatorSpec.parse(name).orElseThrow(), FLAT);
    }

    private static void assertAfterWarmUp(String name, double expected, double[] values) {
        int warmUp = IndicatorCalculator.warmUp(IndicatorSpec.parse(name).orElseThrow());
        for (int i = warmUp; i < values.length; i++) assertEquals(expected, values[i], 0.0, name + " bar " + i);
    }

    @Test
    void rsiOfAFlatSeriesIsZeroAsInTa4j() {
        assertAfterWarmUp("rsi_14", 0.0, flat("rsi_14"));
        assertAfterWarmUp("rsi_2", 0.0, flat("rsi_2"));
    }

    @Test
    void rsiOfASeriesThatOnlyRisesIsOneHundred() {
        double[] close = new double[100];
        for (int i = 0; i < close.length; i++) close[i] = 10.0 + i;
        double[] rsi = IndicatorCalculator.compute(new IndicatorSpec(Kind.RSI, 14), TestBars.withCloses(FLAT.head(100), close));
        assertAfterWarmUp("rsi_14", 100.0, rsi);
    }

    @Test
    void realizedVolatilityOfAFlatSeriesIsZero() {
        assertAfterWarmUp("realized_vol_20", 0.0, flat("realized_vol_20"));
        assertAfterWarmUp("realized_vol_2", 0.0, flat("realized_vol_2"));
    }

    @Test
    void bollingerBandsOfAFlatSeriesCollapseOntoThePrice() {
        assertAfterWarmUp("bollinger_upper", PRICE, flat("bollinger_upper"));
        assertAfterWarmUp("bollinger_middle", PRICE, flat("bollinger_middle"));
        assertAfterWarmUp("bollinger_lower", PRICE, flat("bollinger_lower"));
    }

    @Test
    void rangeAndMomentumOfAFlatSeriesAreZero() {
        assertAfterWarmUp("atr_14", 0.0, flat("atr_14"));
        assertAfterWarmUp("roc_10", 0.0, flat("roc_10"));
        assertAfterWarmUp("macd", 0.0, flat("macd"));
        assertAfterWarmUp("macd_hist", 0.0, flat("macd_hist"));
    }

    @Test
    void averagesAndChannelsOfAFlatSeriesAreThePrice() {
        for (String name : new String[] {"sma_20", "ema_50", "vwap", "donchian_upper_short", "donchian_lower_short",
                "cycle_high_200", "cycle_low_200"}) {
            assertAfterWarmUp(name, PRICE, flat(name));
        }
        assertAfterWarmUp("volume_multiple", 1.0, flat("volume_multiple"));
    }

    @Test
    void zeroVolumeMakesVolumeMultipleAndVwapMissing() {
        BarSeries noVolume = TestBars.flat(100, PRICE, 0.0);
        for (String name : new String[] {"volume_multiple", "vwap"}) {
            double[] values = IndicatorCalculator.compute(IndicatorSpec.parse(name).orElseThrow(), noVolume);
            for (double v : values) assertTrue(Double.isNaN(v), name + " over zero volume: " + v);
        }
    }

    @Test
    void aZeroCloseMakesOnlyTheWindowsThatSeeItMissing() {
        double[] close = new double[200];
        for (int i = 0; i < close.length; i++) close[i] = 100.0 + (i % 7);
        close[50] = 0.0;
        BarSeries series = TestBars.withCloses(FLAT.head(200), close);

        double[] roc = IndicatorCalculator.compute(new IndicatorSpec(Kind.ROC, 10), series);
        assertTrue(Double.isNaN(roc[60]), "ROC from a zero close divides by zero");
        assertEquals(-100.0, roc[50], 1e-12, "ROC to a zero close is -100%");
        assertTrue(Double.isFinite(roc[61]));

        double[] vol = IndicatorCalculator.compute(new IndicatorSpec(Kind.REALIZED_VOL, 20), series);
        assertTrue(Double.isFinite(vol[49]));
        for (int i = 50; i <= 70; i++) assertTrue(Double.isNaN(vol[i]), "window ending at " + i + " holds an infinite return");
        for (int i = 71; i < 200; i++) assertTrue(Double.isFinite(vol[i]), "window ending at " + i + " is clean again");
    }

    static Stream<IndicatorSpec> specs() {
        return IndicatorReferenceTest.specs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void everyKindComputesOnAFlatSeriesWithoutInfinities(IndicatorSpec spec) {
        double[] values = IndicatorCalculator.compute(spec, FLAT);
        for (int i = IndicatorCalculator.warmUp(spec); i < values.length; i++) {
            assertTrue(Double.isFinite(values[i]), spec + " bar " + i + ": " + values[i]);
        }
    }

    @Test
    void aPeriodBelowOneIsAProgrammingErrorNotASilentResult() {
        assertThrows(IllegalArgumentException.class,
                () -> IndicatorCalculator.compute(new IndicatorSpec(Kind.SMA, 0), FLAT));
    }
}
