package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded random rules checked against the compiled rule. A class of its own so that the mutation run can
 * leave it out (see pom.xml); RuleExplanationTest pins each explanation rule on a small rule.
 */
class RuleExplanationAgreementTest {

    /**
     * On random well-typed rules at every bar: the explanation's result is the compiled rule's, the
     * rendered rule means the same (same result when compiled again), and every deciding part of a
     * false rule is itself false.
     */
    @Test
    void explanationsAgreeWithTheCompiledRuleOnRandomRules() {
        Random random = new Random(99L);
        int deciding = 0;
        for (int i = 0; i < 1500; i++) {
            RuleFuzzTest.Data data = RuleFuzzTest.Data.random(random);
            String source = new RandomRule(random, data).condition(0).source();
            CompiledRule rule = compile(source, data);
            EvalContext ctx = new EvalContext();
            for (int bar = 0; bar < 12; bar++) {
                ctx.bar = bar;
                ctx.positionSign = random.nextInt(3) - 1;
                ctx.barsInPosition = random.nextInt(6);
                ctx.unrealizedPnlPct = random.nextInt(5) == 0 ? Double.NaN : random.nextInt(7) - 3;
                RuleExplanation x = rule.explain(ctx);
                int expected = rule.evaluate(ctx);
                assertEquals(expected, x.result(), source);
                String printed = x.rendered().stream().map(RuleExplanation.Segment::text).collect(Collectors.joining());
                assertEquals(expected, compile(printed, data).evaluate(ctx), source + " printed as " + printed);
                if (expected == RuleResult.FALSE) {
                    assertTrue(!x.deciding().isEmpty(), source);
                    for (String part : x.deciding()) {
                        assertEquals(RuleResult.FALSE, compile(part, data).evaluate(ctx), source + ": " + part);
                        deciding++;
                    }
                }
            }
        }
        assertTrue(deciding > 1000, "enough false rules were explained: " + deciding);
    }

    private static CompiledRule compile(String source, SeriesBinder binder) {
        try {
            return RuleCompiler.compile(source, binder);
        } catch (RuleSyntaxException e) {
            return fail("does not compile: " + source + " -> " + e.getMessage());
        }
    }
}
