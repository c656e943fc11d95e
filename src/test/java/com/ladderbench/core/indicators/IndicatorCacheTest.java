package com.ladderbench.core.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.ladderbench.core.indicators.IndicatorSpec.Kind;
import com.ladderbench.model.BarSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cache computes each spec once per series and shares the intermediates between specs. */
class IndicatorCacheTest {
    private final BarSeries bars = TestBars.randomWalk(5L, 1000);

    @Test
    void eachSpecIsComputedOnceAndTheSameArrayIsReturnedForEqualSpecs() {
        IndicatorCache cache = new IndicatorCache(bars);
        for (IndicatorSpec spec : IndicatorReferenceTest.specs().toArray(IndicatorSpec[]::new)) {
            double[] first = cache.get(spec);
            IndicatorSpec equal = new IndicatorSpec(spec.kind(), spec.period());
            assertSame(first, cache.get(equal), spec.toString());
        }
    }

    @Test
    void priceColumnsAreTheSeriesOwnArrays() {
        IndicatorCache cache = new IndicatorCache(bars);
        assertSame(bars.open(), cache.get(new IndicatorSpec(Kind.OPEN, 0)));
        assertSame(bars.high(), cache.get(new IndicatorSpec(Kind.HIGH, 0)));
        assertSame(bars.low(), cache.get(new IndicatorSpec(Kind.LOW, 0)));
        assertSame(bars.close(), cache.get(new IndicatorSpec(Kind.CLOSE, 0)));
        assertSame(bars.volume(), cache.get(new IndicatorSpec(Kind.VOLUME, 0)));
        assertSame(bars, cache.series());
    }

    @Test
    void macdAndSignalShareOneMacdLine() {
        IndicatorCache cache = new IndicatorCache(bars);
        cache.get(new IndicatorSpec(Kind.MACD_HIST, 0));
        double[] line = cache.part(Part.of(Part.Kind.MACD_LINE));
        double[] signal = cache.part(Part.of(Part.Kind.MACD_SIGNAL));
        cache.get(new IndicatorSpec(Kind.MACD_SIGNAL, 0));
        cache.get(new IndicatorSpec(Kind.MACD, 0));
        assertSame(line, cache.part(Part.of(Part.Kind.MACD_LINE)), "line built once");
        assertSame(signal, cache.part(Part.of(Part.Kind.MACD_SIGNAL)), "signal built once");
        // MACD's short EMA is the same raw series as ema_12.
        double[] ema12 = cache.part(new Part(Part.Kind.CLOSE_EMA, 12));
        cache.get(new IndicatorSpec(Kind.EMA, 12));
        assertSame(ema12, cache.part(new Part(Part.Kind.CLOSE_EMA, 12)));
    }

    @Test
    void bollingerMiddleIsTheSmaAndTheBandsShareOneDeviation() {
        IndicatorCache cache = new IndicatorCache(bars);
        double[] upper = cache.get(new IndicatorSpec(Kind.BOLLINGER_UPPER, 20));
        double[] deviation = cache.part(new Part(Part.Kind.CLOSE_STDDEV, 20));
        cache.get(new IndicatorSpec(Kind.BOLLINGER_LOWER, 20));
        assertSame(deviation, cache.part(new Part(Part.Kind.CLOSE_STDDEV, 20)));
        assertSame(cache.get(new IndicatorSpec(Kind.SMA, 20)), cache.get(new IndicatorSpec(Kind.BOLLINGER_MIDDLE, 20)));
        assertNotSame(upper, cache.get(new IndicatorSpec(Kind.BOLLINGER_LOWER, 20)));
    }

    @Test
    void maskedIndicatorsDoNotAlterTheSharedRawSeries() {
        IndicatorCache cache = new IndicatorCache(bars);
        double[] ema = cache.get(new IndicatorSpec(Kind.EMA, 12));
        double[] raw = cache.part(new Part(Part.Kind.CLOSE_EMA, 12));
        assertNotSame(ema, raw);
        // The raw EMA keeps its early values: the MACD line needs them exactly as ta4j has them.
        assertArrayEquals(Smoothing.exponential(bars.close(), Smoothing.emaAlpha(12)), raw);
    }

    @Test
    void aFreshComputationEqualsTheCachedOne() {
        IndicatorCache cache = new IndicatorCache(bars);
        for (IndicatorSpec spec : IndicatorReferenceTest.specs().toArray(IndicatorSpec[]::new)) {
            assertArrayEquals(IndicatorCalculator.compute(spec, bars), cache.get(spec), spec.toString());
        }
    }

    @Test
    void threadsAskingAtOnceGetEachEntryComputedOnceAndShared() throws Exception {
        IndicatorCache cache = new IndicatorCache(bars);
        List<IndicatorSpec> specs = IndicatorReferenceTest.specs().toList();
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<List<double[]>>> answers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                answers.add(pool.submit(() -> {
                    start.await();
                    List<double[]> got = new java.util.ArrayList<>();
                    // each thread walks the specs from another place, so they meet on the shared parts
                    for (int i = 0; i < specs.size(); i++) got.add(cache.get(specs.get((i + offset * 7) % specs.size())));
                    return got;
                }));
            }
            start.countDown();
            for (int t = 0; t < threads; t++) {
                List<double[]> got = answers.get(t).get();
                for (int i = 0; i < specs.size(); i++) {
                    IndicatorSpec spec = specs.get((i + t * 7) % specs.size());
                    assertSame(cache.get(spec), got.get(i), spec.toString());
                    assertArrayEquals(IndicatorCalculator.compute(spec, bars), got.get(i), spec.toString());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        IndicatorCache oneThread = new IndicatorCache(bars);
        specs.forEach(oneThread::get);
        assertEquals(oneThread.computed(), cache.computed(), "what one thread computes, and nothing twice");
    }
}
