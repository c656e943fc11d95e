package com.ladderbench.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.core.indicators.IndicatorSpec.Kind;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rolling sums stay exact over a million bars: the values at the end agree with a recomputation
 * in exact decimal arithmetic over just the last window.
 */
class LongSeriesStabilityTest {
    private static final int BARS = 1_000_000;
    private static final double TOLERANCE = 1e-9;
    private static final MathContext MC = MathContext.DECIMAL128;

    private static BarSeries bars;

    @BeforeAll
    static void build() {
        bars = TestBars.randomWalk(1_000_003L, BARS, Timeframe.M1, 30_000.0);
    }

    @Test
    void smaAfterAMillionBarsMatchesExactMeanOfTheLastWindow() {
        for (int n : new int[] {2, 20, 200, 5000}) {
            double[] sma = IndicatorCalculator.compute(new IndicatorSpec(Kind.SMA, n), bars);
            for (int end : lastBars()) {
                assertRelative(exactMean(bars.close(), end - n + 1, end).doubleValue(), sma[end], "sma_" + n + " @" + end);
            }
        }
    }

    @Test
    void bollingerAfterAMillionBarsMatchesExactPopulationDeviation() {
        for (int n : new int[] {20, 200}) {
            double[] upper = IndicatorCalculator.compute(new IndicatorSpec(Kind.BOLLINGER_UPPER, n), bars);
            for (int end : lastBars()) {
                BigDecimal mean = exactMean(bars.close(), end - n + 1, end);
                double expected = mean.add(exactStdDev(bars.close(), end - n + 1, end).multiply(BigDecimal.valueOf(2)))
                        .doubleValue();
                assertRelative(expected, upper[end], "bollinger_upper(" + n + ") @" + end);
            }
        }
    }

    @Test
    void realizedVolAfterAMillionBarsMatchesExactDeviationOfLogReturns() {
        double[] returns = PriceTransforms.logReturns(bars.close());
        double annualise = Math.sqrt(Timeframe.M1.barsPerYear());
        for (int n : new int[] {20, 500}) {
            double[] vol = IndicatorCalculator.compute(new IndicatorSpec(Kind.REALIZED_VOL, n), bars);
            for (int end : lastBars()) {
                double expected = exactStdDev(returns, end - n + 1, end).doubleValue() * annualise;
                assertRelative(expected, vol[end], "realized_vol_" + n + " @" + end);
            }
        }
    }

    @Test
    void vwapAndVolumeMultipleAfterAMillionBarsMatchExactSums() {
        double[] vwap = IndicatorCalculator.compute(new IndicatorSpec(Kind.VWAP, 20), bars);
        double[] multiple = IndicatorCalculator.compute(new IndicatorSpec(Kind.VOLUME_MULTIPLE, 20), bars);
        double[] tpv = PriceTransforms.typicalPriceVolume(bars.high(), bars.low(), bars.close(), bars.volume());
        for (int end : lastBars()) {
            BigDecimal volume = exactSum(bars.volume(), end - 19, end);
            assertRelative(exactSum(tpv, end - 19, end).divide(volume, MC).doubleValue(), vwap[end], "vwap @" + end);
            assertRelative(BigDecimal.valueOf(bars.volume()[end]).divide(volume.divide(BigDecimal.valueOf(20), MC), MC)
                    .doubleValue(), multiple[end], "volume_multiple @" + end);
        }
    }

    @Test
    void deviationOfATinyMoveOnAHugePriceKeepsItsDigits() {
        // Raw sums of squares of ~1e6 would cancel away a 1e-4 wiggle; the shifted sums must not.
        double[] close = new double[200_000];
        for (int i = 0; i < close.length; i++) close[i] = 1_000_000.0 + 1e-4 * ((i * 7919L) % 13);
        double[] sd = RollingWindow.populationStdDev(close, 50);
        int end = close.length - 1;
        assertRelative(exactStdDev(close, end - 49, end).doubleValue(), sd[end], "stdev of tiny moves @" + end);
    }

    private static int[] lastBars() {
        return new int[] {BARS - 1, BARS - 2, BARS - 1000, BARS / 2 + 17};
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, TOLERANCE * Math.abs(expected), what);
    }

    private static BigDecimal exactSum(double[] x, int from, int to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = from; i <= to; i++) sum = sum.add(new BigDecimal(x[i]));
        return sum;
    }

    private static BigDecimal exactMean(double[] x, int from, int to) {
        return exactSum(x, from, to).divide(BigDecimal.valueOf(to - from + 1L), MC);
    }

    private static BigDecimal exactStdDev(double[] x, int from, int to) {
        BigDecimal mean = exactMean(x, from, to);
        BigDecimal squares = BigDecimal.ZERO;
        for (int i = from; i <= to; i++) {
            BigDecimal d = new BigDecimal(x[i]).subtract(mean);
            squares = squares.add(d.multiply(d));
        }
        return squares.divide(BigDecimal.valueOf(to - from + 1L), MC).sqrt(MC);
    }
}
