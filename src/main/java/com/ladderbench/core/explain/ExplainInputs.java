package com.ladderbench.core.explain;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.compare.BaselineMode;
import com.ladderbench.core.compare.Comparison;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.report.RunReader;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import java.nio.file.Path;
import java.util.List;

/**
 * What a trace re-runs: one side's plan (as run: after the baseline transform or a variant's
 * overrides), its config and its market data.
 *
 * @param side ladder, baseline or a variant's name
 */
public record ExplainInputs(String side, Plan plan, MarketData data, RunConfig config) {

    /**
     * One side of a saved run or comparison directory: the plan and config it recorded, and the
     * data files it names, loaded again when they are unchanged (same checksum).
     *
     * @param side null for the directory's only side, or the ladder of a comparison
     */
    public static ExplainInputs fromRun(Path dir, String side) throws InvalidInputException {
        List<ComparisonResult.Side> sides = RunReader.read(dir);
        ComparisonResult.Side chosen = null;
        for (ComparisonResult.Side s : sides) {
            if (side == null ? s.name().equals(Comparison.LADDER) || sides.size() == 1 : s.name().equals(side)) {
                chosen = s;
                break;
            }
        }
        if (chosen == null) {
            throw InvalidInputException.of(dir.toString(), "--side", "no side '" + (side == null ? "ladder" : side)
                    + "' here; the sides are " + String.join(", ", sides.stream().map(ComparisonResult.Side::name)
                    .toList()));
        }
        RunResult r = chosen.result();
        if (r.plan() == null) {
            throw InvalidInputException.of(dir.toString(), null,
                    "this directory holds imported fills, not a backtest: there is no decision to explain");
        }
        MarketData data = RunInputs.reloadData(List.of(r)).orElseThrow(() -> InvalidInputException.of(
                dir.toString(), "run.data", "the data files this run names are missing or changed since it ran"
                        + " (checksum); pass --plan, --data and --config to explain against the files as they are"));
        return new ExplainInputs(chosen.name(), r.plan(), data, r.config());
    }

    /**
     * A plan, data and config given directly; {@code side} ladder (null), or baseline with the
     * given baseline mode. Variants need overrides a command line of files does not carry.
     */
    public static ExplainInputs fromFiles(RunInputs in, String side, BaselineMode baseline)
            throws InvalidInputException {
        if (side == null || side.equals(Comparison.LADDER)) {
            return new ExplainInputs(Comparison.LADDER, in.plan().plan(), in.data(), in.config());
        }
        if (side.equals(Comparison.BASELINE)) {
            return new ExplainInputs(Comparison.BASELINE, baseline.apply(in.plan().plan()), in.data(), in.config());
        }
        throw InvalidInputException.of(null, "--side", "with --plan only ladder or baseline can be explained; '"
                + side + "' is a variant: explain it from its comparison directory with --run");
    }
}
