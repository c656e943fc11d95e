package com.ladderbench.core.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.ladderbench.core.indicators.IndicatorSpec.Kind;
import com.ladderbench.model.BarSeries;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RSI, EMA and the MACD histogram are computed in one pass each, without the intermediate series
 * of their definition, and the cache lets go of its intermediates once a run's indicators are
 * computed: the values stay those of the step-by-step definition bit for bit (outputs are
 * byte-identical), only fewer arrays are allocated and kept.
 */
class OnePassIndicatorsTest {
    // a random walk with a stretch without moves and one only rising
    private static final BarSeries BARS = withQuietStretches(TestBars.randomWalk(11L, 3000));

    private static BarSeries withQuietStretches(BarSeries s) {
        double[] close = s.close().clone();
        Arrays.fill(close, 1000, 1100, close[999]);
        for (int i = 2000; i < 2100; i++) close[i] = close[i - 1] + 0.25;
        return TestBars.withCloses(s, close);
    }

    @Test
    void rsiEqualsWilderSmoothedGainsOverLossesStepByStep() {
        double[] close = BARS.close();
        double[] gains = new double[close.length];
        double[] losses = new double[close.length];
        for (int i = 1; i < close.length; i++) {
            gains[i] = close[i] > close[i - 1] ? close[i] - close[i - 1] : 0.0;
            losses[i] = close[i] < close[i - 1] ? close[i - 1] - close[i] : 0.0;
        }
        for (int n : new int[] {1, 2, 14, 50}) {
            double[] avgGain = Smoothing.exponential(gains, Smoothing.wilderAlpha(n));
            double[] avgLoss = Smoothing.exponential(losses, Smoothing.wilderAlpha(n));
            double[] expected = new double[close.length];
            for (int i = 0; i < close.length; i++) {
                if (i < n) {
                    expected[i] = Double.NaN;
                } else if (avgLoss[i] == 0.0) {
                    expected[i] = avgGain[i] == 0.0 ? 0.0 : 100.0;
                } else {
                    expected[i] = 100.0 - 100.0 / (1.0 + avgGain[i] / avgLoss[i]);
                }
            }
            assertArrayEquals(expected, IndicatorCalculator.compute(new IndicatorSpec(Kind.RSI, n), BARS), "rsi_" + n);
        }
        BarSeries flat = TestBars.flat(40, 100.0, 1.0);
        double[] rising = new double[40];
        for (int i = 0; i < rising.length; i++) rising[i] = 100.0 + i;
        IndicatorSpec rsi14 = new IndicatorSpec(Kind.RSI, 14);
        assertEquals(0.0, IndicatorCalculator.compute(rsi14, flat)[14], "no move at all: 0");
        assertEquals(100.0, IndicatorCalculator.compute(rsi14, TestBars.withCloses(flat, rising))[14],
                "gains and no loss: 100");
    }

    @Test
    void macdHistogramEqualsTheSharedLineMinusItsSignalBitForBit() {
        IndicatorCache cache = new IndicatorCache(BARS);
        double[] hist = cache.get(new IndicatorSpec(Kind.MACD_HIST, 0));
        double[] line = cache.part(Part.of(Part.Kind.MACD_LINE));
        double[] signal = cache.part(Part.of(Part.Kind.MACD_SIGNAL));
        int warmUp = IndicatorCalculator.warmUp(new IndicatorSpec(Kind.MACD_HIST, 0));
        for (int i = 0; i < hist.length; i++) {
            double expected = i < warmUp ? Double.NaN : line[i] - signal[i];
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(hist[i]), "bar " + i);
        }
        assertEquals(0, IndicatorCalculator.macdHistogram(new double[0]).length);
    }

    @Test
    void emaEqualsTheRawSharedEmaMaskedBitForBit() {
        IndicatorCache cache = new IndicatorCache(BARS);
        for (int n : new int[] {1, 12, 26, 50}) {
            double[] ema = cache.get(new IndicatorSpec(Kind.EMA, n));
            double[] raw = cache.part(new Part(Part.Kind.CLOSE_EMA, n));
            assertNotSame(raw, ema);
            for (int i = 0; i < ema.length; i++) {
                double expected = i < n - 1 ? Double.NaN : raw[i];
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(ema[i]), "ema_" + n + " bar " + i);
            }
        }
    }

    @Test
    void volumeMultipleIsVolumeOverItsMeanAndMissingWhereTheMeanIsZero() {
        double[] volume = BARS.volume().clone();
        Arrays.fill(volume, 500, 520, 0.0);
        BarSeries s = new BarSeries(BARS.symbol(), BARS.timeframe(), BARS.time(), BARS.open(), BARS.high(),
                BARS.low(), BARS.close(), volume, null, BARS.source());
        double[] multiple = IndicatorCalculator.compute(new IndicatorSpec(Kind.VOLUME_MULTIPLE, 5), s);
        double[] mean = RollingWindow.mean(volume, 5);
        for (int i = 0; i < volume.length; i++) {
            double expected = mean[i] == 0.0 ? Double.NaN : volume[i] / mean[i];
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(multiple[i]), "bar " + i);
        }
        assertEquals(Double.NaN, multiple[519], "five bars without volume: no mean to divide by");
        assertArrayEquals(volume, s.volume(), "the series' own volume is not written over");
    }

    @Test
    void releasingThePartsKeepsTheIndicatorsAndRecomputesThePartsToTheSameValues() {
        IndicatorCache cache = new IndicatorCache(BARS);
        List<IndicatorSpec> specs = IndicatorReferenceTest.specs().toList();
        double[][] before = new double[specs.size()][];
        for (int k = 0; k < specs.size(); k++) before[k] = cache.get(specs.get(k));
        double[] deviation = cache.part(new Part(Part.Kind.CLOSE_STDDEV, 20));
        double[] line = cache.part(Part.of(Part.Kind.MACD_LINE));
        cache.releaseParts();
        for (int k = 0; k < specs.size(); k++) assertSame(before[k], cache.get(specs.get(k)), specs.get(k).toString());
        double[] deviationAgain = cache.part(new Part(Part.Kind.CLOSE_STDDEV, 20));
        assertNotSame(deviation, deviationAgain, "let go of, so computed again");
        assertArrayEquals(deviation, deviationAgain);
        assertArrayEquals(line, cache.part(Part.of(Part.Kind.MACD_LINE)));
        // an indicator first asked after the release is the one a fresh cache computes
        IndicatorCache fresh = new IndicatorCache(BARS);
        cache.releaseParts();
        assertArrayEquals(fresh.get(new IndicatorSpec(Kind.BOLLINGER_LOWER, 7)),
                cache.get(new IndicatorSpec(Kind.BOLLINGER_LOWER, 7)));
    }
}
