package com.ladderbench.core.report;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.compare.SweepResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A sweep's points best first by one metric: descending where higher is better (and where neither
 * is), ascending where lower is better; a point whose metric is not a number comes last; ties keep
 * grid order, so the ranking is the same on every run.
 */
public final class SweepRanking {
    /** What {@code sweep} and the sweep report rank by unless told otherwise. */
    public static final MetricField DEFAULT_METRIC = MetricField.FINAL_EQUITY;

    private SweepRanking() {
    }

    public static List<SweepResult.Point> rank(SweepResult sweep, MetricField metric) {
        Comparator<Double> best = metric.better() == MetricField.Better.LOWER
                ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<SweepResult.Point> ranked = new ArrayList<>(sweep.points());
        ranked.sort(Comparator.comparing((SweepResult.Point p) -> !Double.isFinite(metric.of(p.metrics())))
                .thenComparing(p -> metric.of(p.metrics()), best));
        return ranked;
    }
}
