package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * On random well-typed rules (every shape the language has) over random series with NaNs, repeats,
 * a higher-timeframe index map and more bars than a cursor's block: the fused form and a run's
 * cursor give the tree interpreter's result at every bar, in order and out of order.
 */
class FusedRulePropertiesTest {
    private static final int BARS = RuleCursor.BLOCK * 2 + 45;

    @Property(tries = 300)
    void fusedFormAndCursorAgreeWithTheTreeAtEveryBar(@ForAll long seed) {
        Random random = new Random(seed);
        RandomRule.Gen rule = new RandomRule(random, RuleFuzzTest.Data.random(random)).condition(0);
        CompiledRule compiled = compile(rule.source(), series(random));
        RuleCursor inOrder = compiled.cursor();
        RuleCursor outOfOrder = compiled.cursor();
        EvalContext ctx = new EvalContext();
        for (int bar = -2; bar <= BARS + 2; bar++) {
            check(compiled, inOrder, at(ctx, bar, random));
        }
        for (int k = 0; k < 60; k++) {
            check(compiled, outOfOrder, at(ctx, random.nextInt(BARS + 8) - 4, random));
        }
    }

    private static void check(CompiledRule compiled, RuleCursor cursor, EvalContext ctx) {
        String tree = RuleResult.name(compiled.evaluateByTree(ctx));
        assertEquals(tree, RuleResult.name(compiled.evaluate(ctx)), () -> compiled + " fused at bar " + ctx.bar);
        assertEquals(tree, RuleResult.name(cursor.evaluate(ctx)), () -> compiled + " cursor at bar " + ctx.bar);
    }

    private static EvalContext at(EvalContext ctx, int bar, Random random) {
        ctx.bar = bar;
        ctx.positionSign = random.nextInt(3) - 1;
        ctx.barsInPosition = random.nextInt(6);
        ctx.unrealizedPnlPct = random.nextInt(5) == 0 ? Double.NaN : random.nextInt(7) - 3;
        return ctx;
    }

    private static CompiledRule compile(String source, SeriesBinder binder) {
        try {
            return RuleCompiler.compile(source, binder);
        } catch (RuleSyntaxException e) {
            throw new AssertionError("a generated rule must compile: " + source, e);
        }
    }

    /** Small whole values (so that equal values are common), NaN warm-ups and gaps, a 4h map with a lead of -1s. */
    private static SeriesBinder series(Random random) {
        double[][] own = new double[3][BARS];
        for (double[] values : own) {
            int warmUp = random.nextInt(12);
            for (int i = 0; i < BARS; i++) {
                values[i] = i < warmUp || random.nextInt(15) == 0 ? Double.NaN : random.nextInt(5) - 2;
            }
        }
        double[] h4 = new double[BARS / 4];
        for (int i = 0; i < h4.length; i++) h4[i] = random.nextInt(6) == 0 ? Double.NaN : random.nextInt(5) - 2;
        int[] map = new int[BARS];
        for (int i = 0; i < BARS; i++) map[i] = i / 4 - 1;
        return ref -> {
            if (ref.timeframe() != null) return new SeriesColumn(h4, map);
            switch (ref.spec().kind()) {
                case CLOSE: return new SeriesColumn(own[0], null);
                case OPEN: return new SeriesColumn(own[1], null);
                default: return new SeriesColumn(own[2], null);
            }
        };
    }
}
