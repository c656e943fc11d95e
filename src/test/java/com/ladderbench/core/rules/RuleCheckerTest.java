package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleCheckerTest {

    private static String rendered(String rule) {
        return RuleChecker.check(rule).stream().map(RuleError::render).collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "close > ema_medium and rsi_14 between 45 and 70 and not is_short",
        "45 < rsi_14 < 70",
        "position == 'flat' or position != \"short\"",
        "'long' == position",
        "is_long == true and is_flat != False",
        "close / atr_14 > none or close != None",
        "is_long == none",
        "bars_in_position >= 4 and unrealized_pnl_pct < -2.5",
        "tf_4h_close[1] > tf_4h_sma_long and close[3] < close",
        "true",
        "-(close - open) * 2 / volume between -1 and 1",
    })
    void validRulesHaveNoErrors(String rule) {
        assertEquals("", rendered(rule));
    }

    /** One problem is reported once: an operand already in error adds no second complaint about its type. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "foo > 1 # col 1: unknown identifier 'foo'",
        "1 > foo # col 5: unknown identifier 'foo'",
        "foo == 1 # col 1: unknown identifier 'foo'",
        "is_long != foo # col 12: unknown identifier 'foo'",
        "position == foo # col 13: unknown identifier 'foo'",
        "'flat' == close # col 1: text is only allowed in position == 'flat' | 'long' | 'short'",
        "close == 'flat' # col 10: text is only allowed in position == 'flat' | 'long' | 'short'",
        "rsi_14 between 'a' and 5 # col 16: 'between' needs numbers, found text 'a'",
        "rsi_14 between 1 and is_long # col 22: 'between' needs numbers, found a condition",
        "none == (close > 1) # ``",
        "(close > 1) == none # ``",
        "is_long != (close > 1) # ``",
        "none == close # ``",
    })
    void eachProblemIsReportedOnceAtItsOperand(String rule, String expected) {
        assertEquals(expected.trim(), rendered(rule));
    }

    @Test
    void errorsAreListedByColumnThoughTheRuleAsAWholeIsCheckedLast() {
        assertEquals("col 7: a rule must be a condition (true/false), found a number"
                + " | col 9: '+' needs numbers on both sides, found a condition", rendered("close + is_long"));
    }

    @Test
    void unknownIdentifierIsReportedWithItsColumnAndASuggestion() {
        assertEquals(List.of(new RuleError(15, "unknown identifier 'rsi14' (did you mean 'rsi_14'?)")),
                RuleChecker.check("close > 1 and rsi14 < 70"));
        assertEquals("col 15: unknown identifier 'rsi14' (did you mean 'rsi_14'?)", rendered("close > 1 and rsi14 < 70"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "ema_mediun > 0 # unknown identifier 'ema_mediun' (did you mean 'ema_medium'?)",
        "Close > 0 # unknown identifier 'Close' (did you mean 'close'?)",
        "bolinger_upper > 0 # unknown identifier 'bolinger_upper' (did you mean 'bollinger_upper'?)",
        "sma20 > 0 # unknown identifier 'sma20' (did you mean 'sma_20'?)",
        "islong # unknown identifier 'islong' (did you mean 'is_long'?)",
        "tf_4h_atr14 > 0 # unknown identifier 'tf_4h_atr14' (did you mean 'tf_4h_atr_14'?)",
        "frobnicate > 0 # unknown identifier 'frobnicate'",
        "sma_0 > 0 # period of 'sma_0' must be between 1 and 100000",
        "realized_vol_1 > 0 # period of 'realized_vol_1' must be between 2 and 100000",
        "tf_3h_close > 0 # unknown timeframe '3h' in 'tf_3h_close' (timeframes: 1m 5m 15m 30m 1h 2h 4h 6h 12h 1d 1w)",
        "tf_4h_tf_1d_close > 0 # a tf_ name cannot wrap another tf_ name: 'tf_4h_tf_1d_close'",
        "tf_4h_is_long # position state has no timeframe: write 'is_long', not 'tf_4h_is_long'",
        "tf_close > 0 # unknown identifier 'tf_close' (higher timeframes are written tf_<timeframe>_<name>, e.g. tf_4h_atr_14)",
    })
    void unknownIdentifiersAreExplained(String rule, String message) {
        assertEquals(List.of(new RuleError(1, message)), RuleChecker.check(rule));
    }

    @Test
    void everyUnknownIdentifierIsReportedAtOnceInColumnOrder() {
        assertEquals(List.of(
                new RuleError(1, "unknown identifier 'clse' (did you mean 'close'?)"),
                new RuleError(8, "unknown identifier 'ema_mediun' (did you mean 'ema_medium'?)"),
                new RuleError(23, "unknown identifier 'rsi14' (did you mean 'rsi_14'?)"),
                new RuleError(55, "unknown identifier 'is_shrt' (did you mean 'is_short'?)")),
                RuleChecker.check("clse > ema_mediun and rsi14 between 45 and 70 and not is_shrt"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "close # 1 # a rule must be a condition (true/false), found a number",
        "close + 1 # 7 # a rule must be a condition (true/false), found a number",
        "none # 1 # a rule must be a condition (true/false), found none",
        "position # 1 # a rule must be a condition (true/false), found 'position' (compare it: position == 'long')",
        "'flat' # 1 # a rule must be a condition (true/false), found text 'flat'",
        "close > 1 and rsi_14 # 15 # 'and' needs conditions on both sides, found a number",
        "close or is_long # 1 # 'or' needs conditions on both sides, found a number",
        "not close # 5 # 'not' needs a condition, found a number",
        "is_long + 1 > 0 # 1 # '+' needs numbers on both sides, found a condition",
        "1 + 2 * is_long > 0 # 9 # '*' needs numbers on both sides, found a condition",
        "-is_long > 0 # 2 # '-' needs a number, found a condition",
        "close > is_long # 9 # '>' needs numbers on both sides, found a condition",
        "close == is_long # 7 # cannot compare a number with a condition",
        "is_long != 1 # 9 # cannot compare a condition with a number",
        "is_long between 0 and 1 # 1 # 'between' needs numbers, found a condition",
        "close between 0 and is_long # 21 # 'between' needs numbers, found a condition",
        "position == 'flt' # 13 # position is 'flat', 'long' or 'short', not 'flt'",
        "position == 1 # 13 # 'position' can only be compared with 'flat', 'long' or 'short', found a number",
        "position == position # 13 # 'position' can only be compared with 'flat', 'long' or 'short', found 'position' (compare it: position == 'long')",
        "position < 'long' # 10 # 'position' can only be compared with == or != ('flat', 'long' or 'short')",
        "close == 'flat' # 10 # text is only allowed in position == 'flat' | 'long' | 'short'",
        "is_long[1] # 8 # lag is not available for position state 'is_long'",
        "bars_in_position[2] > 3 # 17 # lag is not available for position state 'bars_in_position'",
        "position[1] == 'flat' # 9 # lag is not available for position state 'position'",
        "(close > 1) > 0 # 8 # '>' needs numbers on both sides, found a condition",
    })
    void typeErrorsNameTheColumn(String rule, int column, String message) {
        assertEquals(List.of(new RuleError(column, message)), RuleChecker.check(rule));
    }

    @Test
    void severalTypeAndNameErrorsAreReportedTogether() {
        assertEquals("col 5: 'not' needs a condition, found a number"
                        + " | col 17: unknown identifier 'sma_lng' (did you mean 'sma_long'?)"
                        + " | col 39: lag is not available for position state 'is_long'"
                        + " | col 46: '+' needs numbers on both sides, found a condition",
                rendered("not close[1] or sma_lng > 0 or is_long[1] or is_flat + 1 > 0"));
    }

    @Test
    void anUnknownOperandDoesNotCascadeIntoTypeErrorsButEachOccurrenceIsReported() {
        assertEquals("col 1: unknown identifier 'foo' | col 13: unknown identifier 'bar' | col 21: unknown identifier 'foo'",
                rendered("foo + 1 > 2*bar and foo"));
    }

    @Test
    void aSyntaxErrorIsReportedAlone() {
        assertEquals("col 12: unexpected end of rule: expected a value", rendered("foo > 1 and"));
    }

    @Test
    void compileThrowsTheFirstSemanticError() {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class,
                () -> RuleCompiler.compile("close > 1 and rsi14 < 70 and foo", ref -> new SeriesColumn(new double[0], null)));
        assertEquals("col 15: unknown identifier 'rsi14' (did you mean 'rsi_14'?)", e.getMessage());
        assertTrue(RuleChecker.check("close > 1 and rsi14 < 70 and foo").size() == 2);
    }
}
