package com.ladderbench.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The rolling kernels' first full window, at its boundary: for a window of n bars, bars 0..n-2
 * are missing and bar n-1 is the window of the first n values, on series one bar too short for a
 * window, exactly long enough, and one bar longer (the warm-up and the first window are computed
 * apart from the bars after them).
 */
class FirstWindowTest {
    private static final double[] X = {5.0, 7.0, 3.0, 11.0, 2.0, 13.0, 1.0};
    private static final int N = 5;

    @Test
    void aSeriesOneBarShortOfTheWindowIsMissingEverywhere() {
        double[] x = Arrays.copyOf(X, N - 1);
        for (double[] out : new double[][] {RollingWindow.sum(x, N), RollingWindow.populationStdDev(x, N),
                RollingExtreme.max(x, N), RollingExtreme.min(x, N)}) {
            assertEquals(N - 1, out.length);
            for (double v : out) assertTrue(Double.isNaN(v), Arrays.toString(out));
        }
    }

    @Test
    void theFirstFullWindowHasAValueAtBarNMinusOneAndTheBarsBeforeItNone() {
        for (int len = N; len <= N + 1; len++) {
            double[] x = Arrays.copyOf(X, len);
            double[] sum = RollingWindow.sum(x, N);
            double[] dev = RollingWindow.populationStdDev(x, N);
            double[] max = RollingExtreme.max(x, N);
            double[] min = RollingExtreme.min(x, N);
            for (int i = 0; i < N - 1; i++) {
                assertTrue(Double.isNaN(sum[i]) && Double.isNaN(dev[i]) && Double.isNaN(max[i]) && Double.isNaN(min[i]));
            }
            assertEquals(28.0, sum[N - 1]); // 5 + 7 + 3 + 11 + 2
            assertEquals(11.0, max[N - 1]);
            assertEquals(2.0, min[N - 1]);
            // population deviation of 5 7 3 11 2: mean 5.6, variance 51.2 / 5 = 10.24
            assertEquals(3.2, dev[N - 1], 1e-12);
            if (len == N + 1) {
                // the next bar: 5 leaves, 13 enters
                assertEquals(36.0, sum[N]);
                assertEquals(13.0, max[N]);
                assertEquals(2.0, min[N]);
            }
        }
    }

    @Test
    void rsiIsZeroAtBarZeroWhereNothingHasMovedAndHundredAfterAFirstRiseWithNoLoss() {
        double[] rsi = PriceTransforms.rsi(new double[] {10.0, 11.0, 10.5}, 0.5);
        assertEquals(0.0, rsi[0]);
        assertEquals(100.0, rsi[1]);
        // gain 0.5 * 1 = 0.5, then halved: 0.25; loss 0.5 * 0.5 = 0.25: RS 1, RSI 50
        assertEquals(50.0, rsi[2], 1e-12);
        assertEquals(0, PriceTransforms.rsi(new double[0], 0.5).length);
    }
}
