package com.ladderbench.model;

/**
 * Run metrics (SPEC §5). Ratios that are undefined (no trades, no losses, flat returns) are NaN
 * and written as null. Serializable: a distributed sweep's tasks send back only each point's metrics.
 *
 * @param winRate fraction of closed TradeSets with pnl_net &gt; 0, 0..1
 * @param turnover traded notional divided by initial equity
 * @param exposurePct share of bars with any open position, percent
 */
public record Metrics(
        double initialEquity,
        double finalEquity,
        double totalReturnPct,
        double maxDrawdownPct,
        double sharpe,
        double sortino,
        int numTradeSets,
        double winRate,
        double profitFactor,
        double fees,
        double turnover,
        double exposurePct,
        int whipsawCount,
        double reenteredNotional,
        double whipsawCost) implements java.io.Serializable {
}
