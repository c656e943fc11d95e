package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** The rendered rule segment by segment ("|" between segments), deciding ones in brackets. */
    private static String segments(RuleExplanation x) {
        return x.rendered().stream().map(s -> s.deciding() ? "[" + s.text() + "]" : s.text())
                .collect(Collectors.joining("|"));
    }

    private static String printed(RuleExplanation x) {
        return x.rendered().stream().map(RuleExplanation.Segment::text).collect(Collectors.joining());
    }

    private static RuleExplanation explain(Fixture f, String rule, EvalContext ctx) {
        return f.compile(rule).explain(ctx);
    }

    @Test
    void aFalseChainLinkIsDecidingWithBothOfItsOperandsAndNothingElse() {
        Fixture f = new Fixture().with("rsi_14", 50, 20).with("close", 10).with("open", 4);
        RuleExplanation upper = explain(f, "30 < rsi_14 < 45", 0);
        assertEquals(List.of("rsi_14 < 45"), upper.deciding());
        assertEquals("30 < |[rsi_14]|[ < 45]", segments(upper));
        RuleExplanation lower = explain(f, "30 < rsi_14 < 45", 1);
        assertEquals(List.of("30 < rsi_14"), lower.deciding());
        assertEquals("[30 < ]|[rsi_14]| < 45", segments(lower));
        RuleExplanation middle = explain(f, "1 < close < open < 45", 0);
        assertEquals(List.of("close < open"), middle.deciding());
        assertEquals("1 < |[close]|[ < ]|[open]| < 45", segments(middle));
        RuleExplanation inner = explain(f, "close > 1 and (30 < rsi_14 < 45 or not is_flat)", 0);
        // chain links are listed after whole sub-expressions (their order is not part of the contract)
        assertEquals(java.util.Set.of("rsi_14 < 45", "not is_flat"), java.util.Set.copyOf(inner.deciding()));
        assertEquals(2, inner.deciding().size());
        assertEquals("close| > 1 and (30 < |[rsi_14]|[ < 45]| or |[not ]|[is_flat]|)", segments(inner));
    }

    @Test
    void aMissingChainIsDecidingAsAWhole() {
        Fixture f = new Fixture().with("rsi_14", Double.NaN);
        RuleExplanation x = explain(f, "30 < rsi_14 < 45", 0);
        assertEquals(RuleResult.MISSING, x.result());
        assertEquals(List.of("30 < rsi_14 < 45"), x.deciding());
        assertEquals("[30 < ]|[rsi_14]|[ < 45]", segments(x));
    }

    @Test
    void aMissingNegationNamesTheMissingComparisonsInsideIt() {
        Fixture f = new Fixture().with("rsi_14", Double.NaN).with("close", 10);
        RuleExplanation single = explain(f, "not (rsi_14 < 45)", 0);
        assertEquals(RuleResult.MISSING, single.result());
        assertEquals(List.of("rsi_14 < 45"), single.deciding());
        assertEquals("not |[rsi_14]|[ < 45]", segments(single));
        RuleExplanation both = explain(f, "rsi_14 > 1 and not (rsi_14 > 5 and close > 1)", 0);
        assertEquals(List.of("rsi_14 > 1", "rsi_14 > 5"), both.deciding());
        assertEquals("[rsi_14]|[ > 1]| and not (|[rsi_14]|[ > 5]| and |close| > 1)", segments(both));
    }

    @Test
    void aFalseNegationOrBetweenIsDecidingAsAWhole() {
        Fixture f = new Fixture().with("rsi_14", 50).with("close", 10);
        RuleExplanation not = explain(f, "close > 1 and not (rsi_14 > 5)", 0);
        assertEquals(List.of("not rsi_14 > 5"), not.deciding());
        assertEquals("close| > 1 and |[not ]|[rsi_14]|[ > 5]", segments(not));
        RuleExplanation between = explain(f, "close > 1 and rsi_14 between 1 and 2", 0);
        assertEquals(List.of("rsi_14 between 1 and 2"), between.deciding());
        assertEquals("close| > 1 and |[rsi_14]|[ between 1 and 2]", segments(between));
    }

    @Test
    void aFalseOperandInParenthesesIsDecidingTogetherWithItsParentheses() {
        Fixture f = new Fixture().with("rsi_14", 50).with("close", 10);
        RuleExplanation x = explain(f, "close > 1 and (rsi_14 < 45) == true", 0);
        assertEquals(List.of("(rsi_14 < 45) == true"), x.deciding());
        assertEquals("close| > 1 and |[(]|[rsi_14]|[ < 45) == true]", segments(x));
    }

    /** Printed as the parser reads it: parentheses only where precedence or a chain needs them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "((close)) > (1) # close > 1",
        "(close - open) * 2 > 1 # (close - open) * 2 > 1",
        "close - (open - 1) > 100 # close - (open - 1) > 100",
        "(close - open) - 1 > 100 # close - open - 1 > 100",
        "close / (open / 2) > 100 # close / (open / 2) > 100",
        "close + (open * 2) > 100 # close + open * 2 > 100",
        "close * (open + 2) > 100 # close * (open + 2) > 100",
        "close * -open > 1 # close * -open > 1",
        "close * -(open + 1) > 1 # close * -(open + 1) > 1",
        "-(close + 1) > 0 # -(close + 1) > 0",
        "-(close[1]) > 0 # -close[1] > 0",
        "not (close > 1) # not close > 1",
        "not (not is_long) # not not is_long",
        "not (close > 1 and open > 5) # not (close > 1 and open > 5)",
        "(close > 1 or open > 5) and high > 20 # (close > 1 or open > 5) and high > 20",
        "close > 1 or (open > 5 and high > 20) # close > 1 or open > 5 and high > 20",
        "(close > 1 and open > 5) and high > 20 # close > 1 and open > 5 and high > 20",
        "close > 1 and (open > 5 and high > 20) # close > 1 and (open > 5 and high > 20)",
        "(rsi_14 between 1 and 2) == none # (rsi_14 between 1 and 2) == none",
        "(close > 1) == (open > 5) # (close > 1) == (open > 5)",
        "(not is_long) == true # (not is_long) == true",
        "position == 'short' or is_flat # position == 'short' or is_flat",
    })
    void theRenderedRuleReadsBackAsTheSameRule(String rule, String expected) {
        Fixture f = new Fixture().with("rsi_14", 50).with("close", 10).with("open", 4).with("high", 12);
        EvalContext ctx = new EvalContext();
        ctx.bar = 0;
        assertEquals(expected, printed(explain(f, rule, ctx)));
    }

    @Test
    void numberLiteralsAreWrittenWithoutNeedlessDigits() {
        Fixture f = new Fixture().with("close", 10);
        assertEquals("close > 45 and close < 1.5 or close > 0.001 or close < 100000000000000000000",
                printed(explain(f, "close > 45.0 and close < 1.50 or close > 1e-3 or close < 1e20", 0)));
    }

    @Test
    void positionAndConditionReadingsAreWords() {
        Fixture f = new Fixture();
        EvalContext ctx = new EvalContext();
        ctx.bar = 0;
        ctx.positionSign = -1;
        assertEquals("position=short, is_long=false", values(explain(f, "position == 'short' or is_long", ctx)));
        ctx.positionSign = 0;
        RuleExplanation flat = explain(f, "position != 'flat' or is_flat == false", ctx);
        assertEquals("position=flat, is_flat=true", values(flat));
        assertEquals(List.of("position != 'flat'", "is_flat == false"), flat.deciding());
    }

    @Test
    void aPositionFieldWithoutValueIsNoneNotMissing() {
        EvalContext ctx = new EvalContext();
        ctx.bar = 0;
        ctx.unrealizedPnlPct = Double.NaN;
        ctx.barsInPosition = 3;
        RuleExplanation x = explain(new Fixture(), "unrealized_pnl_pct > 0 or bars_in_position > 3", ctx);
        assertEquals(RuleResult.FALSE, x.result());
        assertEquals("unrealized_pnl_pct=none, bars_in_position=3.0", values(x));
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

    private static CompiledRule compile(String source, SeriesBinder binder) {
        try {
            return RuleCompiler.compile(source, binder);
        } catch (RuleSyntaxException e) {
            return fail("does not compile: " + source + " -> " + e.getMessage());
        }
    }
}
