package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.core.indicators.IndicatorCalculator;
import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.core.rules.SeriesColumn;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Runs that ask one PreparedData for the same indicator of a short series at once (the sides of a
 * comparison, the points of a sweep) read it as one run alone reads it, from the moment they have
 * it: its slice of the block is computed by one of them, never written again while read.
 */
class BlockConcurrencyTest {
    // kernels that write their slice in more than one pass: sums then means, deviations then scale
    private static final List<IndicatorSpec> SPECS = List.of("sma_20", "volume_multiple", "vwap", "realized_vol_20",
            "ema_5", "macd_hist").stream().map(n -> IndicatorSpec.parse(n).orElseThrow()).toList();
    private static final BarSeries X = SyntheticMarket.generate("X", Timeframe.M1, 20_000, 1);
    private static final BarSeries Y = SyntheticMarket.generate("Y", Timeframe.M1, 20_000, 2);
    private static final int RUNS = 4;

    @Test
    void runsAskingForOneIndicatorAtOnceEachReadItsFinalValues() throws Exception {
        List<double[]> expected = new ArrayList<>();
        for (IndicatorSpec spec : SPECS) expected.add(IndicatorCalculator.compute(spec, Y));
        ExecutorService pool = Executors.newFixedThreadPool(RUNS);
        try {
            for (int round = 0; round < 20; round++) {
                PreparedData shared = new PreparedData(MarketData.of(List.of(X, Y), Map.of()));
                CyclicBarrier start = new CyclicBarrier(RUNS);
                List<Future<List<double[]>>> reads = new ArrayList<>();
                for (int r = 0; r < RUNS; r++) {
                    reads.add(pool.submit(() -> {
                        start.await();
                        List<double[]> seen = new ArrayList<>();
                        for (IndicatorSpec spec : SPECS) {
                            SeriesColumn c = shared.column("Y", Timeframe.M1, spec);
                            seen.add(Arrays.copyOfRange(c.values(), c.offset(), c.offset() + c.length()));
                        }
                        return seen;
                    }));
                }
                for (Future<List<double[]>> f : reads) {
                    List<double[]> seen = f.get();
                    for (int k = 0; k < SPECS.size(); k++) {
                        assertArrayEquals(expected.get(k), seen.get(k), SPECS.get(k) + " in round " + round);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
