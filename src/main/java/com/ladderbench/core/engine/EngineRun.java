package com.ladderbench.core.engine;

import com.ladderbench.core.analysis.EquitySummary;
import com.ladderbench.core.analysis.TradeTally;
import com.ladderbench.core.ledger.Ledger;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.Fill;
import com.ladderbench.model.TriggerStats;
import java.util.List;

/**
 * What the trigger engine produced: the fills in order, the ledger they built, block events,
 * the equity curve, and the final cash and marks for reconciliation.
 *
 * @param events empty when the run kept only its metrics ({@link TriggerEngine#runForMetrics})
 * @param equity null when the run kept only its metrics
 * @param equitySummary what the metrics read from the curve, kept by every run
 * @param barsInPosition number of equity points at which any position was open
 * @param lastClose per symbol (run order), the final mark
 * @param triggerStats per trigger, in plan order
 * @param tally null for a full run; for a run that keeps only its metrics, its books: then {@code fills}
 *     and the ledger are empty, and the metrics read this instead
 */
public record EngineRun(
        List<String> symbols,
        List<Fill> fills,
        Ledger ledger,
        List<BlockEvent> events,
        EquityCurve equity,
        EquitySummary equitySummary,
        double finalCash,
        double[] lastClose,
        int barsInPosition,
        List<TriggerStats> triggerStats,
        TradeTally tally) {
}
