package com.ladderbench.core.plan;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.fuzz.FuzzInputs;
import com.ladderbench.model.InvalidInputException;
import java.nio.file.Path;

/**
 * Any bytes given as a plan file load as a plan or are refused with an
 * {@link InvalidInputException} naming the file; no other exception escapes. The plan loader
 * is the one the CLI and workbench use, so rule expressions are checked by the rule language too.
 * Corpus: {@code src/test/resources/com/ladderbench/core/plan/PlanLoaderFuzzTestInputs/}.
 */
class PlanLoaderFuzzTest {
    private static final Path FILE = FuzzInputs.scratchFile("plan.json");
    private static final PlanLoader LOADER = RunInputs.planLoader();

    @FuzzTest(maxDuration = "2m")
    void anyPlanFileLoadsOrIsRefusedAsBadInput(byte[] input) {
        FuzzInputs.write(FILE, input);
        try {
            LoadedPlan plan = LOADER.load(FILE);
            assertNotNull(plan.plan());
        } catch (InvalidInputException e) {
            FuzzInputs.assertReportsFile(e, FILE);
        }
    }
}
