package com.ladderbench.core.backtest;

import com.ladderbench.core.data.DataSpec;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.MarketDataLoader;
import com.ladderbench.core.plan.ExpressionChecker;
import com.ladderbench.core.plan.LoadedPlan;
import com.ladderbench.core.plan.PlanDataCheck;
import com.ladderbench.core.plan.PlanLoader;
import com.ladderbench.core.plan.RunConfigLoader;
import com.ladderbench.core.io.Checksums;
import com.ladderbench.core.rules.RuleChecker;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunInfo;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Timeframe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads what a run needs — plan, market data, run configuration — and checks them against each
 * other. The CLI and the workbench both load through here, so both report the same problems.
 *
 * @param planFile the plan's path as the user gave it, or null for pasted text
 */
public record RunInputs(LoadedPlan plan, MarketData data, RunConfig config, String planFile) {

    /** Rule expressions in plans are checked by the rule language itself. */
    public static final ExpressionChecker RULES = source -> RuleChecker.check(source).stream()
            .map(e -> new ExpressionChecker.ExpressionError(e.column(), e.message()))
            .toList();

    public static PlanLoader planLoader() {
        return new PlanLoader(RULES);
    }

    /** @param configFile null for the defaults */
    public static RunInputs load(Path planFile, List<String> dataSpecs, Path configFile)
            throws InvalidInputException {
        LoadedPlan plan = planLoader().load(planFile);
        return withPlan(plan, planFile.toString(), dataSpecs, configFile);
    }

    /**
     * For a plan already loaded (e.g. pasted in the workbench). The returned plan's warnings add
     * those that need the data ({@link WarmUpCheck}) to the plan's own.
     */
    public static RunInputs withPlan(LoadedPlan plan, String planName, List<String> dataSpecs, Path configFile)
            throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        List<DataSpec> specs = new ArrayList<>();
        for (String s : dataSpecs) {
            try {
                specs.add(DataSpec.parse(s));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        RunConfig config = RunConfig.defaults();
        if (configFile != null) {
            try {
                config = RunConfigLoader.load(configFile);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (specs.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(null, "--data", "no market data given; pass SYMBOL:TIMEFRAME=path or a file"
                    + " named SYMBOL_TIMEFRAME.csv"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        MarketData data = loadData(plan, planName, specs);
        List<Problem> dataWarnings = WarmUpCheck.warnings(plan.plan(), planName, data);
        if (!dataWarnings.isEmpty()) {
            List<Problem> all = new ArrayList<>(plan.warnings());
            all.addAll(dataWarnings);
            plan = new LoadedPlan(plan.plan(), all);
        }
        return new RunInputs(plan, data, config, planName);
    }

    /** Loads the data a plan needs and checks that it covers every trigger's symbol and timeframe. */
    public static MarketData loadData(LoadedPlan plan, String planName, List<DataSpec> specs)
            throws InvalidInputException {
        Map<String, Timeframe> bases = new TreeMap<>();
        for (DataSpec s : specs) bases.merge(s.symbol(), s.timeframe(), (a, b) -> a.isFinerThan(b) ? a : b);
        List<Problem> problems = PlanDataCheck.check(plan.plan(), planName, bases);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return MarketDataLoader.load(specs, PlanRequirements.timeframes(plan.plan()));
    }

    /**
     * The market data a saved run was made from, loaded again from the files its run info names,
     * when every file is still there with the same checksum; empty otherwise (moved, edited or
     * generated data), so a saved result is never shown against different bars.
     */
    public static java.util.Optional<MarketData> reloadData(List<RunResult> runs) {
        if (runs.isEmpty() || runs.get(0).plan() == null) return java.util.Optional.empty();
        List<DataSpec> specs = new ArrayList<>();
        try {
            for (RunInfo.DataInfo d : runs.get(0).info().data()) {
                Path p = Path.of(d.source());
                if (d.sha256() == null || !Files.isRegularFile(p) || !d.sha256().equals(Checksums.sha256(p))) {
                    return java.util.Optional.empty();
                }
                specs.add(new DataSpec(d.symbol(), d.timeframe(), p));
            }
            Map<String, java.util.Set<Timeframe>> needed = new TreeMap<>();
            for (RunResult r : runs) {
                if (r.plan() == null) continue;
                PlanRequirements.timeframes(r.plan()).forEach((sym, tfs) ->
                        needed.computeIfAbsent(sym, k -> java.util.EnumSet.noneOf(Timeframe.class)).addAll(tfs));
            }
            return java.util.Optional.of(MarketDataLoader.load(specs, needed));
        } catch (IOException | InvalidInputException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
