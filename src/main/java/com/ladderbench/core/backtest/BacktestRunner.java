package com.ladderbench.core.backtest;

import com.ladderbench.core.analysis.MetricsCalculator;
import com.ladderbench.core.analysis.TradeTally;
import com.ladderbench.core.analysis.Whipsaw;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.engine.EngineRun;
import com.ladderbench.core.engine.PreparedData;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.core.engine.TriggerEngine;
import com.ladderbench.core.io.Checksums;
import com.ladderbench.core.report.PlanJson;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.RunInfo;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.TradeSet;
import com.ladderbench.model.TriggerStats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one backtest end to end: the trigger engine, TradeSets from the ledger, metrics,
 * whipsaw, event counts, and the reconciliation of SPEC §5. The CLI, the workbench, tests and
 * benchmarks all come through here.
 */
public final class BacktestRunner {
    private BacktestRunner() {
    }

    public static RunResult run(BacktestRequest req) throws InvalidInputException {
        return run(req, RunMonitor.NONE);
    }

    public static RunResult run(BacktestRequest req, RunMonitor monitor) throws InvalidInputException {
        return assemble(req, TriggerEngine.run(req.plan(), req.data(), req.config(), monitor));
    }

    /**
     * The same run, taking indicators and clocks from {@code prepared}, which other runs on the
     * same data share (a sweep's points, a comparison's sides); the result is the same either way.
     */
    public static RunResult run(BacktestRequest req, PreparedData prepared, RunMonitor monitor)
            throws InvalidInputException {
        if (prepared.data() != req.data()) throw new IllegalArgumentException("prepared for other data");
        return assemble(req, TriggerEngine.run(req.plan(), prepared, req.config(), monitor));
    }

    /**
     * The same run's metrics alone, as {@code run(req, prepared, monitor).metrics()} gives them,
     * from a run that keeps no block events and no equity curve (a sweep's point): reconciled
     * like every run, but without materialising what only a run directory or the workbench reads.
     */
    public static Metrics metrics(BacktestRequest req, PreparedData prepared, RunMonitor monitor)
            throws InvalidInputException {
        return metrics(req, prepared, monitor, null);
    }

    /**
     * As {@link #metrics(BacktestRequest, PreparedData, RunMonitor)}, the trades booked into
     * {@code books} (emptied first; null: a new tally), which the caller may pass to its next run
     * once this returns: the metrics are values and keep nothing of it.
     */
    public static Metrics metrics(BacktestRequest req, PreparedData prepared, RunMonitor monitor, TradeTally books)
            throws InvalidInputException {
        if (prepared.data() != req.data()) throw new IllegalArgumentException("prepared for other data");
        EngineRun run = TriggerEngine.runForMetrics(req.plan(), prepared, req.config(), monitor, books);
        TradeTally tally = run.tally();
        double barsPerYear = finestBarsPerYear(bases(req, run).values());
        Metrics metrics = MetricsCalculator.compute(run.equitySummary(), tally, barsPerYear, run.barsInPosition(),
                tally.whipsaw(req.config().whipsawWindowBars()));
        Reconciliation.check(req.config().initialCash(), tally, run);
        return metrics;
    }

    /** The result of an engine run: TradeSets, metrics, whipsaw, event counts, reconciliation. */
    public static RunResult assemble(BacktestRequest req, EngineRun run) throws InvalidInputException {
        List<TradeSet> sets = run.ledger().tradeSets();
        Metrics metrics = metrics(req, run, sets);
        Reconciliation.check(req.config().initialCash(), sets, run);
        return new RunResult(info(req, run), req.plan(), req.config(), metrics, sets, run.fills(), run.events(),
                eventCountsOf(run.triggerStats()), run.equity(), run.triggerStats());
    }

    private static Metrics metrics(BacktestRequest req, EngineRun run, List<TradeSet> sets) {
        Map<String, BarSeries> bases = bases(req, run);
        Whipsaw whipsaw = Whipsaw.of(sets, req.config().whipsawWindowBars(),
                symbol -> new BarLookup(bases.get(symbol).time()));
        double barsPerYear = finestBarsPerYear(bases.values());
        return MetricsCalculator.compute(run.equitySummary(), sets, run.fills(), barsPerYear, run.barsInPosition(),
                whipsaw);
    }

    private static Map<String, BarSeries> bases(BacktestRequest req, EngineRun run) {
        Map<String, BarSeries> bases = new HashMap<>();
        for (String s : run.symbols()) bases.put(s, req.data().symbol(s).base());
        return bases;
    }

    private static double finestBarsPerYear(Iterable<BarSeries> series) {
        double max = 0;
        for (BarSeries s : series) max = Math.max(max, s.timeframe().barsPerYear());
        return max;
    }

    /** Counts per category × reason from the triggers' own counts, without reading the events. */
    static List<RunResult.EventCount> eventCountsOf(List<TriggerStats> stats) {
        long[][] counts = new long[Category.values().length][BlockReason.values().length];
        for (TriggerStats t : stats) {
            for (Map.Entry<BlockReason, Long> e : t.events().entrySet()) {
                counts[t.category().ordinal()][e.getKey().ordinal()] += e.getValue();
            }
        }
        return counts(counts);
    }

    /** Counts per category × reason, in the enums' order so outputs are stable. */
    public static List<RunResult.EventCount> eventCounts(List<BlockEvent> events) {
        long[][] counts = new long[Category.values().length][BlockReason.values().length];
        for (BlockEvent e : events) counts[e.category().ordinal()][e.reason().ordinal()]++;
        return counts(counts);
    }

    private static List<RunResult.EventCount> counts(long[][] counts) {
        List<RunResult.EventCount> out = new ArrayList<>();
        for (Category c : Category.values()) {
            for (BlockReason r : BlockReason.values()) {
                long n = counts[c.ordinal()][r.ordinal()];
                if (n > 0) out.add(new RunResult.EventCount(c, r, n));
            }
        }
        return out;
    }

    private static RunInfo info(BacktestRequest req, EngineRun run) {
        List<RunInfo.DataInfo> data = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int bars = 0;
        MarketData md = req.data();
        for (String s : run.symbols()) {
            BarSeries b = md.symbol(s).base();
            data.add(new RunInfo.DataInfo(s, b.timeframe(), b.source(), md.sha256(s).orElse(null), b.size()));
            if (b.size() > 0) {
                first = Math.min(first, b.time()[0]);
                last = Math.max(last, b.time()[b.size() - 1]);
            }
            bars += b.size();
        }
        if (bars == 0) {
            first = 0;
            last = 0;
        }
        return new RunInfo(req.label(), req.plan().planId(), Checksums.sha256(PlanJson.canonical(req.plan())), data,
                req.overrides(), first, last, bars);
    }
}
