package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.core.engine.Qty;
import com.ladderbench.model.Fill;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fills file's value checks at their boundaries, and a header that is wrong stops the reading. */
class FillsCsvBoundaryTest {
    private static final LotSize UNIT = new LotSize(1);
    private static final String HEADER = "timestamp,symbol,side,qty,price,fee,exit_fraction";

    @TempDir
    Path dir;

    private Path csv(String... lines) throws IOException {
        Path f = dir.resolve("fills.csv");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private List<String> problems(Path file) {
        return assertThrows(InvalidInputException.class, () -> FillsCsvReader.read(file, UNIT)).problems().stream()
                .map(Problem::render).map(s -> s.substring(s.indexOf(": ") + 2)).toList();
    }

    @Test
    void aZeroPriceIsRefusedAndAZeroFeeIsFine() throws Exception {
        assertEquals(List.of("line 2: price 0 must be > 0"),
                problems(csv(HEADER, "2024-01-01T00:00:00Z,BTC,buy,1,0,0,")));
        List<Fill> fills = FillsCsvReader.read(csv(HEADER, "2024-01-01T00:00:00Z,BTC,buy,1,100,0,"), UNIT);
        assertEquals(0.0, fills.get(0).fee(), 0.0);
        assertEquals(1.0, Qty.of(fills.get(0)), 0.0);
    }

    @Test
    void anExitFractionOfExactlyOneIsAFullExit() throws Exception {
        List<Fill> fills = FillsCsvReader.read(csv(HEADER, "2024-01-01T00:00:00Z,BTC,buy,2,100,0,",
                "2024-01-01T01:00:00Z,BTC,sell,2,100,0,1"), UNIT);
        assertEquals(1.0, fills.get(1).exitFraction());
    }

    @Test
    void aColumnNamedTwiceIsReported() throws Exception {
        assertEquals(List.of("line 1: column 'qty' appears twice"),
                problems(csv("timestamp,symbol,side,qty,price,fee,qty", "2024-01-01T00:00:00Z,BTC,buy,1,100,0,1")));
    }

    @Test
    void aBadHeaderIsTheOnlyProblemReportedRowsAfterItAreNotReadAsHeaders() throws Exception {
        assertEquals(List.of("line 1: missing column 'price'"),
                problems(csv("timestamp,symbol,side,qty,fee", "2024-01-01T00:00:00Z,BTC,buy,1,0",
                        "2024-01-01T01:00:00Z,BTC,sell,1,0")));
    }
}
