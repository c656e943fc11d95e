package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleParserTest {

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '|', value = {
        "a or b and c                 | (or a (and b c))",
        "a and b or c                 | (or (and a b) c)",
        "not a and b                  | (and (not a) b)",
        "not a or not b               | (or (not a) (not b))",
        "not x < 1                    | (not (cmp x < 1))",
        "not not a                    | (not (not a))",
        "a + b * c < d                | (cmp (+ a (* b c)) < d)",
        "(a + b) * c                  | (* (+ a b) c)",
        "a - b - c                    | (- (- a b) c)",
        "a / b / c                    | (/ (/ a b) c)",
        "a - b + c                    | (+ (- a b) c)",
        "a * b / c * d                | (* (/ (* a b) c) d)",
        "-a * b                       | (* (neg a) b)",
        "a * -b                       | (* a (neg b))",
        "- - a                        | (neg (neg a))",
        "-a[2]                        | (neg a[2])",
        "a + b == c - d               | (cmp (+ a b) == (- c d))",
        "x between a + 1 and b * 2    | (between x (+ a 1) (* b 2))",
        "x between 1 and 2 and y      | (and (between x 1 2) y)",
        "not x between 1 and 2        | (not (between x 1 2))",
        "45 < rsi_14 < 70             | (cmp 45 < rsi_14 < 70)",
        "a <= b < c >= d              | (cmp a <= b < c >= d)",
        "a == b != c                  | (cmp a == b != c)",
        "a or b or c                  | (or a b c)",
        "a and (b or c) and d         | (and a (or b c) d)",
        "close[0] > close[1]          | (cmp close[0] > close[1])",
        "(close)[3]                   | close[3]",
    })
    void operatorsBindByPrecedenceAndChainLeftToRight(String rule, String tree) {
        assertEquals(tree.trim(), Sexpr.of(rule));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "12 == 12.0      | (cmp 12 == 12)",
        "x > 1.5         | (cmp x > 1.5)",
        "x > .5          | (cmp x > 0.5)",
        "x > 1e-3        | (cmp x > 0.001)",
        "x > 2E+2        | (cmp x > 200)",
        "x > 3.          | (cmp x > 3)",
        "True and false  | (and true false)",
        "x == None       | (cmp x == none)",
        "position == \"long\" | (cmp position == 'long')",
    })
    void literalsInTheirPythonSpellings(String rule, String tree) {
        assertEquals(tree.trim(), Sexpr.of(rule));
    }

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "close > (sma_20 # 16 # expected ')' to close '(' at col 9, found end of rule",
        "close > sma_20) # 15 # unexpected ')' (no matching '(')",
        "close > # 8 # unexpected end of rule: expected a value",
        "close > > 1 # 9 # unexpected '>'",
        "> 1 # 1 # unexpected '>'",
        "and is_long # 1 # unexpected 'and'",
        "close = 1 # 7 # unexpected '=' (use '==' to compare)",
        "close > 1 && is_long # 11 # unexpected '&&' (use 'and')",
        "close > 1 || is_long # 11 # unexpected '||' (use 'or')",
        "!is_long # 1 # unexpected '!' (use 'not')",
        "close <> 1 # 7 # unexpected '<>' (use '!=')",
        "close > 1 @ 2 # 11 # unexpected character '@'",
        "close > 12abc # 9 # invalid number '12abc'",
        "close > 1.2.3 # 9 # invalid number '1.2.3'",
        "close > 1e # 9 # invalid number '1e'",
        "close > 1e5.5 # 9 # invalid number '1e5.5'",
        "close > 1.5e # 9 # invalid number '1.5e'",
        "close > 1e+ # 9 # invalid number '1e'",
        "close > 2e-x1 # 9 # invalid number '2e'",
        "close > 1.2.3.4 # 9 # invalid number '1.2.3.4'",
        "close > 1.x2 # 9 # invalid number '1.x2'",
        "close > 1.5.5 or x # 9 # invalid number '1.5.5'",
        "close > 1e999 # 9 # number 1e999 is out of range",
        "position == 'flat # 13 # unterminated text: missing closing '",
        "close[-1] > 1 # 7 # a lag must be a whole number of bars >= 0, e.g. close[1]",
        "close[1.5] > 1 # 7 # a lag must be a whole number of bars >= 0, found 1.5",
        "close[1e2] > 1 # 7 # a lag must be a whole number of bars >= 0, found 1e2",
        "close[x] > 1 # 7 # expected a number of bars inside [ ], found 'x'",
        "close[1 > 1 # 9 # expected ']', found '>'",
        "close[1][2] > 1 # 9 # only one lag [N] per name; write close[3], not close[1][2]",
        "(close + 1)[1] > 1 # 12 # a lag [N] applies only to a name, e.g. close[1]",
        "close[99999999999] > 1 # 7 # a lag of 99999999999 bars is too long; at most 1000000",
        "x between 1 or 2 # 13 # expected 'and' after 'between ...', found 'or'",
        "1 < x between 1 and 2 # 7 # 'between' cannot follow a comparison; use parentheses or 'and'",
        "close > 1 is_long # 11 # unexpected 'is_long' (missing 'and' / 'or' or an operator before it?)",
        "' # 1 # unterminated text: missing closing '",
        "close > 1 2 # 11 # unexpected number 2",
        "close > 1 'flat' # 11 # unexpected text 'flat'",
        "close sma_long (1) # 7 # unexpected 'sma_long' (missing 'and' / 'or' or an operator before it?)",
    })
    void syntaxErrorsNameTheColumnAndTheReason(String rule, int column, String reason) {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleParser.parse(rule));
        assertEquals(reason.trim(), e.reason());
        assertEquals(column, e.column());
        assertEquals("col " + column + ": " + reason.trim(), e.getMessage());
    }

    @Test
    void emptyAndBlankRulesAreErrorsNotNullPointers() {
        for (String rule : new String[] {null, "", "   \t"}) {
            RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleParser.parse(rule));
            assertEquals("col 1: rule is empty", e.getMessage());
        }
    }

    @Test
    void twentyThousandNestedParenthesesGiveANestingErrorNotAStackOverflow() {
        String rule = "(".repeat(20_000) + "is_long" + ")".repeat(20_000);
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleParser.parse(rule));
        assertEquals("col 201: expression nested more than 200 levels deep", e.getMessage());
    }

    @Test
    void twentyThousandNotsOrMinusesGiveANestingError() {
        RuleSyntaxException nots = assertThrows(RuleSyntaxException.class,
                () -> RuleParser.parse("not ".repeat(20_000) + "is_long"));
        assertEquals("col 801: expression nested more than 200 levels deep", nots.getMessage());
        RuleSyntaxException minuses = assertThrows(RuleSyntaxException.class,
                () -> RuleParser.parse("-".repeat(20_000) + "1 > 0"));
        assertEquals(201, minuses.column());
    }

    @Test
    void nestingUpToTheLimitParses() {
        String rule = "(".repeat(RuleParser.MAX_NESTING) + "is_long" + ")".repeat(RuleParser.MAX_NESTING);
        assertEquals("is_long", Sexpr.of(rule));
    }

    @Test
    void longFlatChainsParseBecauseTheyDoNotNest() {
        // 20,000 operands: n-ary nodes keep the tree shallow, so checking and evaluation cannot overflow either
        String rule = "close" + "+1".repeat(20_000) + ">0 and (" + "is_long or ".repeat(3_000) + "is_flat)";
        assertEquals(RuleResult.TRUE, new Fixture().with("close", 1.0).eval(rule, 0));
    }

    @Test
    void nestingIsCountedPerPathSoManySiblingGroupsParse() {
        int n = RuleParser.MAX_NESTING + 50;
        assertEquals(RuleResult.TRUE, Fixture.eval("(is_flat) and ".repeat(n) + "is_flat"));
        assertEquals(RuleResult.TRUE, Fixture.eval("not is_long and ".repeat(n) + "is_flat"));
        assertEquals(RuleResult.TRUE, Fixture.eval("-1 + ".repeat(n) + "-1 < 0"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "1e2 # 100.0", "1E2 # 100.0", "1e+2 # 100.0", "1E-2 # 0.01", "2.5e-1 # 0.25", ".5 # 0.5", "5. # 5.0",
    })
    void numbersTakeAnOptionalFractionAndSignedExponent(String literal, double value) throws RuleSyntaxException {
        Expr.Comparison c = (Expr.Comparison) RuleParser.parse("close > " + literal);
        assertEquals(value, ((Expr.NumberLiteral) c.steps().get(0).operand()).value());
    }

    @Test
    void aSourceOfExactlyTheMaximumLengthParses() throws RuleSyntaxException {
        String rule = "close > 1" + " ".repeat(RuleParser.MAX_LENGTH - "close > 1".length());
        assertEquals(RuleParser.MAX_LENGTH, rule.length());
        assertEquals("(cmp close > 1)", Sexpr.of(rule));
        assertThrows(RuleSyntaxException.class, () -> RuleParser.parse(rule + " "));
    }

    @ParameterizedTest(name = "close[{0}]")
    @ValueSource(ints = {0, 9, 10, 90, RuleParser.MAX_LAG})
    void everyWholeLagUpToTheLimitParses(int bars) {
        assertEquals("close[" + bars + "]", Sexpr.of("close[" + bars + "] > 1").split(" ")[1]);
    }

    @Test
    void aLagOneBarPastTheLimitIsRefused() {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class,
                () -> RuleParser.parse("close[" + (RuleParser.MAX_LAG + 1) + "] > 1"));
        assertEquals("col 7: a lag of 1000001 bars is too long; at most 1000000", e.getMessage());
    }

    @Test
    void overlongSourceIsRejectedWithItsLength() {
        String rule = "close > 1 and ".repeat(10_000) + "is_long";
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleParser.parse(rule));
        assertEquals("col 100001: rule is " + rule.length() + " characters long; at most 100000 are allowed", e.getMessage());
    }

    @Test
    void columnsAreOneBasedAndPointAtTheOperator() throws RuleSyntaxException {
        Expr e = RuleParser.parse("close > 1 and  rsi_14 < 70");
        assertEquals(11, e.column());
        Expr.Logical and = (Expr.Logical) e;
        Expr.Comparison second = (Expr.Comparison) and.operands().get(1);
        assertEquals(23, second.column());
        assertEquals(16, second.first().column());
    }

    @Test
    void messagesClipHugeTokens() {
        String name = "x".repeat(50_000);
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleParser.parse("close > 1 " + name));
        assertEquals("col 11: unexpected '" + "x".repeat(37) + "...' (missing 'and' / 'or' or an operator before it?)",
                e.getMessage());
        assertEquals("col 1: unknown identifier '" + "x".repeat(37) + "...'", RuleChecker.check(name).get(0).render());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a", "z", "A", "Z", "_"})
    void namesStartWithAnyAsciiLetterOrAnUnderscore(String name) {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleCompiler.references(name + " > 1"));
        assertEquals("col 1: unknown identifier '" + name + "'", e.getMessage());
    }

    @Test
    void anUnexpectedCharacterIsQuotedWhenPrintableAndGivenAsACodePointOtherwise() {
        assertEquals("col 11: unexpected character '~'",
                assertThrows(RuleSyntaxException.class, () -> RuleParser.parse("close > 1 ~")).getMessage());
        assertEquals("col 11: unexpected character U+007F",
                assertThrows(RuleSyntaxException.class, () -> RuleParser.parse("close > 1 \u007f")).getMessage());
    }

    @Test
    void aTokenOfFortyCharactersIsQuotedWholeAndALongerOneIsClipped() {
        String forty = "x".repeat(40);
        assertEquals("col 1: unknown identifier '" + forty + "'",
                assertThrows(RuleSyntaxException.class, () -> RuleCompiler.references(forty + " > 1")).getMessage());
        assertEquals("col 1: unknown identifier '" + "x".repeat(37) + "...'",
                assertThrows(RuleSyntaxException.class, () -> RuleCompiler.references(forty + "x > 1")).getMessage());
    }

    @Test
    void aDotAtTheEndOfTheRuleIsAnUnexpectedCharacterNotANumber() {
        assertEquals("col 9: unexpected character '.'",
                assertThrows(RuleSyntaxException.class, () -> RuleParser.parse("close > .")).getMessage());
    }
}
