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
        return problems(file, UNIT);
    }

    private List<String> problems(Path file, LotSize lotSize) {
        return assertThrows(InvalidInputException.class, () -> FillsCsvReader.read(file, lotSize)).problems().stream()
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

    @Test
    void eachEmptyRequiredValueIsReportedByNameAndNothingElseAboutIt() throws Exception {
        assertEquals(List.of("line 2: timestamp is empty", "line 3: symbol is empty", "line 4: side is empty",
                        "line 5: qty is empty", "line 6: price is empty", "line 7: fee is empty"),
                problems(csv(HEADER,
                        ",BTC,buy,1,100,0,",
                        "2024-01-01T00:00:00Z,,buy,1,100,0,",
                        "2024-01-01T00:00:00Z,BTC,,1,100,0,",
                        "2024-01-01T00:00:00Z,BTC,buy,,100,0,",
                        "2024-01-01T00:00:00Z,BTC,buy,1,,0,",
                        "2024-01-01T00:00:00Z,BTC,buy,1,100,,")));
    }

    @Test
    void aRowWithoutAUsableSymbolTakesNoPartInAnySymbolsTimeOrder() throws Exception {
        assertEquals(List.of("line 2: symbol is empty", "line 3: symbol is empty"),
                problems(csv(HEADER, "2024-01-01T05:00:00Z,,buy,1,100,0,", "2024-01-01T04:00:00Z,,buy,1,100,0,")));
        List<String> bad = problems(csv(HEADER, "2024-01-01T05:00:00Z,BTC USD,buy,1,100,0,",
                "2024-01-01T04:00:00Z,BTC USD,buy,1,100,0,"));
        assertEquals(2, bad.size(), String.join("\n", bad));
        assertEquals(true, bad.stream().allMatch(p -> p.contains("symbol contains")), String.join("\n", bad));
    }

    @Test
    void binaryNoiseInAQtyIsForgivenOnlyBelowTwoToTheFiftyLotsWhereADoubleStillCountsSingleLots() throws Exception {
        // 2^50 = 1125899906842624; the text is off the grid by a ten-millionth of a lot, the double is not
        List<Fill> below = FillsCsvReader.read(csv(HEADER, "2024-01-01T00:00:00Z,BTC,buy,1125899906842623.0000001,1,0,"),
                UNIT);
        assertEquals(1_125_899_906_842_623L, below.get(0).lots());
        assertEquals(List.of("line 2: qty 1125899906842624.0000001 is not a whole number of lots of 1.0"),
                problems(csv(HEADER, "2024-01-01T00:00:00Z,BTC,buy,1125899906842624.0000001,1,0,")));
    }

    @Test
    void theNoiseLimitCountsLotsNotUnits() throws Exception {
        // 2e7 units of 1e-8 are 2e15 lots, beyond 2^50: the stray digit is not forgiven
        assertEquals(List.of("line 2: qty 20000000.000000000001 is not a whole number of lots of 1.0E-8"),
                problems(csv(HEADER, "2024-01-01T00:00:00Z,BTC,buy,20000000.000000000001,1,0,"), new LotSize(1e-8)));
    }

    @Test
    void aQtyOfMoreLotsThanSixtyFourBitsHoldAsksForALargerLotSize() throws Exception {
        assertEquals(List.of("line 2: qty 1000000000000 is more lots of 1.0E-8 than a 64-bit count holds;"
                        + " pass a larger --lot-size"),
                problems(csv(HEADER, "2024-01-01T00:00:00Z,BTC,buy,1000000000000,1,0,"), new LotSize(1e-8)));
        assertEquals(10_000_000_000L, FillsCsvReader.read(csv(HEADER, "2024-01-01T00:00:00Z,BTC,buy,100,1,0,"),
                new LotSize(1e-8)).get(0).lots(), "the same file in a lot size that fits is read");
    }
}
