package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * A rule text checked once ({@link RuleCompiler#check}) compiles against each binder as the
 * text itself does: each compiled rule reads its own binder's series.
 */
class CheckedRuleTest {
    private static final String RULE = "close > sma_20 and rsi_14 between 40 and 60";

    private static int at(CompiledRule rule, int bar) {
        EvalContext ctx = new EvalContext();
        ctx.bar = bar;
        return rule.evaluate(ctx);
    }

    @Test
    void oneCheckedRuleCompiledForTwoSymbolsReadsEachSymbolsOwnSeries() throws RuleSyntaxException {
        Fixture first = new Fixture().with("close", 10, 30).with("sma_20", 20, 20).with("rsi_14", 50, 50);
        Fixture second = new Fixture().with("close", 30, 10).with("sma_20", 20, 20).with("rsi_14", 50, 70);
        RuleCompiler.CheckedRule checked = RuleCompiler.check(RULE);
        CompiledRule a = RuleCompiler.compile(checked, first);
        CompiledRule b = RuleCompiler.compile(checked, second);
        assertEquals(RuleResult.FALSE, at(a, 0));
        assertEquals(RuleResult.TRUE, at(a, 1));
        assertEquals(RuleResult.TRUE, at(b, 0));
        assertEquals(RuleResult.FALSE, at(b, 1));
        assertEquals(RULE, a.source());
        assertEquals(RULE, checked.source());
        assertEquals(RuleCompiler.compile(RULE, first).references(), a.references());
        assertEquals(first.compile(RULE).explain(new EvalContext()).toString(),
                a.explain(new EvalContext()).toString());
    }

    @Test
    void checkingReportsTheErrorCompilingTheTextReports() {
        for (String bad : new String[] {"close >", "close > sma_20 and 3", "nonsense_99 > 1"}) {
            RuleSyntaxException byCheck = assertThrows(RuleSyntaxException.class, () -> RuleCompiler.check(bad));
            RuleSyntaxException byCompile = assertThrows(RuleSyntaxException.class,
                    () -> RuleCompiler.compile(bad, new Fixture()));
            assertEquals(byCompile.getMessage(), byCheck.getMessage(), bad);
        }
    }

    @Test
    void aCheckedRuleNeedsABinder() throws RuleSyntaxException {
        RuleCompiler.CheckedRule checked = RuleCompiler.check("close > 1");
        assertThrows(IllegalArgumentException.class, () -> RuleCompiler.compile(checked, null));
    }

    @Test
    void aRuleTextWithoutABinderIsRefusedBeforeItIsParsed() {
        // the missing binder is the caller's error, whatever the text: not reported as the rule's
        assertThrows(IllegalArgumentException.class, () -> RuleCompiler.compile("close >", null));
    }
}
