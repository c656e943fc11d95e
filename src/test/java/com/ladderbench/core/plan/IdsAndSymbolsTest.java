package com.ladderbench.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.text.Names;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §2.1: trigger ids are [A-Za-z0-9_.-], symbols [A-Za-z0-9_.:/-]; nothing invisible, nothing that reorders text. */
class IdsAndSymbolsTest {
    private static final String VALID = Fixtures.text("valid-plan.json");
    private final PlanLoader loader = new PlanLoader(ExpressionChecker.NONE);

    private List<String> errorsAfter(String edits) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> loader.parse(JsonEdits.apply(VALID, edits), "plan.json"));
        return e.problems().stream().map(Problem::render).toList();
    }

    @Test
    void anIdThatDiffersOnlyByAZeroWidthSpaceIsRefusedNotASecondTrigger() {
        assertEquals(List.of("plan.json: triggers[1].id: contains U+200B (zero width space) at position 15;"
                + " use only letters, digits, '_', '.' and '-'"),
                errorsAfter("triggers[1].id = \"btc_trend_long\\u200b\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "btc trim        | a space at position 4",
        "btc\\u202etrim  | U+202E (right-to-left override) at position 4",
        "btc\\u2066trim  | U+2066 (left-to-right isolate) at position 4",
        "btc\\ufefftrim  | U+FEFF (zero width no-break space) at position 4",
        "trim\\u00e9     | U+00E9 (latin small letter e with acute) at position 5",
        "btc:trim        | ':' at position 4",
        "btc/trim        | '/' at position 4",
        "btc\\ttrim      | U+0009 (character tabulation) at position 4",
    })
    void anIdWithACharacterOutsideItsSetIsRefusedAtItsPath(String id, String what) {
        List<String> errors = errorsAfter("triggers[5].id = \"" + id.trim() + "\"");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("plan.json: triggers[5].id: contains " + what.trim() + "; use only"),
                errors.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "BTC USD         | a space at position 4",
        "BTC-USD\\u200b  | U+200B (zero width space) at position 8",
        "BTC\\u2212USD   | U+2212 (minus sign) at position 4",
        "BTC*USD         | '*' at position 4",
    })
    void aSymbolWithACharacterOutsideItsSetIsRefusedAtItsPath(String symbol, String what) {
        List<String> errors = errorsAfter("triggers[5].symbol = \"" + symbol.trim() + "\"");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("plan.json: triggers[5].symbol: contains " + what.trim() + "; use only"),
                errors.get(0));
    }

    @Test
    void aSizingRuleSymbolFollowsTheSameRule() {
        assertEquals(List.of("plan.json: sizing_rules[0].symbol: contains a space at position 4;"
                + " use only letters, digits, '_', '.', '-', ':' and '/'"),
                errorsAfter("sizing_rules[0].symbol = \"BTC USD\""));
    }

    @Test
    void everyAllowedCharacterIsAccepted() throws Exception {
        String ids = "triggers[5].id = \"Trim_v2.1-a\"; triggers[5].symbol = \"BINANCE:BTC/USDT_perp.x-1\"";
        LoadedPlan loaded = loader.parse(JsonEdits.apply(VALID, ids), "plan.json");
        assertEquals("Trim_v2.1-a", loaded.plan().triggers().get(5).id());
        assertEquals("BINANCE:BTC/USDT_perp.x-1", loaded.plan().triggers().get(5).symbol());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z9", "_", "t4_entry", "x.y-z"})
    void plainIdsPass(String id) {
        assertEquals(Optional.empty(), Names.checkTriggerId(id));
    }

    @Test
    void aSupplementaryCharacterIsNamedOnce() {
        assertEquals(Optional.of("contains U+1F600 (grinning face) at position 2; use only letters, digits, '_', '.' and '-'"),
                Names.checkTriggerId("a\uD83D\uDE00"));
    }
}
