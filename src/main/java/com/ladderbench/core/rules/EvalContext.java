package com.ladderbench.core.rules;

/**
 * The state a rule is evaluated against. Mutable and reused by the engine, so that evaluating a
 * rule per bar allocates nothing. Not thread-safe; one per evaluating thread.
 */
public final class EvalContext {
    /** Index of the current bar in the trigger's own timeframe. */
    public int bar;
    /** -1 short, 0 flat, 1 long. */
    public int positionSign;
    public int barsInPosition;
    /** Unrealized P&L of the open position in percent; NaN (read as none) when flat. */
    public double unrealizedPnlPct = Double.NaN;
}
