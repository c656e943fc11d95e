package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A rule problem's column names a token; the editor selects exactly that token. */
class RuleTokensTest {
    private static String token(String rule, int column) {
        RuleTokens.Span s = RuleTokens.at(rule, column);
        return rule.substring(s.start(), s.end());
    }

    @Test
    void theSpanAtAColumnIsTheWholeTokenStartingThere() {
        String rule = "rsi14 < 45 and close >= ema_short[2]";
        assertEquals("rsi14", token(rule, 1));
        assertEquals("<", token(rule, 7));
        assertEquals("45", token(rule, 9));
        assertEquals(">=", token(rule, 22));
        assertEquals("ema_short", token(rule, 25));
        assertEquals("[", token(rule, 34));
    }

    @Test
    void tokensTheLexerRefusesSpanAsFarAsItRead() {
        assertEquals("'open", token("x == 'open", 6));
        assertEquals("=", token("close = 3", 7));
        assertEquals("12abc", token("close > 12abc and x", 9));
    }

    @Test
    void aRefusedNumberSpansTheWholeWordItStarts() {
        assertEquals("1.2.3", token("close > 1.2.3 and x", 9));
        assertEquals("12abc", token("close > 12abc", 9));
        assertEquals("9x_1.5", token("close > 9x_1.5", 9));
        assertEquals(".5.5", token("close > .5.5 or x", 9));
        assertEquals("1e", token("close > 1e", 9));
        assertEquals("1e", token("close > 1e+x", 9));
        assertEquals("1e999", token("close > 1e999 or x", 9));
    }

    @Test
    void aColumnPastTheEndIsTheEmptySpanAtTheEnd() {
        RuleTokens.Span s = RuleTokens.at("close >", 8);
        assertEquals(new RuleTokens.Span(7, 7), s);
    }
}
