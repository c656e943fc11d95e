package com.ladderbench.core.rules;

import static com.ladderbench.core.rules.RuleResult.FALSE;
import static com.ladderbench.core.rules.RuleResult.MISSING;
import static com.ladderbench.core.rules.RuleResult.TRUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fused form of a rule ({@link CompiledRule#evaluate}) and a run's cursor over it give the tree
 * interpreter's result at every bar, and the common shapes do get their fused term.
 */
class FusedRuleTest {
    private static final double NAN = Double.NaN;

    /** Results at bars {@code from..to}, after checking the fused form, a fresh cursor and the tree agree at each. */
    private static List<Integer> agreed(Fixture f, String rule, int from, int to) {
        CompiledRule compiled = f.compile(rule);
        RuleCursor cursor = compiled.cursor();
        EvalContext ctx = new EvalContext();
        List<Integer> out = new ArrayList<>();
        for (long b = from; b <= to; b++) { // a long: the last int bar is a case
            int bar = (int) b;
            ctx.bar = bar;
            int tree = compiled.evaluateByTree(ctx);
            assertEquals(RuleResult.name(tree), RuleResult.name(compiled.evaluate(ctx)), rule + " fused, bar " + bar);
            assertEquals(RuleResult.name(tree), RuleResult.name(cursor.evaluate(ctx)), rule + " cursor, bar " + bar);
            out.add(tree);
        }
        return out;
    }

    private static int at(Fixture f, String rule, int bar) {
        return agreed(f, rule, bar, bar).get(0);
    }

    private static String shape(Fixture f, String rule) {
        return f.compile(rule).fusedShape();
    }

    private static int result(String name) {
        switch (name) {
            case "T": return TRUE;
            case "F": return FALSE;
            default: return MISSING;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "rsi_14 > 75 # series>constant",
        "75 < rsi_14 # series>constant",
        "75 >= rsi_14 # series<=constant",
        "rsi_14 != 75 # series!=constant",
        "rsi_14 == 75 # series==constant",
        "roc_short < -1 # series<constant",
        "close > 2 * 3 - 1 # series>constant",
        "macd_hist[1] >= 0 # series>=constant",
        "tf_4h_close > 1 # series>constant",
        "close > ema_medium # series>series",
        "close > donchian_upper_short[1] # series>series",
        "rsi_14 between 45 and 70 # series in range",
        "close > ema_medium and rsi_14 between 45 and 70 # and(series>series, series in range)",
        "rsi_14 > 75 or roc_short < -1 # or(series>constant, series<constant)",
        "close > 1 and (open > 2 and rsi_14 > 3) # and(series>constant, series>constant, series>constant)",
        "1 < close < 3 and open > 0 # and(series>constant, series<constant, series>constant)",
        "close > 1 or (open > 2 and rsi_14 > 3) # or(series>constant, and(series>constant, series>constant))",
        "not (close > ema_medium) # series<=series",
        "not (rsi_14 < 30) # series>=constant",
        "not is_short # position!=-1",
        "is_flat # position==0",
        "not (close > none) # not(compare(series>none))",
        "close < close[1] * 0.97 # compare(series<(series*0.97))",
        "-close < 1 # compare(-series<1.0)",
        "bars_in_position > 3 # compare(bars_in_position>3.0)",
        "unrealized_pnl_pct <= 1 # compare(unrealized_pnl_pct<=1.0)",
        "close between none and 3 # between(series, none, 3.0)",
        "close between open and 3 # between(series, series, 3.0)",
        "(close > 1) == (open > 1) # (series>constant)==(series>constant)",
        "(close > 1) != (open > 1) # (series>constant)!=(series>constant)",
        "(close > 1) != none # (series>constant)==none",
        "true and not false # and(true, not(false))",
    })
    void commonShapesGetTheirFusedTerm(String rule, String shape) {
        Fixture f = new Fixture().with("close", 1).with("open", 1).with("rsi_14", 1).with("roc_short", 1)
                .with("ema_medium", 1).with("macd_hist", 1).with("donchian_upper_short", 1)
                .mapped("tf_4h_close", new double[] {1}, new int[] {0});
        assertEquals(shape, shape(f, rule));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '#', value = {
        "rsi_14 > 70 # 70 # F", "rsi_14 > 70 # 70.5 # T",
        "rsi_14 >= 70 # 70 # T", "rsi_14 >= 70 # 69.5 # F",
        "rsi_14 < 70 # 70 # F", "rsi_14 < 70 # 69.5 # T",
        "rsi_14 <= 70 # 70 # T", "rsi_14 <= 70 # 70.5 # F",
        "rsi_14 == 70 # 70 # T", "rsi_14 == 70 # 70.5 # F",
        "rsi_14 != 70 # 70 # F", "rsi_14 != 70 # 69.5 # T",
        "70 < rsi_14 # 70 # F", "70 < rsi_14 # 70.5 # T",
        "70 <= rsi_14 # 70 # T", "70 <= rsi_14 # 69.5 # F",
        "70 > rsi_14 # 70 # F", "70 > rsi_14 # 69.5 # T",
        "70 >= rsi_14 # 70 # T", "70 >= rsi_14 # 70.5 # F",
        "not (rsi_14 > 70) # 70 # T", "not (rsi_14 > 70) # 70.5 # F",
        "not (rsi_14 >= 70) # 70 # F", "not (rsi_14 == 70) # 70 # F", "not (rsi_14 != 70) # 70 # T",
        "rsi_14 == 0 # -0.0 # T", "rsi_14 != 0 # -0.0 # F", "rsi_14 < 0 # -0.0 # F",
        "rsi_14 between 45 and 70 # 45 # T", "rsi_14 between 45 and 70 # 70 # T",
        "rsi_14 between 45 and 70 # 44.5 # F", "rsi_14 between 45 and 70 # 70.5 # F",
        "rsi_14 > 70 # NaN # M", "70 < rsi_14 # NaN # M", "rsi_14 between 45 and 70 # NaN # M",
        "not (rsi_14 > 70) # NaN # M",
    })
    void aSeriesAgainstAConstantIsDecidedAtItsBoundary(String rule, double value, String expected) {
        Fixture f = new Fixture().with("rsi_14", value);
        assertEquals(RuleResult.name(result(expected)), RuleResult.name(at(f, rule, 0)), rule);
    }

    @ParameterizedTest(name = "{0}: close {1}, ema {2}")
    @CsvSource(delimiter = '#', value = {
        "close > ema_medium # 2 # 2 # F", "close > ema_medium # 3 # 2 # T", "close > ema_medium # 1 # 2 # F",
        "close >= ema_medium # 2 # 2 # T", "close >= ema_medium # 1 # 2 # F",
        "close < ema_medium # 2 # 2 # F", "close < ema_medium # 1 # 2 # T",
        "close <= ema_medium # 2 # 2 # T", "close <= ema_medium # 3 # 2 # F",
        "close == ema_medium # 2 # 2 # T", "close == ema_medium # 3 # 2 # F",
        "close != ema_medium # 2 # 2 # F", "close != ema_medium # 1 # 2 # T",
        "not (close > ema_medium) # 2 # 2 # T", "not (close >= ema_medium) # 2 # 2 # F",
        "close > ema_medium # NaN # 2 # M", "close > ema_medium # 2 # NaN # M", "close != ema_medium # NaN # NaN # M",
        "not (close > ema_medium) # 2 # NaN # M",
    })
    void aSeriesAgainstASeriesIsDecidedAtItsBoundary(String rule, double close, double ema, String expected) {
        Fixture f = new Fixture().with("close", close).with("ema_medium", ema);
        assertEquals(RuleResult.name(result(expected)), RuleResult.name(at(f, rule, 0)), rule);
    }

    @Test
    void noneAgainstASeriesIsFalseAndItsNegationTrueButAMissingSeriesStaysMissing() {
        Fixture f = new Fixture().with("close", 1, NAN);
        assertEquals(List.of(FALSE, MISSING), agreed(f, "close > none", 0, 1));
        assertEquals(List.of(TRUE, MISSING), agreed(f, "not (close > none)", 0, 1));
        assertEquals(List.of(FALSE, MISSING), agreed(f, "none < close", 0, 1));
        assertEquals(List.of(FALSE, MISSING), agreed(f, "close between none and 3", 0, 1));
        assertEquals(List.of(FALSE, MISSING), agreed(f, "close / 0 == close", 0, 1));
    }

    @Test
    void aLagReachingBeforeTheFirstBarIsMissingUntilTheLagIsCovered() {
        Fixture f = new Fixture().with("close", 1, 2, 3, 4, 5).with("open", 0, 0, 0, 0, 0);
        assertEquals(List.of(MISSING, MISSING, MISSING, TRUE, TRUE), agreed(f, "close[3] > 0", 0, 4));
        assertEquals(List.of(MISSING, MISSING, MISSING, TRUE, TRUE), agreed(f, "close[3] > open", 0, 4));
        assertEquals(List.of(MISSING, MISSING, MISSING, TRUE, TRUE), agreed(f, "open < close[3]", 0, 4));
        assertEquals(List.of(MISSING, TRUE, TRUE, TRUE, TRUE, MISSING), agreed(f, "close > close[1]", 0, 5));
    }

    @Test
    void aCrossOnTheFirstBarIsMissingUnlessTheCurrentSideAlreadyDecides() {
        // macd_hist < 0 and macd_hist[1] >= 0: a cross from above; the previous bar is missing at bar 0
        Fixture below = new Fixture().with("macd_hist", -1, -2, 1, -1);
        assertEquals(List.of(MISSING, FALSE, FALSE, TRUE), agreed(below, "macd_hist < 0 and macd_hist[1] >= 0", 0, 3));
        Fixture above = new Fixture().with("macd_hist", 1, -1);
        assertEquals(List.of(FALSE, TRUE), agreed(above, "macd_hist < 0 and macd_hist[1] >= 0", 0, 1));
        assertEquals(List.of(MISSING, TRUE), agreed(above, "macd_hist < 0 or macd_hist[1] > 0", 0, 1));
        assertEquals(List.of(TRUE, TRUE), agreed(above, "macd_hist[1] > 0 or macd_hist != 0", 0, 1));
    }

    @Test
    void barsOutsideTheSeriesAreMissingOnBothSidesAndAtTheLastIntBar() {
        Fixture f = new Fixture().with("close", 1, 2).with("open", 0, 0);
        assertEquals(List.of(MISSING, TRUE, TRUE, MISSING), agreed(f, "close > open", -1, 2));
        assertEquals(List.of(MISSING, TRUE, TRUE, MISSING), agreed(f, "close between 1 and 2", -1, 2));
        assertEquals(MISSING, at(f, "close > 0", Integer.MAX_VALUE));
        assertEquals(MISSING, at(f, "close[2] > 0", Integer.MIN_VALUE + 1));
    }

    @Test
    void aHigherTimeframeSeriesIsReadThroughItsIndexMapWithTheLagInItsOwnBars() {
        // base bars 0..5 read 4h bars -1, -1, 0, 0, 1, 1
        Fixture f = new Fixture().with("close", 5, 5, 5, 5, 5, 5)
                .mapped("tf_4h_close", new double[] {4, 6}, new int[] {-1, -1, 0, 0, 1, 1});
        assertEquals(List.of(MISSING, MISSING, TRUE, TRUE, FALSE, FALSE), agreed(f, "tf_4h_close < 5", 0, 5));
        assertEquals(List.of(MISSING, MISSING, MISSING, MISSING, TRUE, TRUE), agreed(f, "tf_4h_close[1] < close", 0, 5));
        assertEquals(List.of(MISSING, MISSING, TRUE, TRUE, FALSE, FALSE, MISSING), agreed(f, "tf_4h_close between 3 and 5", 0, 6));
        assertEquals(List.of(MISSING, MISSING, TRUE, TRUE, FALSE, FALSE), agreed(f, "tf_4h_close * 1 < 5", 0, 5));
    }

    @Test
    void kleeneAndOrHoldOverFusedOperandsWhateverTheirOrder() {
        Fixture f = new Fixture().with("close", NAN, 1, 1, 0).with("open", 1, 1, 0, 0);
        // close > 0: M T T F ; open > 0: T T F F
        assertEquals(List.of(MISSING, TRUE, FALSE, FALSE), agreed(f, "close > 0 and open > 0", 0, 3));
        assertEquals(List.of(MISSING, TRUE, FALSE, FALSE), agreed(f, "open > 0 and close > 0", 0, 3));
        assertEquals(List.of(TRUE, TRUE, TRUE, FALSE), agreed(f, "close > 0 or open > 0", 0, 3));
        assertEquals(List.of(MISSING, TRUE, TRUE, FALSE), agreed(f, "close > 0 or open > 5", 0, 3));
        assertEquals(List.of(MISSING, FALSE, FALSE, TRUE), agreed(f, "not (close > 0 or open > 5)", 0, 3));
        assertEquals(List.of(MISSING, TRUE, TRUE, FALSE), agreed(f, "(close > 0) != (open > 5) or open < 0", 0, 3));
        assertEquals(List.of(MISSING, FALSE, FALSE, FALSE), agreed(f, "(close > 0) == none", 0, 3));
    }

    @Test
    void aCursorGivesTheSameResultsInAnyOrderOfBarsAndAcrossBlockEdges() {
        int n = RuleCursor.BLOCK * 3 + 7;
        double[] close = new double[n];
        double[] open = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = i % 7 == 0 ? NAN : (i * 37) % 11;
            open[i] = (i * 13) % 11;
        }
        Fixture f = new Fixture().with("close", close).with("open", open);
        String rule = "close > open and close[2] between 2 and 9 or open * 2 <= close[1]";
        CompiledRule compiled = f.compile(rule);
        RuleCursor cursor = compiled.cursor();
        EvalContext ctx = new EvalContext();
        int[] bars = {0, RuleCursor.BLOCK - 1, RuleCursor.BLOCK, RuleCursor.BLOCK + 1, 5, n - 1, n, n + 400, 3, -2,
            2 * RuleCursor.BLOCK, 2 * RuleCursor.BLOCK - 1, 1};
        for (int pass = 0; pass < 2; pass++) {
            for (int bar : bars) {
                ctx.bar = bar;
                assertEquals(compiled.evaluateByTree(ctx), cursor.evaluate(ctx), "bar " + bar);
            }
            for (int bar = n + 1; bar >= -1; bar--) {
                ctx.bar = bar;
                assertEquals(compiled.evaluateByTree(ctx), cursor.evaluate(ctx), "bar " + bar);
            }
        }
    }

    @Test
    void aCursorsBlockDoublesWhileTheAsksRunOnAndStartsSmallAgainAfterAJump() {
        int n = 4 * RuleCursor.BLOCK;
        double[] close = new double[n];
        for (int i = 0; i < n; i++) close[i] = i % 5;
        CompiledRule compiled = new Fixture().with("close", close).compile("close > 2");
        RuleCursor cursor = compiled.cursor();
        EvalContext ctx = new EvalContext();
        assertEquals(0, cursor.blockLength());
        List<Integer> doubling = new java.util.ArrayList<>();
        int asked = 1; // one bar past the blocks of the doubling: the first block of full length
        for (int length = RuleCursor.FIRST_BLOCK; length <= RuleCursor.BLOCK; length *= 2) {
            doubling.add(length);
            asked += length;
        }
        List<Integer> lengths = new java.util.ArrayList<>();
        for (int bar = 0; bar < asked; bar++) {
            ctx.bar = bar;
            assertEquals(compiled.evaluateByTree(ctx), cursor.evaluate(ctx), "bar " + bar);
            if (lengths.isEmpty() || lengths.get(lengths.size() - 1) != cursor.blockLength()) lengths.add(cursor.blockLength());
        }
        assertEquals(doubling, lengths);
        ctx.bar = n - 10; // a jump: the next asks may be as sparse
        assertEquals(compiled.evaluateByTree(ctx), cursor.evaluate(ctx));
        assertEquals(RuleCursor.FIRST_BLOCK, cursor.blockLength());
        ctx.bar = 1; // back to bars before the block: small again
        cursor.evaluate(ctx);
        assertEquals(RuleCursor.FIRST_BLOCK, cursor.blockLength());
    }

    @Test
    void aCursorEvaluatesThePositionPartAtTheBarAndTheSeriesPartAhead() {
        Fixture f = new Fixture().with("close", 1, 1, 0, NAN).with("open", 0, 0, 0, 0);
        CompiledRule and = f.compile("close > open and is_long");
        CompiledRule or = f.compile("close > open or bars_in_position >= 2");
        CompiledRule neither = f.compile("bars_in_position >= 2 and not is_short");
        RuleCursor andCursor = and.cursor();
        RuleCursor orCursor = or.cursor();
        RuleCursor neitherCursor = neither.cursor();
        EvalContext ctx = new EvalContext();
        for (int sign = -1; sign <= 1; sign++) {
            for (int held = 0; held <= 3; held++) {
                for (int bar = 0; bar < 4; bar++) {
                    ctx.bar = bar;
                    ctx.positionSign = sign;
                    ctx.barsInPosition = held;
                    String at = " sign " + sign + ", held " + held + ", bar " + bar;
                    assertEquals(and.evaluateByTree(ctx), andCursor.evaluate(ctx), and + at);
                    assertEquals(and.evaluateByTree(ctx), and.evaluate(ctx), and + at);
                    assertEquals(or.evaluateByTree(ctx), orCursor.evaluate(ctx), or + at);
                    assertEquals(or.evaluateByTree(ctx), or.evaluate(ctx), or + at);
                    assertEquals(neither.evaluateByTree(ctx), neitherCursor.evaluate(ctx), neither + at);
                }
            }
        }
        ctx.bar = 3;
        ctx.positionSign = 1;
        assertEquals(MISSING, andCursor.evaluate(ctx), "a missing series part stays missing when the position part is true");
        ctx.positionSign = 0;
        assertEquals(FALSE, andCursor.evaluate(ctx), "a false position part decides over a missing series part");
        ctx.bar = 2;
        ctx.barsInPosition = 2;
        assertEquals(TRUE, orCursor.evaluate(ctx), "or: the per-bar part decides when the series part is false");
        ctx.barsInPosition = 1;
        assertEquals(FALSE, orCursor.evaluate(ctx));
    }

    @Test
    void cursorsSharingOneScratchGiveEachRulesOwnResultsWhateverTheOrderTheirBlocksAreComputedIn() {
        int n = 3 * RuleCursor.BLOCK + 5;
        double[] close = new double[n];
        double[] open = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = i % 9 == 0 ? NAN : (i * 31) % 13;
            open[i] = (i * 7) % 13;
        }
        Fixture f = new Fixture().with("close", close).with("open", open);
        // small first, then rules that need more term buffers, more operand buffers, then both:
        // the shared buffers grow to the largest rule and every cursor keeps its own results
        String[] rules = {
            "close > 5",
            "close > open and open > 2 and close[1] < 9 and open[2] >= 1",
            "(close + open) * 2 - open[1] / 3 > close[2] + 1",
            "close > 3 and is_long",
            "close between 2 and 8 or (open - close[3]) * (close + open[1]) < 20 and not close[2] == 4",
        };
        RuleCursor.Scratch scratch = new RuleCursor.Scratch();
        CompiledRule[] compiled = new CompiledRule[rules.length];
        RuleCursor[] cursors = new RuleCursor[rules.length];
        for (int r = 0; r < rules.length; r++) {
            compiled[r] = f.compile(rules[r]);
            cursors[r] = compiled[r].cursor(scratch);
        }
        EvalContext ctx = new EvalContext();
        ctx.positionSign = 1;
        for (int bar = 0; bar < n; bar++) {
            // interleaved as the engine asks many symbols' rules; rule r skips bars now and then, so blocks differ
            for (int r = 0; r < rules.length; r++) {
                if ((bar + r) % (r + 2) == 0 && r > 0) continue;
                ctx.bar = bar;
                assertEquals(RuleResult.name(compiled[r].evaluateByTree(ctx)), RuleResult.name(cursors[r].evaluate(ctx)),
                        rules[r] + ", bar " + bar);
            }
        }
    }

    /**
     * A series read in place past its last NaN skips the NaN test; before that the test runs. So a
     * block straddling the first finite bar, a NaN in the middle (a gap) and the bars on either
     * side of both are pinned here: a bar reading NaN is MISSING, every other bar is decided.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"close > 3", "3 >= close", "close > open", "open <= close", "close between 2 and 4", "close[1] < open",
        "close between open and 5", "not close > 3", "close > 3 or open > 5", "close > open and open < 9", "close != open[2]"})
    void aBarReadingNaNIsMissingAcrossTheWarmUpsEndAndAGapAndDecidedElsewhere(String rule) {
        int n = 300;
        int firstFinite = 70; // inside the cursor's third block [48, 112) and its first word
        int gap = 200;
        double[] close = new double[n];
        double[] open = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = i < firstFinite || i == gap ? NAN : i % 7;
            open[i] = 3;
        }
        Fixture f = new Fixture().with("close", close).with("open", open);
        int lag = rule.contains("close[1]") ? 1 : 0;
        List<Integer> results = agreed(f, rule, 0, n - 1);
        for (int bar = 0; bar < n; bar++) {
            int read = bar - lag;
            boolean nan = read < firstFinite || read == gap;
            int result = results.get(bar);
            if (nan) {
                assertEquals(MISSING, result, rule + " reads NaN at bar " + bar);
            } else {
                assertNotEquals(MISSING, result, rule + " is decided at bar " + bar);
            }
        }
    }

    @Test
    void aSeriesWithoutNaNAndOneEndingInNaNAgreeWithTheTreeInEveryBlock() {
        int n = 2 * RuleCursor.BLOCK + 7;
        double[] clean = new double[n];
        double[] endsNaN = new double[n];
        for (int i = 0; i < n; i++) {
            // counted from the end, so that the last bars below are these whatever the block length
            int fromEnd = i - n + 9;
            clean[i] = Math.floorMod(fromEnd, 5);
            endsNaN[i] = i == n - 1 ? NAN : Math.floorMod(fromEnd * 3, 5);
        }
        Fixture f = new Fixture().with("close", clean).with("open", endsNaN);
        List<Integer> plain = agreed(f, "close > 2", 0, n - 1);
        assertEquals(List.of(TRUE, FALSE, FALSE, FALSE, TRUE), plain.subList(n - 5, n));
        List<Integer> both = agreed(f, "close >= open", 0, n - 1);
        // the last bars: close 4 0 1 2 3, open 2 0 3 1 NaN
        assertEquals(List.of(TRUE, TRUE, FALSE, TRUE, MISSING), both.subList(n - 5, n));
    }

    /**
     * Where the first operand of an and is FALSE at every bar of a word, the rest is not computed:
     * FALSE and MISSING is FALSE. Likewise TRUE or MISSING is TRUE. And where it is not, the rest
     * decides: TRUE and MISSING is MISSING, FALSE or MISSING is MISSING.
     */
    @Test
    void anAndAllFalseAndAnOrAllTrueOverAWordAreDecidedWithoutTheirMissingOperands() {
        int n = RuleCursor.BLOCK + 40;
        double[] close = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = i < 150 ? 1 : 5;
            volume[i] = NAN;
        }
        Fixture f = new Fixture().with("close", close).with("volume", volume);
        List<Integer> and = agreed(f, "close > 3 and volume > 1", 0, n - 1);
        List<Integer> or = agreed(f, "close < 3 or volume > 1", 0, n - 1);
        for (int bar = 0; bar < n; bar++) {
            assertEquals(bar < 150 ? FALSE : MISSING, (int) and.get(bar), "and at bar " + bar);
            assertEquals(bar < 150 ? TRUE : MISSING, (int) or.get(bar), "or at bar " + bar);
        }
    }

    /**
     * markLive marks from the cursor's current block when that holds the bars asked, also from a
     * bar inside it, and recomputes it for bars before it or past its end; it marks only the {@code count} bars
     * asked, though the block holds more.
     */
    @Test
    void markLiveMarksOnlyTheBarsAskedFromWhereverTheCursorsBlockStarts() {
        double[] close = new double[300];
        for (int i = 0; i < close.length; i++) close[i] = i % 3; // close > 1 at bars 2, 5, 8, ...
        RuleCursor cursor = new Fixture().with("close", close).compile("close > 1").cursor();
        EvalContext ctx = new EvalContext();
        ctx.bar = 10;
        assertEquals(FALSE, cursor.evaluate(ctx)); // the block is now bars 10 .. 25
        long[] live = new long[RuleCursor.BLOCK];
        cursor.markLive(13, 7, live, 1); // bars 13 .. 19; bar 20 is TRUE but not asked
        assertEquals(List.of(0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L), boxed(live, 8));
        live = new long[RuleCursor.BLOCK];
        cursor.markLive(2, 5, live, 1); // before the block: bars 2 .. 6
        assertEquals(List.of(1L, 0L, 0L, 1L, 0L, 0L), boxed(live, 6));
        assertEquals(FALSE, cursor.evaluate(ctx)); // the block is bars 10 .. 25 again
        live = new long[RuleCursor.BLOCK];
        cursor.markLive(20, 20, live, 1); // past the block's end: bars 20 .. 39, TRUE at 20, 23, ..., 38
        List<Long> expected = new ArrayList<>();
        for (int bar = 20; bar < 40; bar++) expected.add(bar % 3 == 2 ? 1L : 0L);
        assertEquals(expected, boxed(live, 20));
    }

    private static List<Long> boxed(long[] values, int count) {
        List<Long> out = new ArrayList<>();
        for (int k = 0; k < count; k++) out.add(values[k]);
        return out;
    }
}
