package com.ladderbench.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.compare.SweepParameter;
import com.ladderbench.core.compare.SweepResult;
import com.ladderbench.model.Metrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sweep ranks best first by the metric's own sense of better; ties keep grid order. */
class SweepRankingTest {
    private static SweepResult.Point point(String v, double finalEquity, double drawdown) {
        return new SweepResult.Point(List.of(v), new Metrics(100, finalEquity, 0, drawdown, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0));
    }

    private static final SweepResult SWEEP = new SweepResult(List.of(new SweepParameter("config.min_hold_bars",
            List.of("1", "2", "3", "4"))), List.of(point("1", 90, 5), point("2", Double.NaN, 1), point("3", 120, 9),
            point("4", 120, 3)));

    private static List<String> order(MetricField f) {
        return SweepRanking.rank(SWEEP, f).stream().map(p -> p.values().get(0)).toList();
    }

    @Test
    void higherIsBetterRanksDescendingWithTiesInGridOrderAndNaNLast() {
        assertEquals(List.of("3", "4", "1", "2"), order(MetricField.FINAL_EQUITY));
    }

    @Test
    void lowerIsBetterRanksAscending() {
        assertEquals(List.of("2", "4", "1", "3"), order(MetricField.MAX_DRAWDOWN_PCT));
    }
}
