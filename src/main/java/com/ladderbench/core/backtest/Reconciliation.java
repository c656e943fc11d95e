package com.ladderbench.core.backtest;

import com.ladderbench.core.analysis.TradeTally;
import com.ladderbench.core.engine.EngineRun;
import com.ladderbench.model.TradeSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SPEC §5: initial cash + Σ pnl_net + unrealized = final equity, to 1e-9 relative. The cash
 * side is what the engine booked; the P&L side is what the ledger's TradeSets say. A mismatch
 * is a bug in the product, so it fails the run loudly rather than reporting wrong numbers.
 */
final class Reconciliation {
    static final double TOLERANCE = 1e-9;

    private Reconciliation() {
    }

    static void check(double initialCash, List<TradeSet> sets, EngineRun run) {
        double pnlNet = 0;
        for (TradeSet s : sets) pnlNet += s.pnlNet();
        Map<String, Double> marks = new HashMap<>();
        for (int s = 0; s < run.symbols().size(); s++) marks.put(run.symbols().get(s), run.lastClose()[s]);
        check(initialCash, pnlNet, run.ledger().unrealizedPnl(marks), run);
    }

    /** The same check of a run that kept only its metrics: the P&L side from its tally of trades. */
    static void check(double initialCash, TradeTally tally, EngineRun run) {
        check(initialCash, tally.pnlNet(), tally.unrealizedPnl(run.lastClose()), run);
    }

    private static void check(double initialCash, double pnlNet, double unrealized, EngineRun run) {
        double ledgerSide = initialCash + pnlNet + unrealized;
        double finalEquity = run.equitySummary().finalEquity();
        double scale = Math.max(Math.abs(finalEquity), Math.abs(initialCash));
        if (Math.abs(ledgerSide - finalEquity) > TOLERANCE * scale) {
            throw new IllegalStateException(String.format(java.util.Locale.ROOT,
                    "reconciliation failed: initial %.10f + pnl_net %.10f + unrealized %.10f = %.10f, but final"
                            + " equity is %.10f", initialCash, pnlNet, unrealized, ledgerSide, finalEquity));
        }
    }
}
