package com.ladderbench.core.engine;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.samples.Samples;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The trend-ladder sample (its plan, data and config) with every price multiplied by a factor:
 * the SHIB-like runs of issue 10 and the price-scale property. The structure of a run is what
 * must not depend on the price scale: which sets, which legs, how many lots, which events.
 */
final class PriceScaleFixture {
    static final RunInputs SAMPLE = load();

    private PriceScaleFixture() {
    }

    private static RunInputs load() {
        try {
            Samples.Sample s = Samples.describe("trend-ladder", Path.of("sample-backtests", "trend-ladder"));
            return RunInputs.load(s.plan(), s.dataSpecs(), s.config());
        } catch (InvalidInputException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Plan plan() {
        return SAMPLE.plan().plan();
    }

    static RunConfig config() {
        return SAMPLE.config();
    }

    static BarSeries scaled(double factor) {
        BarSeries b = SAMPLE.data().symbol("BTC-USD").base();
        return new BarSeries(b.symbol(), b.timeframe(), b.time().clone(), times(b.open(), factor),
                times(b.high(), factor), times(b.low(), factor), times(b.close(), factor), b.volume().clone(),
                b.spreadBps() == null ? null : b.spreadBps().clone(), b.source());
    }

    private static double[] times(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] * factor;
        return out;
    }

    static RunResult run(Plan plan, RunConfig config, double priceFactor) throws InvalidInputException {
        return BacktestRunner.run(BacktestRequest.of("ladder", plan, TestData.marketData(List.of(scaled(priceFactor)),
                plan), config));
    }

    /** Everything about a run that is counted, not priced: sets, sides, legs and their lots, events. */
    static List<String> structure(RunResult r) {
        List<String> out = new ArrayList<>();
        for (TradeSet s : r.tradeSets()) {
            out.add(s.setId() + " " + s.side().wire() + " " + s.openedAt() + ".." + s.closedAt());
            for (TradeLeg l : s.legs()) {
                out.add("  " + l.legId() + " " + l.fillId() + " " + l.side().wire() + " " + l.lots() + " lots at "
                        + l.timestamp() + " by " + l.triggerId() + " (" + l.reason() + ") position "
                        + l.positionAfterLots());
            }
        }
        for (BlockEvent e : r.events()) {
            out.add("event " + e.timestamp() + " " + e.triggerId() + " " + e.reason().wire() + " "
                    + e.preemptedBy());
        }
        return out;
    }

    /** Equal line lists, or a failure naming the first line that differs (the lists run to thousands). */
    static void assertSameLines(List<String> expected, List<String> actual, String what) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                org.junit.jupiter.api.Assertions.fail(what + ": line " + i + " differs:\n  expected "
                        + expected.get(i) + "\n  actual   " + actual.get(i));
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected.size(), actual.size(), what + ": number of lines");
    }

    /** Sets, legs and events without lot counts: for runs whose sizes legitimately differ. */
    static List<String> shape(RunResult r) {
        List<String> out = new ArrayList<>();
        for (String line : structure(r)) out.add(line.replaceAll(" -?\\d+ lots", "").replaceAll(" position -?\\d+", ""));
        return out;
    }
}
