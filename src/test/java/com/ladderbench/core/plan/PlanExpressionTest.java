package com.ladderbench.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule expressions go through the injected checker; its errors come back at the field's path with their column. */
class PlanExpressionTest {

    @Test
    void expressionErrorBecomesProblemAtFieldPathWithColumn() {
        PlanLoader loader = new PlanLoader(new FakeExpressionChecker("rsi14"));
        String json = JsonEdits.apply(Fixtures.text("valid-plan.json"), "triggers[3].exit_rule = \"close > 1 or rsi14 > 70\"");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.parse(json, "plan.json"));
        assertEquals(List.of(new Problem("plan.json", "triggers[3].exit_rule", "col 14: unknown identifier 'rsi14'")),
                e.problems());
        assertEquals("plan.json: triggers[3].exit_rule: col 14: unknown identifier 'rsi14'", e.problems().get(0).render());
    }

    @Test
    void everyRuleFieldIsCheckedAndEveryErrorReportedInDocumentOrder() {
        PlanLoader loader = new PlanLoader(new FakeExpressionChecker("rsi14", "volumee"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> loader.load(Fixtures.path("bad-expressions.json")));
        String file = Fixtures.path("bad-expressions.json").toString();
        assertEquals(List.of(
                new Problem(file, "triggers[0].exit_rule", "col 14: unknown identifier 'rsi14'"),
                new Problem(file, "triggers[0].hold_rule", "col 1: unknown identifier 'rsi14'"),
                new Problem(file, "triggers[0].hold_rule", "col 16: unknown identifier 'volumee'"),
                new Problem(file, "risk_off.regime_rule", "col 31: unknown identifier 'volumee'")), e.problems());
    }

    @Test
    void ignoredEntryRuleOnExitOnlyTriggerIsNotChecked() {
        FakeExpressionChecker checker = new FakeExpressionChecker("rsi14", "volumee");
        PlanLoader loader = new PlanLoader(checker);
        assertThrows(InvalidInputException.class, () -> loader.load(Fixtures.path("bad-expressions.json")));
        assertFalse(checker.seen().contains("rsi14 > 99"), "the risk_reduce trigger's entry_rule is ignored");
        assertEquals(List.of("close > ema_medium", "close > 1 or rsi14 > 70", "rsi14 > 50 and volumee > 0",
                "rsi_14 < 45", "realized_vol_medium > 0.8 and volumee > 2"), checker.seen());
    }

    @Test
    void validPlanPassesAFakeCheckerThatKnowsNoBadWords() throws Exception {
        FakeExpressionChecker checker = new FakeExpressionChecker("rsi14");
        LoadedPlan loaded = new PlanLoader(checker).load(Fixtures.path("valid-plan.json"));
        assertEquals(9, loaded.plan().triggers().size());
        // 9 exit rules, 5 entry rules, 1 hold rule, the risk_off regime rule
        assertEquals(16, checker.seen().size());
    }
}
