package com.ladderbench.ui;

import com.ladderbench.core.analysis.MetricsCalculator;
import com.ladderbench.core.analysis.Whipsaw;
import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.compare.BaselineMode;
import com.ladderbench.core.compare.Comparison;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.ledger.FillsCsvReader;
import com.ladderbench.core.ledger.Ledger;
import com.ladderbench.core.ledger.LotSize;
import com.ladderbench.core.plan.LoadedPlan;
import com.ladderbench.core.report.RunReader;
import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.Fill;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunInfo;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.TradeSet;
import java.nio.file.Path;
import java.util.List;

/** The jobs the workbench runs. Each only drives the core: loading, running and booking are done there. */
public final class RunJobs {
    /** The side name of an imported fills file. */
    public static final String FILLS = "fills";

    private RunJobs() {
    }

    /** What to run: a plan file re-read at run time (so edits on disk count), or a plan already validated. */
    public record PlanSource(Path file, LoadedPlan loaded, String name) {
        public static PlanSource file(Path file) {
            return new PlanSource(file, null, file.toString());
        }

        public static PlanSource loaded(LoadedPlan plan, String name) {
            return new PlanSource(null, plan, name);
        }

        RunInputs inputs(List<String> data) throws InvalidInputException {
            LoadedPlan plan = loaded != null ? loaded : RunInputs.planLoader().load(file);
            // the config comes from the property sheet, so no config file is read here
            return RunInputs.withPlan(plan, name, data, null);
        }
    }

    /** Ladder against baseline on the same data and config. */
    public static RunJob compare(PlanSource plan, List<String> data, RunConfig config, BaselineMode mode) {
        List<String> specs = List.copyOf(data);
        return monitor -> {
            RunInputs in = plan.inputs(specs);
            ComparisonResult c = Comparison.run(in.plan().plan(), in.data(), config, mode, List.of(), monitor);
            return new WorkbenchResult(c.sides(), in.plan().plan(), in.data(), plan.name());
        };
    }

    /** The plan alone, as written. */
    public static RunJob single(PlanSource plan, List<String> data, RunConfig config) {
        List<String> specs = List.copyOf(data);
        return monitor -> {
            RunInputs in = plan.inputs(specs);
            RunResult r = BacktestRunner.run(BacktestRequest.of(Comparison.LADDER, in.plan().plan(), in.data(),
                    config), monitor);
            return new WorkbenchResult(List.of(new ComparisonResult.Side(Comparison.LADDER, r)), in.plan().plan(),
                    in.data(), plan.name());
        };
    }

    /**
     * A real account's fills booked by the ledger. There is no market data to mark open positions,
     * so the equity curve steps with realized P&L net of fees at each fill.
     */
    public static RunJob fills(Path file, RunConfig config) {
        return monitor -> {
            List<Fill> fills = FillsCsvReader.read(file, new LotSize(config.lotSize()));
            Ledger ledger = new Ledger(new LotSize(config.lotSize()));
            long[] time = new long[fills.size()];
            double[] equity = new double[fills.size()];
            for (int i = 0; i < fills.size(); i++) {
                try {
                    ledger.apply(fills.get(i));
                } catch (IllegalArgumentException e) {
                    // the reader checks lines; what the books still refuse is reported at the fill
                    throw InvalidInputException.of(file.toString(), "fill " + fills.get(i).fillId(), e.getMessage());
                }
                time[i] = fills.get(i).timestamp();
                equity[i] = config.initialCash() + ledger.realizedPnl() - ledger.fees();
                if (i % 4096 == 0) monitor.progress((double) i / fills.size());
            }
            List<TradeSet> sets = ledger.tradeSets();
            EquityCurve curve = new EquityCurve(time, equity);
            Metrics metrics = MetricsCalculator.compute(config.initialCash(), curve, sets, fills, 1.0, 0,
                    Whipsaw.NONE);
            long first = fills.isEmpty() ? 0 : fills.get(0).timestamp();
            long last = fills.isEmpty() ? 0 : fills.get(fills.size() - 1).timestamp();
            RunInfo info = new RunInfo(FILLS, null, "", List.of(), List.of(), first, last, 0);
            RunResult r = new RunResult(info, null, config, metrics, sets, fills, List.of(), List.of(), curve);
            return new WorkbenchResult(List.of(new ComparisonResult.Side(FILLS, r)), null, null, file.toString());
        };
    }

    /**
     * A saved run or comparison directory, read back; its market data is loaded again when the
     * files it names are unchanged, so the price chart, variants and sweeps work on it too.
     */
    public static RunJob openRun(Path dir) {
        return monitor -> saved(dir);
    }

    /** The result a saved directory holds; {@code plan} replaces the one it recorded when given. */
    public static WorkbenchResult saved(Path dir) throws InvalidInputException {
        List<ComparisonResult.Side> sides = RunReader.read(dir);
        MarketData data = RunInputs.reloadData(sides.stream().map(ComparisonResult.Side::result).toList())
                .orElse(null);
        return new WorkbenchResult(sides, sides.get(0).result().plan(), data, dir.toString());
    }
}
