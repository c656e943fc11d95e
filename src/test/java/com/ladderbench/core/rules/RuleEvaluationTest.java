package com.ladderbench.core.rules;

import static com.ladderbench.core.rules.RuleResult.FALSE;
import static com.ladderbench.core.rules.RuleResult.MISSING;
import static com.ladderbench.core.rules.RuleResult.TRUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.core.indicators.IndicatorSpec.Kind;
import com.ladderbench.model.Timeframe;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleEvaluationTest {
    private static final double NAN = Double.NaN;

    private static int result(String name) {
        switch (name) {
            case "T": return TRUE;
            case "F": return FALSE;
            case "M": return MISSING;
            default: throw new IllegalArgumentException(name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "2 + 3 * 4 == 14 # T",
        "(2 + 3) * 4 == 20 # T",
        "10 - 4 - 3 == 3 # T",
        "100 / 10 / 5 == 2 # T",
        "2 * 3 / 4 * 8 == 12 # T",
        "-2 * 3 == -6 # T",
        "2 * -3 == -6 # T",
        "- - 2 == 2 # T",
        "-2 - -2 == 0 # T",
        "true or true and false # T",
        "false and false or true # T",
        "not false and false # F",
        "not (false and false) # T",
        "not 1 > 2 # T",
        "not not true # T",
        "(1 < 2) == true # T",
        "1.5 == 3 / 2 and .5 == 1/2 and 1e-3 == 0.001 # T",
    })
    void arithmeticAndLogicFollowPrecedenceAndLeftAssociativity(String rule, String expected) {
        assertEquals(result(expected), Fixture.eval(rule), rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "rsi_14 between 45 and 70 # 45 # T",
        "rsi_14 between 45 and 70 # 70 # T",
        "rsi_14 between 45 and 70 # 44.999 # F",
        "rsi_14 between 45 and 70 # 70.001 # F",
        "rsi_14 between 70 and 45 # 50 # F",
        "rsi_14 between 40 + 5 and 7 * 10 # 60 # T",
        "not rsi_14 between 45 and 70 # 80 # T",
        "rsi_14 between 45 and 70 and rsi_14 > 50 # 60 # T",
    })
    void betweenIsInclusiveAtBothEnds(String rule, double rsi, String expected) {
        assertEquals(result(expected), new Fixture().with("rsi_14", rsi).eval(rule, 0));
    }

    @ParameterizedTest(name = "{0} at rsi {1}")
    @CsvSource(delimiter = '#', value = {
        "45 < rsi_14 < 70 # 50 # T",
        "45 < rsi_14 < 70 # 45 # F",
        "45 < rsi_14 < 70 # 70 # F",
        "45 < rsi_14 < 70 # 80 # F",
        "45 < rsi_14 < 70 # 30 # F",
        "45 <= rsi_14 <= 70 # 70 # T",
        "70 > rsi_14 > 45 # 50 # T",
        "1 < 2 < rsi_14 < 70 > 3 # 50 # T",
        "1 < 2 < rsi_14 < 70 > 3 # 1.5 # F",
        "rsi_14 == 50 == rsi_14 # 50 # T",
        "45 < rsi_14 < 70 # NaN # M",
    })
    void chainedComparisonsMeanEachAdjacentPairAndTheNext(String rule, double rsi, String expected) {
        assertEquals(result(expected), new Fixture().with("rsi_14", rsi).eval(rule, 0));
    }

    @Test
    void aChainIsNotTheComparisonOfABooleanWithANumber() {
        // Python semantics, not C: 3 > 2 > 1 is (3 > 2 and 2 > 1), and 1 < 2 == true compares 2 with true
        assertEquals(TRUE, Fixture.eval("3 > 2 > 1"));
        assertEquals(List.of(new RuleError(7, "cannot compare a number with a condition")), RuleChecker.check("1 < 2 == true"));
    }

    @Test
    void lagReadsEarlierBarsAndIsMissingBeforeTheStart() {
        Fixture f = new Fixture().with("close", 10, 11, 12, 13);
        assertEquals(TRUE, f.eval("close[0] == 13 and close[1] == 12 and close[3] == 10", 3));
        assertEquals(TRUE, f.eval("close > close[1]", 1));
        assertEquals(MISSING, f.eval("close > close[1]", 0));
        assertEquals(MISSING, f.eval("close[4] > 0", 3));
        assertEquals(TRUE, f.eval("close[3] > 0", 3));
        CompiledRule rule = f.compile("close > close[2]");
        EvalContext ctx = new EvalContext();
        ctx.bar = 1;
        assertEquals("close[2] is not available yet", rule.describeMissing(ctx));
    }

    @Test
    void warmingUpSeriesIsMissingAndDescribed() {
        Fixture f = new Fixture().with("close", 1, 2, 3).with("sma_long", NAN, NAN, 2.5);
        CompiledRule rule = f.compile("close > sma_long and close > 0");
        EvalContext ctx = new EvalContext();
        ctx.bar = 1;
        assertEquals(MISSING, rule.evaluate(ctx));
        assertEquals("sma_long is warming up", rule.describeMissing(ctx));
        ctx.bar = 2;
        assertEquals(TRUE, rule.evaluate(ctx));
        assertEquals("no value is missing", rule.describeMissing(ctx));
    }

    @Test
    void higherTimeframeSeriesAreReadThroughTheIndexMapAndLagCountsThoseBars() {
        // 4h bars completed: none before own bar 2, then 4h bar 0 until bar 6, then 4h bar 1
        double[] h4 = {100, 200, 300};
        int[] map = {-1, -1, 0, 0, 0, 0, 1, 1, 2};
        Fixture f = new Fixture().mapped("tf_4h_close", h4, map);
        assertEquals(MISSING, f.eval("tf_4h_close > 0", 1));
        assertEquals(TRUE, f.eval("tf_4h_close == 100", 2));
        assertEquals(TRUE, f.eval("tf_4h_close == 100", 5));
        assertEquals(TRUE, f.eval("tf_4h_close == 200", 6));
        assertEquals(MISSING, f.eval("tf_4h_close[1] > 0", 5));
        assertEquals(TRUE, f.eval("tf_4h_close[1] == 100", 6));
        assertEquals(TRUE, f.eval("tf_4h_close[2] == 100 and tf_4h_close[1] == 200", 8));
        CompiledRule rule = f.compile("tf_4h_close > 0");
        EvalContext ctx = new EvalContext();
        ctx.bar = 0;
        assertEquals("tf_4h_close is not available yet", rule.describeMissing(ctx));
    }

    @Test
    void aBarBeyondTheArraysIsMissingNotAnException() {
        Fixture f = new Fixture().with("close", 1, 2).mapped("tf_1d_close", new double[] {5}, new int[] {0, 0});
        assertEquals(MISSING, f.eval("close > 0", 2));
        assertEquals(MISSING, f.eval("tf_1d_close > 0", 7));
        assertEquals(MISSING, f.eval("close > 0", -1));
    }

    @ParameterizedTest(name = "{0} at sign {1}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "position == 'flat' # 0 # T",
        "position == 'flat' # 1 # F",
        "position == \"long\" # 1 # T",
        "position == 'short' # -1 # T",
        "position != 'short' # -1 # F",
        "position != 'short' # 1 # T",
        "'long' == position # 1 # T",
        "is_flat # 0 # T",
        "is_flat # -1 # F",
        "is_long # 1 # T",
        "is_long # 0 # F",
        "is_short # -1 # T",
        "not is_short # 1 # T",
        "is_long == true # 1 # T",
        "is_long != is_short # 1 # T",
        "is_long == none # 1 # F",
        "is_long != none # 1 # F",
    })
    void positionStateReadsTheContext(String rule, int sign, String expected) throws RuleSyntaxException {
        EvalContext ctx = new EvalContext();
        ctx.positionSign = sign;
        assertEquals(result(expected), RuleCompiler.compile(rule, ref -> null).evaluate(ctx));
    }

    @Test
    void positionNumbersReadTheContextAndNoPnlIsNone() throws RuleSyntaxException {
        CompiledRule rule = RuleCompiler.compile("bars_in_position >= 4 and unrealized_pnl_pct < -2", ref -> null);
        EvalContext ctx = new EvalContext();
        ctx.positionSign = 1;
        ctx.barsInPosition = 4;
        ctx.unrealizedPnlPct = -2.5;
        assertEquals(TRUE, rule.evaluate(ctx));
        ctx.barsInPosition = 3;
        assertEquals(FALSE, rule.evaluate(ctx));
        ctx.barsInPosition = 5;
        ctx.unrealizedPnlPct = Double.NaN; // flat: no P&L, which is none (false), not a warm-up
        assertEquals(FALSE, rule.evaluate(ctx));
    }

    /** Kleene's strong three-valued logic; a, b are given as results of comparisons on a series. */
    @ParameterizedTest(name = "{0} and/or {1}")
    @CsvSource({
        "T, T, T, T", "T, F, F, T", "T, M, M, T",
        "F, T, F, T", "F, F, F, F", "F, M, F, M",
        "M, T, M, T", "M, F, F, M", "M, M, M, M",
    })
    void andOrFollowKleeneLogicWithMissing(String a, String b, String and, String or) {
        Fixture f = new Fixture().with("close", value(a)).with("open", value(b));
        assertEquals(result(and), f.eval("close > 0 and open > 0", 0));
        assertEquals(result(or), f.eval("close > 0 or open > 0", 0));
        assertEquals(result(and), f.eval("(close > 0) and (open > 0) and true", 0));
        assertEquals(result(or), f.eval("false or close > 0 or open > 0", 0));
    }

    @ParameterizedTest(name = "not {0}")
    @CsvSource({"T, F", "F, T", "M, M"})
    void notOfMissingIsMissing(String a, String expected) {
        assertEquals(result(expected), new Fixture().with("close", value(a)).eval("not close > 0", 0));
    }

    /** A close value making {@code close > 0} true, false or missing. */
    private static double value(String r) {
        return r.equals("T") ? 1 : r.equals("F") ? -1 : NAN;
    }

    /** close is 5: each operator below, at and above its boundary. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "close < 6 # T", "close < 5 # F", "close <= 5 # T", "close <= 4 # F",
        "close > 4 # T", "close > 5 # F", "close >= 5 # T", "close >= 6 # F",
        "close == 5 # T", "close == 6 # F", "close != 6 # T", "close != 4 # T", "close != 5 # F",
        "-close < 0 # T", "-close == -5 # T", "-(close - 7) == 2 # T",
    })
    void eachComparisonOperatorAtItsBoundary(String rule, String expected) {
        assertEquals(result(expected), new Fixture().with("close", 5).eval(rule, 0), rule);
    }

    /** sma_long is missing (warming up): wherever it is read, the comparison is missing, not false. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "close + sma_long > 0 # M", "sma_long + close > 0 # M", "-sma_long < 0 # M",
        "sma_long between 1 and 10 # M", "close between sma_long and 10 # M", "close between 1 and sma_long # M",
        "close between 0 / 0 and 10 # F",
        "is_flat == (sma_long > 1) # M", "(sma_long > 1) == is_flat # M", "(sma_long > 1) != is_flat # M",
        "is_flat == (close > 1) # T", "is_flat != (close > 1) # F", "(close > 9) == is_long # T",
        "(sma_long > 1) == none # M", "none == (sma_long > 1) # M", "(close > 1) == none # F", "none != (close > 1) # F",
    })
    void aMissingOperandMakesTheComparisonMissing(String rule, String expected) {
        Fixture f = new Fixture().with("close", 5).with("sma_long", NAN);
        assertEquals(result(expected), f.eval(rule, 0), rule);
    }

    @Test
    void compilingWithoutABinderIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> RuleCompiler.compile("close > 1", null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // comparisons with none are false, even !=
        "close == none # F", "close != none # F", "close > none # F", "none == none # F", "none != none # F",
        "not close == none # T",
        // arithmetic with none gives none
        "close + none > 0 # F", "close + none != 0 # F", "-none < 0 # F",
        // division by zero gives none
        "close / 0 > 0 # F", "close / 0 < 0 # F", "close / 0 != 1 # F", "close / (open - open) == 0 # F",
        "0 / 0 == 0 # F", "not close / 0 > 0 # T",
        "close between none and 10 # F",
        // missing beats none
        "sma_long > none # M", "sma_long + none > 0 # M", "sma_long / 0 > 0 # M", "close / 0 > sma_long # M",
        "none between sma_long and 1 # M",
        // Kleene: a false operand decides and, a true one decides or
        "close / 0 > 0 and sma_long > 0 # F", "close / 0 > 0 or sma_long > 0 # M",
        "close > 0 or sma_long > 0 # T",
        // a chain of three or more operands: none when it divides by zero, missing when any operand is
        "close / 0 * 2 > 0 # F", "close * 2 / 0 != 1 # F", "1 + close - sma_long > 0 # M", "sma_long * 2 / 0 > 0 # M",
        "close + open - 2 == 6 # T",
    })
    void noneIsFalseInComparisonsAndMissingBeatsIt(String rule, String expected) {
        Fixture f = new Fixture().with("close", 5).with("open", 3).with("sma_long", NAN);
        assertEquals(result(expected), f.eval(rule, 0), rule);
    }

    @Test
    void theSpecExampleRuleEvaluates() {
        Fixture f = new Fixture().with("close", 110, 90).with("ema_medium", 100, 100).with("rsi_14", 60, 60);
        CompiledRule rule = f.compile("close > ema_medium and rsi_14 between 45 and 70 and not is_short");
        EvalContext ctx = new EvalContext();
        assertEquals(TRUE, rule.evaluate(ctx));
        ctx.positionSign = -1;
        assertEquals(FALSE, rule.evaluate(ctx));
        ctx.positionSign = 0;
        ctx.bar = 1;
        assertEquals(FALSE, rule.evaluate(ctx));
    }

    @Test
    void referencesAreTheDistinctSeriesInOrderOfAppearance() throws RuleSyntaxException {
        String source = "close > ema_medium and close[1] < tf_4h_atr_14 * 2 and tf_4h_atr_14[3] > 0 and is_long";
        List<SeriesRef> expected = List.of(Fixture.ref("close"), Fixture.ref("ema_medium"),
                Fixture.ref(Timeframe.H4, Kind.ATR, 14));
        assertEquals(expected, RuleCompiler.references(source));
        Fixture f = new Fixture().with("close", 1).with("ema_medium", 1).with("tf_4h_atr_14", 1);
        CompiledRule rule = f.compile(source);
        assertEquals(expected, rule.references());
        assertEquals(3, f.bindCalls, "each distinct series is bound once");
        assertEquals(source, rule.source());
    }

    @Test
    void referencesRejectsAnInvalidRule() {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleCompiler.references("close > foo"));
        assertEquals("col 9: unknown identifier 'foo'", e.getMessage());
    }

    @Test
    void aMissingMaskTakenAtABarDescribesWhatDescribeMissingSaysThere() {
        Fixture f = new Fixture().with("close", 1, 2, 3, 4).with("sma_long", NAN, NAN, 2.5, 3).with("rsi_14", NAN, 50, 50, 50);
        CompiledRule rule = f.compile("close > sma_long and rsi_14 > 0 and close[2] > 0 and sma_long > 0");
        EvalContext ctx = new EvalContext();
        String[] expected = {
            "sma_long is warming up, rsi_14 is warming up, close[2] is not available yet",
            "sma_long is warming up, close[2] is not available yet",
            "no value is missing",
            "no value is missing",
        };
        for (int bar = 0; bar < expected.length; bar++) {
            ctx.bar = bar;
            long mask = rule.missingMask(ctx);
            assertEquals(expected[bar], rule.missingSeries().describe(mask), "bar " + bar);
            assertEquals(expected[bar], rule.describeMissing(ctx), "bar " + bar);
        }
    }

    @Test
    void aRuleOfThirtyTwoSeriesIsDescribedByAMaskAndOfThirtyThreeAtOnceInTheSameWords() {
        for (int n : new int[] {MissingSeries.MAX_SERIES, MissingSeries.MAX_SERIES + 1}) {
            StringBuilder rule = new StringBuilder("close > 0");
            StringBuilder text = new StringBuilder();
            for (int lag = 1; lag < n; lag++) {
                rule.append(" and close[").append(lag).append("] > 0");
                text.append(lag == 1 ? "" : ", ").append("close[").append(lag).append("] is not available yet");
            }
            CompiledRule compiled = new Fixture().with("close", 1, 2).compile(rule.toString());
            EvalContext ctx = new EvalContext();
            assertEquals(text.toString(), compiled.describeMissing(ctx), n + " series");
            if (n <= MissingSeries.MAX_SERIES) {
                assertEquals(text.toString(), compiled.missingSeries().describe(compiled.missingMask(ctx)));
            } else {
                assertEquals(null, compiled.missingSeries(), "more series than a mask holds");
                assertThrows(IllegalStateException.class, () -> compiled.missingMask(ctx));
            }
        }
    }

    @Test
    void aRuleOfMoreSeriesThanAMaskHoldsListsEachMissingSeriesOnceWarmingUpOrNotAvailable() {
        double[] close = new double[40];
        double[] sma = new double[40];
        for (int i = 0; i < 40; i++) {
            close[i] = i + 1;
            sma[i] = i == 0 ? NAN : 5;
        }
        StringBuilder rule = new StringBuilder("sma_long > 0 and sma_long > 1");
        StringBuilder text = new StringBuilder("sma_long is warming up");
        for (int lag = 1; lag <= 31; lag++) {
            rule.append(" and close[").append(lag).append("] > 0");
            text.append(", close[").append(lag).append("] is not available yet");
        }
        CompiledRule compiled = new Fixture().with("close", close).with("sma_long", sma).compile(rule.toString());
        assertEquals(null, compiled.missingSeries(), "33 series");
        EvalContext ctx = new EvalContext();
        assertEquals(text.toString(), compiled.describeMissing(ctx), "bar 0: sma_long's first value is NaN");
        ctx.bar = 35;
        assertEquals("no value is missing", compiled.describeMissing(ctx));
    }

    @Test
    void aMaskOfNoMissingSeriesSaysNoValueIsMissing() {
        CompiledRule rule = new Fixture().with("close", 1, 2).compile("close > close[1]");
        assertEquals("no value is missing", rule.missingSeries().describe(0));
        EvalContext ctx = new EvalContext();
        ctx.bar = 1;
        assertEquals(0, rule.missingMask(ctx));
    }

    @Test
    void describeMissingListsEachMissingSeriesOnce() {
        Fixture f = new Fixture().with("close", 1, 2).with("sma_long", NAN, NAN).with("rsi_14", NAN, 50);
        CompiledRule rule = f.compile("close > sma_long and sma_long > 0 and rsi_14 > 0 and close[1] > 0");
        EvalContext ctx = new EvalContext();
        assertEquals(MISSING, rule.evaluate(ctx));
        assertEquals("sma_long is warming up, rsi_14 is warming up, close[1] is not available yet", rule.describeMissing(ctx));
    }

    @Test
    void theBinderMustSupplyEveryColumn() {
        assertThrows(IllegalStateException.class, () -> RuleCompiler.compile("close > 0", ref -> null));
    }

    @Test
    void referencesReachSeriesReadOnlyInsideLagsNegationsNotsArithmeticAndBetweenBounds() throws RuleSyntaxException {
        // each series appears once, inside one construct, so the engine must find it there or not compute it
        String source = "sma_short[2] + high * 2 > 0 and -ema_medium < 0 and not rsi_14 > 50"
                + " and volume between sma_long and tf_4h_close";
        assertEquals(List.of(Fixture.ref("sma_short"), Fixture.ref("high"), Fixture.ref("ema_medium"),
                        Fixture.ref("rsi_14"), Fixture.ref("volume"), Fixture.ref("sma_long"), Fixture.ref("tf_4h_close")),
                RuleCompiler.references(source));
        assertEquals(List.of("sma_short", "high", "ema_medium", "rsi_14", "volume", "sma_long", "tf_4h_close"),
                List.copyOf(RuleCompiler.namedReferences(source).keySet()));
    }

    @Test
    void resultsHaveTheirWireNamesAndNothingElseIsAResult() {
        assertEquals("false", RuleResult.name(FALSE));
        assertEquals("true", RuleResult.name(TRUE));
        assertEquals("missing", RuleResult.name(MISSING));
        assertThrows(IllegalArgumentException.class, () -> RuleResult.name(3));
    }

    @Test
    void aCompiledRuleReadsAsItsSource() {
        assertEquals("close > 1", new Fixture().with("close", 2).compile("close > 1").toString());
    }

    @Test
    void aHigherTimeframeSeriesIsReadFromOwnBarZeroAndNotPastItsIndexMap() {
        Fixture f = new Fixture().mapped("tf_4h_close", new double[] {100, 200}, new int[] {0, 1});
        assertEquals(TRUE, f.eval("tf_4h_close == 100", 0), "own bar 0 may already have a completed 4h bar");
        assertEquals(TRUE, f.eval("tf_4h_close == 200", 1));
        assertEquals(MISSING, f.eval("tf_4h_close > 0", 2), "a bar the map does not cover reads nothing");
    }
}
