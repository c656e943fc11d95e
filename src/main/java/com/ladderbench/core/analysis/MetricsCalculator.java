package com.ladderbench.core.analysis;

import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.TradeSet;
import java.util.List;

/**
 * Run metrics (SPEC §5), computed in one place for the CLI, the reports and the workbench.
 * Sharpe and Sortino are annualised from per-bar returns of the equity curve.
 */
public final class MetricsCalculator {
    private MetricsCalculator() {
    }

    /**
     * @param barsPerYear of the run's finest timeframe, for annualising
     * @param barsInPosition equity points with any position open
     */
    public static Metrics compute(double initialCash, EquityCurve equity, List<TradeSet> sets, List<Fill> fills,
            double barsPerYear, int barsInPosition, Whipsaw whipsaw) {
        return compute(EquitySummary.of(initialCash, equity), sets, fills, barsPerYear, barsInPosition, whipsaw);
    }

    /**
     * The same metrics from the summary of the equity curve (a run that kept no curve).
     *
     * @param barsPerYear of the run's finest timeframe, for annualising
     * @param barsInPosition equity points with any position open
     */
    public static Metrics compute(EquitySummary equity, List<TradeSet> sets, List<Fill> fills,
            double barsPerYear, int barsInPosition, Whipsaw whipsaw) {
        int closed = 0;
        int wins = 0;
        double grossWin = 0;
        double grossLoss = 0;
        for (TradeSet s : sets) {
            if (!s.isClosed()) continue;
            closed++;
            if (s.pnlNet() > 0) {
                wins++;
                grossWin += s.pnlNet();
            } else {
                grossLoss -= s.pnlNet();
            }
        }
        double fees = 0;
        double traded = 0;
        for (Fill f : fills) {
            fees += f.fee();
            traded += f.qtyAsDouble() * f.price();
        }
        return metrics(equity, sets.size(), closed, wins, grossWin, grossLoss, fees, traded, barsPerYear,
                barsInPosition, whipsaw);
    }

    /**
     * The same metrics from a run that kept only its tally of trades ({@link TradeTally}): its sets
     * read in the ledger's order and its fill sums, so the figures are identical to the ledger's.
     */
    public static Metrics compute(EquitySummary equity, TradeTally tally, double barsPerYear, int barsInPosition,
            Whipsaw whipsaw) {
        int closed = 0;
        int wins = 0;
        double grossWin = 0;
        double grossLoss = 0;
        for (int set : tally.setOrder()) {
            if (!tally.isClosed(set)) continue;
            closed++;
            double pnlNet = tally.pnlNet(set);
            if (pnlNet > 0) {
                wins++;
                grossWin += pnlNet;
            } else {
                grossLoss -= pnlNet;
            }
        }
        return metrics(equity, tally.tradeSets(), closed, wins, grossWin, grossLoss, tally.fees(), tally.traded(),
                barsPerYear, barsInPosition, whipsaw);
    }

    private static Metrics metrics(EquitySummary equity, int sets, int closed, int wins, double grossWin,
            double grossLoss, double fees, double traded, double barsPerYear, int barsInPosition, Whipsaw whipsaw) {
        double initialCash = equity.initialCash();
        double finalEquity = equity.finalEquity();
        double maxDd = equity.maxDrawdownPct();
        int n = equity.points();
        double sum = equity.returnSum();
        double sumSq = equity.returnSumSq();
        double downSq = equity.downsideSumSq();
        double sharpe = Double.NaN;
        double sortino = Double.NaN;
        if (n > 1) {
            double mean = sum / n;
            double var = (sumSq - n * mean * mean) / (n - 1);
            double sd = Math.sqrt(Math.max(0, var));
            double downside = Math.sqrt(downSq / n);
            double annual = Math.sqrt(barsPerYear);
            if (sd > 1e-15) sharpe = mean / sd * annual;
            if (downside > 1e-15) sortino = mean / downside * annual;
        }

        return new Metrics(
                initialCash,
                finalEquity,
                (finalEquity / initialCash - 1) * 100.0,
                0.0 - maxDd, // not -maxDd: a run without drawdown is 0, never -0.0
                sharpe,
                sortino,
                sets,
                closed == 0 ? Double.NaN : (double) wins / closed,
                grossLoss > 0 ? grossWin / grossLoss : Double.NaN,
                fees,
                traded / initialCash,
                n == 0 ? 0 : 100.0 * barsInPosition / n,
                whipsaw.count(),
                whipsaw.reenteredNotional(),
                whipsaw.cost());
    }
}
