package com.ladderbench.ui.overview;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.model.Metrics;
import java.util.List;

/**
 * One headline figure of the overview tiles. Each reads a core metric (through
 * {@link MetricField} where one exists) and says how to show it; nothing is recomputed here.
 *
 * @param scale multiplies the metric for display (win rate 0..1 is shown as a percentage)
 */
public record Kpi(String title, String unit, int decimals, double scale, MetricField better, Reader reader) {

    /** Reads the figure from a run's metrics. */
    @FunctionalInterface
    public interface Reader {
        double read(Metrics m);
    }

    public double value(Metrics m) { return reader.read(m) * scale; }

    /** The unit of a difference: a change of a percentage is in percentage points. */
    public String deltaUnit() { return "%".equals(unit) ? " pp" : unit; }

    /** The overview's tiles, in display order. */
    public static List<Kpi> headline() {
        return List.of(
                new Kpi("Net P&L", "", 0, 1, MetricField.FINAL_EQUITY,
                        m -> MetricField.FINAL_EQUITY.of(m) - MetricField.INITIAL_EQUITY.of(m)),
                of("Return", "%", 2, 1, MetricField.TOTAL_RETURN_PCT),
                of("Max drawdown", "%", 2, 1, MetricField.MAX_DRAWDOWN_PCT),
                of("Sharpe", "", 2, 1, MetricField.SHARPE),
                of("Win rate", "%", 1, 100, MetricField.WIN_RATE),
                of("Whipsaws", "", 0, 1, MetricField.WHIPSAW_COUNT),
                of("Whipsaw cost", "", 0, 1, MetricField.WHIPSAW_COST),
                of("Fees", "", 0, 1, MetricField.FEES));
    }

    private static Kpi of(String title, String unit, int decimals, double scale, MetricField f) {
        return new Kpi(title, unit, decimals, scale, f, f::of);
    }
}
