package com.ladderbench.bench;

import com.ladderbench.core.indicators.IndicatorCalculator;
import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.core.indicators.TestBars;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Bars per second per indicator over a million bars, each computed from scratch (fresh cache,
 * so MACD_HIST includes its EMAs). Not a unit test; run with
 * {@code java -cp target/classes:target/test-classes com.ladderbench.bench.IndicatorThroughputBench [bars] [runs]}.
 */
public final class IndicatorThroughputBench {
    private static final List<String> NAMES = List.of("sma_20", "sma_200", "sma_5000", "ema_50", "rsi_14", "atr_14",
            "roc_10", "realized_vol_20", "realized_vol_500", "macd", "macd_signal", "macd_hist",
            "donchian_upper_short", "cycle_low_200", "bollinger_upper", "bollinger_middle", "volume_multiple", "vwap");

    private IndicatorThroughputBench() {
    }

    public static void main(String[] args) {
        int bars = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        BarSeries series = TestBars.randomWalk(42L, bars, Timeframe.M1, 30_000.0);
        double sink = 0.0;
        System.out.printf(Locale.ROOT, "%-22s %14s %12s%n", "indicator", "Mbars/s", "ms/series");
        for (String name : NAMES) {
            IndicatorSpec spec = IndicatorSpec.parse(name).orElseThrow();
            for (int i = 0; i < 5; i++) sink += IndicatorCalculator.compute(spec, series)[bars - 1]; // JIT warm-up
            long[] nanos = new long[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                sink += IndicatorCalculator.compute(spec, series)[bars - 1];
                nanos[r] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            long median = nanos[runs / 2];
            System.out.printf(Locale.ROOT, "%-22s %14.1f %12.2f%n", name, bars / (median / 1e9) / 1e6, median / 1e6);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
