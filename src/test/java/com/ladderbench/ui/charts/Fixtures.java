package com.ladderbench.ui.charts;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.compare.BaselineMode;
import com.ladderbench.core.compare.Comparison;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.core.samples.Samples;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.ui.WorkbenchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Real results for UI tests: the bundled sample run through the core, computed once per test JVM. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Ladder and baseline of the default sample (plan, its config and its BTC 1h data). */
    public static WorkbenchResult sample() {
        return Holder.SAMPLE;
    }

    private static final class Holder {
        static final WorkbenchResult SAMPLE = load();

        private static WorkbenchResult load() {
            try {
                Samples.Sample s = Samples.defaultSample();
                RunInputs in = RunInputs.load(s.plan(), s.dataSpecs(), s.config());
                ComparisonResult c = Comparison.run(in.plan().plan(), in.data(), in.config(), BaselineMode.EMERGENCY,
                        List.of(), RunMonitor.NONE);
                return new WorkbenchResult(c.sides(), in.plan().plan(), in.data(), s.plan().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidInputException e) {
                throw new IllegalStateException(e.problems().toString(), e);
            }
        }
    }

}
