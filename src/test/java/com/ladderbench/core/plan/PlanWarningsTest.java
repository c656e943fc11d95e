package com.ladderbench.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §2.1: plans that load but would quietly do something other than their author meant get warnings. */
class PlanWarningsTest {
    private static final String VALID = Fixtures.text("valid-plan.json");
    private final PlanLoader loader = new PlanLoader(ExpressionChecker.NONE);

    private List<String> warningsAfter(String edits) throws Exception {
        List<Problem> w = loader.parse(JsonEdits.apply(VALID, edits), "plan.json").warnings();
        assertTrue(w.stream().allMatch(Problem::isWarning), w.toString());
        return w.stream().map(Problem::renderTagged).toList();
    }

    private static final String EXIT_WITHOUT_CATEGORY = "warning: plan.json: triggers[4].category: absent: this exit trigger"
            + " runs as a normal exit (category other); if it is a de-risk step, name it risk_reduce, risk_off or emergency_exit";

    @Test
    void anExitTriggerWithoutCategoryIsWarnedAbout() throws Exception {
        assertEquals(List.of(EXIT_WITHOUT_CATEGORY),
                warningsAfter("triggers[4].direction = \"exit\"; triggers[4].entry_rule -; triggers[4].exit_rule = \"close < 1\""));
    }

    @Test
    void aNullCategoryIsAbsentAndWarnedAboutToo() throws Exception {
        assertEquals(List.of(EXIT_WITHOUT_CATEGORY), warningsAfter("triggers[4].direction = \"exit\"; "
                + "triggers[4].entry_rule -; triggers[4].exit_rule = \"close < 1\"; triggers[4].category = null"));
    }

    @Test
    void anExitTriggerNamingCategoryOtherIsWhatItsAuthorMeant() throws Exception {
        assertEquals(List.of(), warningsAfter("triggers[4].direction = \"exit\"; triggers[4].entry_rule -; "
                + "triggers[4].exit_rule = \"close < 1\"; triggers[4].category = \"other\""));
    }

    @Test
    void anEntryTriggerWithoutCategoryIsNotWarnedAbout() throws Exception {
        assertEquals(List.of(), warningsAfter("triggers[0].category -"));
    }

    @Test
    void aRiskReduceWithoutExitFractionIsWarnedAbout() throws Exception {
        assertEquals(List.of("warning: plan.json: triggers[5].exit_fraction: absent: this risk_reduce closes the whole"
                + " position; give an exit_fraction (0.25 to 0.5 is typical) to trim it"),
                warningsAfter("triggers[5].exit_fraction -"));
    }

    @Test
    void aRiskReduceWithExitFractionOneMeansItOnPurpose() throws Exception {
        assertEquals(List.of(), warningsAfter("triggers[5].exit_fraction = 1"));
    }

    @Test
    void aSymbolEnteredWithoutASizingRuleIsWarnedAboutOnceAtItsFirstEntryTrigger() throws Exception {
        assertEquals(List.of("warning: plan.json: triggers[0].symbol: no sizing rule for 'BTC-USD': its entries use the"
                + " default, fixed_fraction with target_risk_pct 1; add a sizing_rules entry to choose"),
                warningsAfter("sizing_rules[0] -"));
    }

    @Test
    void aSymbolOnlyExitedNeedsNoSizingRule() throws Exception {
        // without the ETH short and ETH's sizing rule, ETH-USD keeps only its risk_reduce trigger
        assertEquals(List.of(), warningsAfter("triggers[3] -; sizing_rules[1] -"));
    }

    @Test
    void theSizingWarningSitsAtTheSymbolsFirstEntryTriggerWhereverItIs() throws Exception {
        List<String> w = warningsAfter("sizing_rules[0] -; triggers[0].symbol = \"SOL-USD\"; triggers[1].symbol = \"SOL-USD\"");
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("warning: plan.json: triggers[2].symbol: no sizing rule for 'BTC-USD'"), w.get(0));
    }
}
