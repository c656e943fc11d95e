package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * A bar a cursor leaves unmarked has a FALSE rule in every position state; a bar where the rule
     * is TRUE or MISSING in some state is marked; a rule whose FALSE part decides nothing marks every
     * bar; on a clock, bars without an own bar are never marked. And the marked blocks are the ones
     * evaluate then reads: the results stay the tree's.
     */
    @Property(tries = 300)
    void aCursorMarksEveryBarWhereTheRuleMayBeOtherThanFalse(@ForAll long seed) {
        Random random = new Random(seed);
        RandomRule.Gen rule = new RandomRule(random, RuleFuzzTest.Data.random(random)).condition(0);
        CompiledRule compiled = compile(rule.source(), series(random));
        RuleCursor cursor = compiled.cursor();
        RuleCursor clocked = compiled.cursor();
        int[] clock = new int[BARS];
        for (int i = 0; i < BARS; i++) clock[i] = i % 3 == 0 ? -1 : i / 2;
        long[] marks = new long[RuleCursor.BLOCK];
        long[] clockMarks = new long[RuleCursor.BLOCK];
        EvalContext ctx = new EvalContext();
        for (int first = 0; first < BARS; first += RuleCursor.BLOCK) {
            int count = Math.min(RuleCursor.BLOCK, BARS - first);
            java.util.Arrays.fill(marks, 0);
            java.util.Arrays.fill(clockMarks, 0);
            marks[0] = 4; // marks or bits in: others stay
            cursor.markLive(first, count, marks, 2);
            clocked.markLive(first, count, clock, clockMarks, 1L << 40);
            assertEquals(4, marks[0] & 4, "the other bits stay");
            for (int k = 0; k < count; k++) {
                int bar = first + k;
                boolean otherThanFalse = false;
                for (int sign = -1; sign <= 1; sign++) {
                    for (int held = 0; held < 3; held++) {
                        at(ctx, bar, random);
                        ctx.positionSign = sign;
                        ctx.barsInPosition = held;
                        int tree = compiled.evaluateByTree(ctx);
                        otherThanFalse |= tree != RuleResult.FALSE;
                        check(compiled, cursor, ctx);
                    }
                }
                boolean marked = (marks[k] & 2) != 0;
                if (!cursor.falseWhereBlockFalse()) {
                    assertTrue(marked, () -> compiled + " decided per bar: every bar marked, bar " + bar);
                } else if (otherThanFalse) {
                    assertTrue(marked, () -> compiled + " may be other than FALSE at bar " + bar);
                }
                if (!marked) assertFalse(otherThanFalse, () -> compiled + " unmarked at bar " + bar);
                long clockMark = clockMarks[k];
                if (clock[bar] < 0) {
                    assertEquals(0, clockMark, "no own bar completes at " + bar);
                } else {
                    assertTrue(clockMark == 0 || clockMark == 1L << 40);
                    assertEquals(marksAt(compiled, clock[bar]), clockMark != 0, () -> compiled + " own bar of " + bar);
                }
            }
        }
    }

    /** Whether a fresh cursor marks {@code bar} (a block of one). */
    private static boolean marksAt(CompiledRule compiled, int bar) {
        long[] one = new long[1];
        compiled.cursor().markLive(bar, 1, one, 1);
        return one[0] != 0;
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

    /**
     * Small whole values (so that equal values are common), NaN warm-ups (up to more than a word of
     * bars), gaps in two series of three (the third is NaN-free after its warm-up, so its blocks are
     * read without the NaN test), a 4h map with a lead of -1s.
     */
    private static SeriesBinder series(Random random) {
        double[][] own = new double[3][BARS];
        for (double[] values : own) {
            int warmUp = random.nextInt(80);
            boolean gaps = random.nextInt(3) > 0;
            for (int i = 0; i < BARS; i++) {
                values[i] = i < warmUp || gaps && random.nextInt(15) == 0 ? Double.NaN : random.nextInt(5) - 2;
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
