package com.ladderbench.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.Metrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zero metrics are +0.0, so no writer or screen ever shows "-0" or "-0.00%". */
class MetricsSignTest {

    private static Metrics of(double... equity) {
        long[] t = new long[equity.length];
        for (int i = 0; i < t.length; i++) t[i] = 3_600_000L * i;
        return MetricsCalculator.compute(100_000, new EquityCurve(t, equity), List.of(), List.of(), 8760, 0,
                Whipsaw.NONE);
    }

    @Test
    void aRunThatNeverFallsHasAPositiveZeroMaxDrawdown() {
        assertEquals(0L, Double.doubleToRawLongBits(of(100_000, 100_000, 101_000).maxDrawdownPct()),
                "max_drawdown_pct must be +0.0, not -0.0");
        assertEquals(0L, Double.doubleToRawLongBits(of().maxDrawdownPct()), "no bars at all");
    }

    @Test
    void aFallIsAPositiveDrawdown() {
        assertEquals(10.0, of(100_000, 90_000, 95_000).maxDrawdownPct(), 1e-9);
    }
}
