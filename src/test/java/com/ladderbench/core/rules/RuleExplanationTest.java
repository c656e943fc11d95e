package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleExplanationTest {

    private static RuleExplanation explain(Fixture f, String rule, int bar) {
        EvalContext ctx = new EvalContext();
        ctx.bar = bar;
        return f.compile(rule).explain(ctx);
    }

    private static String values(RuleExplanation x) {
        return x.readings().stream().map(r -> r.name() + "=" + (r.missing() ? "missing"
                : r.text() != null ? r.text() : Double.isNaN(r.value()) ? "none" : Double.toString(r.value())))
                .collect(Collectors.joining(", "));
    }

    @Test
    void aFalseConjunctionNamesItsFirstFalseOperandAndEveryValueItRead() {
        Fixture f = new Fixture().with("rsi_14", 46.13).with("close", 41250.5).with("ema_medium", 41000);
        RuleExplanation x = explain(f, "close > ema_medium and rsi_14 < 45", 0);
        assertEquals(RuleResult.FALSE, x.result());
        assertEquals(List.of("rsi_14 < 45"), x.deciding());
        assertEquals("close=41250.5, ema_medium=41000.0, rsi_14=46.13", values(x));
    }

    @Test
    void aFalseDisjunctionIsDecidedByEveryOperand() {
        Fixture f = new Fixture().with("rsi_14", 50).with("close", 10);
        RuleExplanation x = explain(f, "rsi_14 < 45 or (close > 20 and rsi_14 > 40)", 0);
        assertEquals(List.of("rsi_14 < 45", "close > 20"), x.deciding());
    }

    @Test
    void aChainIsDecidedByItsFalseLinkAndBetweenByItself() {
        Fixture f = new Fixture().with("rsi_14", 50);
        assertEquals(List.of("rsi_14 < 45"), explain(f, "30 < rsi_14 < 45", 0).deciding());
        assertEquals(List.of("rsi_14 between 20 and 45"),
                explain(f, "rsi_14 between 20 and 45 and true", 0).deciding());
    }

    @Test
    void aTrueRuleHasNoDecidingPartAndAMissingOneNamesTheMissingComparison() {
        Fixture f = new Fixture().with("rsi_14", Double.NaN).with("close", 5);
        RuleExplanation ok = explain(f, "close > 1", 0);
        assertEquals(RuleResult.TRUE, ok.result());
        assertTrue(ok.deciding().isEmpty());
        RuleExplanation missing = explain(f, "close > 1 and rsi_14 < 45", 0);
        assertEquals(RuleResult.MISSING, missing.result());
        assertEquals(List.of("rsi_14 < 45"), missing.deciding());
        assertEquals("close=5.0, rsi_14=missing", values(missing));
    }

    @Test
    void lagsAndPositionAreReadingsOfTheirOwn() {
        Fixture f = new Fixture().with("close", 1, 2);
        EvalContext ctx = new EvalContext();
        ctx.bar = 1;
        ctx.positionSign = 1;
        RuleExplanation x = f.compile("close > close[1] and position == 'long'").explain(ctx);
        assertEquals("close=2.0, close[1]=1.0, position=long", values(x));
    }

    @Test
    void theRenderedRuleMarksOnlyTheDecidingPartAndShowsEachIdentifier() {
        Fixture f = new Fixture().with("rsi_14", 46.13).with("close", 41250.5).with("ema_medium", 41000);
        RuleExplanation x = explain(f, "close > ema_medium and rsi_14 < 45", 0);
        String marked = x.rendered().stream().map(s -> s.deciding() ? "[" + s.text() + "]" : s.text())
                .collect(Collectors.joining());
        assertEquals("close > ema_medium and [rsi_14][ < 45]", marked);
        assertEquals(3, x.rendered().stream().filter(s -> s.reading() != null).count());
    }

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
