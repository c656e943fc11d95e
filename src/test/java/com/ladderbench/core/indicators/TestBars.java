package com.ladderbench.core.indicators;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded bar series for indicator tests and benchmarks; a stand-in until the shared data generator lands. */
public final class TestBars {
    static final long START = 1_700_000_000_000L;

    private TestBars() {
    }

    /**
     * A geometric random walk with valid OHLCV bars (low <= open, close <= high). About one bar in
     * twenty repeats the previous close, so ties (no gain, no loss) are exercised too.
     */
    public static BarSeries randomWalk(long seed, int bars, Timeframe tf, double startPrice) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] time = new long[bars];
        double[] open = new double[bars];
        double[] high = new double[bars];
        double[] low = new double[bars];
        double[] close = new double[bars];
        double[] volume = new double[bars];
        double prev = startPrice;
        for (int i = 0; i < bars; i++) {
            time[i] = START + i * tf.millis();
            double o = prev;
            double c = rnd.nextInt(20) == 0 ? o : o * Math.exp(0.01 * gaussian(rnd));
            open[i] = o;
            close[i] = c;
            high[i] = Math.max(o, c) * (1.0 + 0.004 * Math.abs(gaussian(rnd)));
            low[i] = Math.min(o, c) * (1.0 - 0.004 * Math.abs(gaussian(rnd)));
            volume[i] = Math.round(1000.0 * Math.exp(0.5 * gaussian(rnd))) / 10.0;
            prev = c;
        }
        return new BarSeries("TEST", tf, time, open, high, low, close, volume, null, "random walk seed " + seed);
    }

    static BarSeries randomWalk(long seed, int bars) {
        return randomWalk(seed, bars, Timeframe.H1, 100.0);
    }

    /** Every bar open = high = low = close = {@code price}, with the given volume. */
    public static BarSeries flat(int bars, double price, double volume) {
        long[] time = new long[bars];
        for (int i = 0; i < bars; i++) time[i] = START + i * Timeframe.H1.millis();
        double[] p = new double[bars];
        Arrays.fill(p, price);
        double[] v = new double[bars];
        Arrays.fill(v, volume);
        return new BarSeries("FLAT", Timeframe.H1, time, p, p.clone(), p.clone(), p.clone(), v, null, "flat");
    }

    /** A copy of {@code s} with its close (and open, high, low) replaced per bar. */
    static BarSeries withCloses(BarSeries s, double[] close) {
        return new BarSeries(s.symbol(), s.timeframe(), s.time(), close.clone(), close.clone(), close.clone(),
                close.clone(), s.volume(), null, s.source());
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
