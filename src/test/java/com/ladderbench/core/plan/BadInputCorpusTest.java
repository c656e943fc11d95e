package com.ladderbench.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bad configuration and plan files under src/test/resources/plans/ added for issue 10 (bounds, ids). */
class BadInputCorpusTest {
    @Test
    void aConfigOutsideEveryBoundReportsEachFieldAtItsPath() {
        Path file = Fixtures.path("config-out-of-bounds.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RunConfigLoader.load(file));
        String f = file.toString();
        assertEquals(List.of(
                new Problem(f, "initial_cash", "must be > 0 and <= 1e+15, got 1e+308"),
                new Problem(f, "fee_bps", "must be >= 0 and <= 1000, got 1001"),
                new Problem(f, "slippage_bps", "must be >= 0 and <= 1000, got 1000000"),
                new Problem(f, "min_hold_bars", "must be a whole number, got string"),
                new Problem(f, "lot_size", "must be >= 1e-12 and <= 1000000, got 1e-30")), e.problems());
    }

    @Test
    void invisibleAndBidiCharactersInIdsAndSymbolsAreRefusedAtTheirPaths() {
        Path file = Fixtures.path("ids-invisible-and-bidi.json");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new PlanLoader(ExpressionChecker.NONE).load(file));
        assertEquals(List.of("triggers[0].id", "triggers[1].id", "triggers[3].symbol"),
                e.problems().stream().map(Problem::location).toList());
        assertEquals("contains U+202E (right-to-left override) at position 4; use only letters, digits, '_', '.' and '-'",
                e.problems().get(1).message());
    }
}
