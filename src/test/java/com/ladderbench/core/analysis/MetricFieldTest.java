package com.ladderbench.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.Metrics;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one list of metric columns every surface shows: each reads its own figure under its wire name. */
class MetricFieldTest {

    /** Every figure distinct, so a column reading the wrong one shows. */
    private static final Metrics M = new Metrics(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

    @Test
    void eachFieldReadsItsOwnFigureInTheOrderOfTheMetricsRecord() {
        double[] read = Arrays.stream(MetricField.values()).mapToDouble(f -> f.of(M)).toArray();
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0),
                Arrays.stream(read).boxed().toList());
    }

    @Test
    void wireNamesAreTheSnakeCaseNamesOfTheOutputsAndReadBack() {
        assertEquals(List.of("initial_equity", "final_equity", "total_return_pct", "max_drawdown_pct", "sharpe",
                "sortino", "num_trade_sets", "win_rate", "profit_factor", "fees", "turnover", "exposure_pct",
                "whipsaw_count", "reentered_notional", "whipsaw_cost"),
                Arrays.stream(MetricField.values()).map(MetricField::wire).toList());
        for (MetricField f : MetricField.values()) assertEquals(Optional.of(f), MetricField.fromWire(f.wire()));
        assertEquals(Optional.empty(), MetricField.fromWire("Final equity"));
    }

    @Test
    void onlyTheTwoCountsAreWholeNumbers() {
        for (MetricField f : MetricField.values()) {
            boolean count = f == MetricField.NUM_TRADE_SETS || f == MetricField.WHIPSAW_COUNT;
            assertEquals(count, f.isCount(), f.wire());
        }
    }

    @Test
    void lowerIsBetterForCostsAndRiskHigherForReturns() {
        assertEquals(MetricField.Better.HIGHER, MetricField.FINAL_EQUITY.better());
        assertEquals(MetricField.Better.HIGHER, MetricField.SHARPE.better());
        assertEquals(MetricField.Better.LOWER, MetricField.MAX_DRAWDOWN_PCT.better());
        assertEquals(MetricField.Better.LOWER, MetricField.WHIPSAW_COST.better());
        assertEquals(MetricField.Better.LOWER, MetricField.FEES.better());
        assertEquals(MetricField.Better.NEITHER, MetricField.NUM_TRADE_SETS.better());
        assertEquals("Final equity", MetricField.FINAL_EQUITY.label());
        assertFalse(MetricField.FINAL_EQUITY.label().isBlank());
        assertTrue(Arrays.stream(MetricField.values()).noneMatch(f -> f.label().isBlank()));
    }
}
