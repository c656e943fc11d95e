package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.compare.BaselineMode;
import com.ladderbench.core.compare.Comparison;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.core.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each sample's README quotes the ladder-vs-baseline table that {@code compare} prints today:
 * the numbers are generated, never typed, and a change to the engine that moves them shows up
 * here until {@code sample-backtests/update-readmes.sh} is run again.
 */
class SampleReadmesTest {

    @TestFactory
    Stream<DynamicTest> everySampleReadmeQuotesTheCurrentComparison() {
        return Samples.ALL.stream().map(name ->
                DynamicTest.dynamicTest(name, () -> {
                    Samples.Sample s = Samples.describe(name, Path.of("sample-backtests", name));
                    RunInputs in = RunInputs.load(s.plan(), s.dataSpecs(), s.config());
                    ComparisonResult c = Comparison.run(in.plan().plan(), in.data(), in.config(),
                            BaselineMode.EMERGENCY, List.of(), RunMonitor.NONE);
                    String readme = Files.readString(s.dir().resolve("README.md"));
                    String table = ComparisonTable.render(c).strip();
                    assertTrue(readme.contains(table), name + "/README.md is stale; run sample-backtests/update-readmes.sh."
                            + " Expected:\n" + table);
                    String triggers = TriggerStatsTable.render(c).strip();
                    assertTrue(readme.contains(triggers), name + "/README.md's trigger tables are stale; run"
                            + " sample-backtests/update-readmes.sh. Expected:\n" + triggers);
                }));
    }
}
