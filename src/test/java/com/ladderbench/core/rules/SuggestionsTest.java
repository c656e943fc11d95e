package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Did you mean": how far a misspelling may be from the name it suggests, by the length of what was written. */
class SuggestionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
        // up to 4 characters: one edit
        "lw # low",
        "opxx # ",
        // 5 to 8 characters: two edits
        "opexx # open",
        "volumxx # volume",
        "volumxxx # ",
        // longer: three edits
        "volumexxx # volume",
        "sma_shortxxx # sma_short",
        "sma_shortxxxx # ",
    })
    void aSuggestionIsAtMostOneTwoOrThreeEditsAwayByLength(String written, String suggested) {
        assertEquals(suggested, Suggestions.closest(written));
    }

    @Test
    void onATieTheNameListedFirstWins() {
        // one edit from both sma_short and ema_short; the series list names sma_short first
        assertEquals("sma_short", Suggestions.closest("xma_short"));
        assertEquals("ema_short", Suggestions.closest("ema_shor"));
    }

    @Test
    void periodicNamesAreSuggestedForUpToSixDigits() {
        assertEquals("rsi_123456", Suggestions.closest("rsi123456"));
        assertNull(Suggestions.closest("rsi1234567"));
        assertEquals("sma_7", Suggestions.closest("sma007"));
    }

    @Test
    void nothingIsSuggestedForAnEmptyOrOverlongName() {
        assertNull(Suggestions.closest(""));
        assertNull(Suggestions.closest("close".repeat(13)));
    }
}
