package com.ladderbench.core.analysis;

import com.ladderbench.model.Metrics;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The run metrics as one ordered list of named columns, shared by comparison deltas, sweep
 * tables, reports and the workbench so every surface shows the same figures under the same names.
 */
public enum MetricField {
    INITIAL_EQUITY("initial_equity", "Initial equity", Metrics::initialEquity, Better.NEITHER),
    FINAL_EQUITY("final_equity", "Final equity", Metrics::finalEquity, Better.HIGHER),
    TOTAL_RETURN_PCT("total_return_pct", "Return %", Metrics::totalReturnPct, Better.HIGHER),
    MAX_DRAWDOWN_PCT("max_drawdown_pct", "Max drawdown %", Metrics::maxDrawdownPct, Better.LOWER),
    SHARPE("sharpe", "Sharpe", Metrics::sharpe, Better.HIGHER),
    SORTINO("sortino", "Sortino", Metrics::sortino, Better.HIGHER),
    NUM_TRADE_SETS("num_trade_sets", "Trade sets", m -> m.numTradeSets(), Better.NEITHER),
    WIN_RATE("win_rate", "Win rate", Metrics::winRate, Better.HIGHER),
    PROFIT_FACTOR("profit_factor", "Profit factor", Metrics::profitFactor, Better.HIGHER),
    FEES("fees", "Fees", Metrics::fees, Better.LOWER),
    TURNOVER("turnover", "Turnover", Metrics::turnover, Better.LOWER),
    EXPOSURE_PCT("exposure_pct", "Exposure %", Metrics::exposurePct, Better.NEITHER),
    WHIPSAW_COUNT("whipsaw_count", "Whipsaws", m -> m.whipsawCount(), Better.LOWER),
    REENTERED_NOTIONAL("reentered_notional", "Re-entered notional", Metrics::reenteredNotional, Better.LOWER),
    WHIPSAW_COST("whipsaw_cost", "Whipsaw cost", Metrics::whipsawCost, Better.LOWER);

    /** Which direction of change is an improvement, for colouring deltas. */
    public enum Better { HIGHER, LOWER, NEITHER }

    private final String wire;
    private final String label;
    private final ToDoubleFunction<Metrics> getter;
    private final Better better;

    MetricField(String wire, String label, ToDoubleFunction<Metrics> getter, Better better) {
        this.wire = wire;
        this.label = label;
        this.getter = getter;
        this.better = better;
    }

    public String wire() { return wire; }

    public String label() { return label; }

    public Better better() { return better; }

    public double of(Metrics m) { return getter.applyAsDouble(m); }

    /** Whether the metric is a whole count (rendered without decimals). */
    public boolean isCount() {
        return this == NUM_TRADE_SETS || this == WHIPSAW_COUNT;
    }

    public static Optional<MetricField> fromWire(String s) {
        for (MetricField f : values()) {
            if (f.wire.equals(s)) return Optional.of(f);
        }
        return Optional.empty();
    }
}
