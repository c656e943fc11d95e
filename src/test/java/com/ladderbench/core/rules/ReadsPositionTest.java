package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rule that reads position state cannot be evaluated ahead of the bar: the engine asks which do. */
class ReadsPositionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
        "close > sma_long # false",
        "close > close[1] * 0.97 and rsi_14 between 45 and 70 # false",
        "true # false",
        "is_flat # true",
        "is_long and close > sma_long # true",
        "close > sma_long or is_short # true",
        "position == 'flat' # true",
        "bars_in_position >= 10 # true",
        "unrealized_pnl_pct < -2 # true",
        "not (close > sma_long and bars_in_position > 3) # true",
    })
    void aRuleReadsPositionExactlyWhenItNamesPositionState(String rule, boolean reads) throws RuleSyntaxException {
        assertEquals(reads, RuleCompiler.readsPosition(rule));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"close >", "no_such_series > 1"})
    void aRuleThatDoesNotCheckIsReportedAsASyntaxError(String rule) {
        assertThrows(RuleSyntaxException.class, () -> RuleCompiler.readsPosition(rule));
    }
}
