package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.Category;
import com.ladderbench.model.Fill;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Side;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FillsCsvReaderTest {
    private static final LotSize SATOSHI = new LotSize(1e-8);

    @TempDir
    Path dir;

    private Path csv(String... lines) throws IOException {
        Path f = dir.resolve("fills.csv");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private List<Problem> problems(Path file) {
        return assertThrows(InvalidInputException.class, () -> FillsCsvReader.read(file, SATOSHI)).problems();
    }

    private static String render(List<Problem> problems) {
        return problems.stream().map(Problem::render).collect(Collectors.joining("\n"));
    }

    @Test
    void readsAllColumnsInAnyOrderWithCaseInsensitiveHeader() throws Exception {
        Path f = csv("Symbol,TIMESTAMP,Side,Qty,Price,Fee,Fill_Id,Trigger_Id,Category,Reason,Exit_Fraction",
                "BTC-USD,2024-01-01T00:00:00Z,BUY,1.0,40000,4.0,a1,btc_long,trend_continuation,breakout,",
                "BTC-USD,2024-01-01T01:00:00Z,sell,0.3,41000,1.23,a2,btc_trim,risk_reduce,\"momentum fading, near resistance\",0.3");
        List<Fill> fills = FillsCsvReader.read(f, SATOSHI);
        assertEquals(2, fills.size());
        Fill first = fills.get(0);
        assertEquals("a1", first.fillId());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli(), first.timestamp());
        assertEquals("BTC-USD", first.symbol());
        assertEquals(Side.BUY, first.side());
        assertEquals(1.0, first.qtyAsDouble());
        assertEquals(40000.0, first.price());
        assertEquals(4.0, first.fee());
        assertEquals("btc_long", first.triggerId());
        assertEquals(Category.TREND_CONTINUATION, first.category());
        assertNull(first.exitFraction());
        assertNull(first.timeframe(), "imported fills have no timeframe");
        Fill second = fills.get(1);
        assertEquals(Category.RISK_REDUCE, second.category());
        assertEquals("momentum fading, near resistance", second.reason());
        assertEquals(0.3, second.exitFraction());
        assertEquals(0.3, second.qtyAsDouble());
    }

    @Test
    void timestampsMayBeIsoOrEpochSecondsOrMillis() throws Exception {
        long t = Instant.parse("2024-03-01T12:00:00Z").toEpochMilli();
        Path f = csv("timestamp,symbol,side,qty,price,fee",
                "2024-03-01T12:00:00Z,X,buy,1,10,0",
                "2024-03-01 12:00:00,X,buy,1,10,0",
                "2024-03-01T13:00:00+01:00,X,buy,1,10,0",
                (t / 1000) + ",X,buy,1,10,0");
        List<Fill> fills = FillsCsvReader.read(f, SATOSHI);
        assertTrue(fills.stream().allMatch(x -> x.timestamp() == t), fills.toString());
        Path ms = csv("timestamp,symbol,side,qty,price,fee", t + ",X,buy,1,10,0", (t + 1) + ",X,sell,1,10,0");
        assertEquals(List.of(t, t + 1), FillsCsvReader.read(ms, SATOSHI).stream().map(Fill::timestamp).toList());
    }

    @Test
    void aFileMixingEpochSecondsAndMillisecondsIsRefusedAtTheRowThatChangesUnit() throws Exception {
        long t = Instant.parse("2024-03-01T12:00:00Z").toEpochMilli();
        Path f = csv("timestamp,symbol,side,qty,price,fee", (t / 1000) + ",X,buy,1,10,0", t + ",X,sell,1,10,0");
        assertEquals(f + ": line 3: timestamp " + t + " looks like epoch milliseconds but this file's timestamps are"
                + " epoch seconds (from line 2); use one unit for the whole file", render(problems(f)));
    }

    @Test
    void missingFillIdsAreAssignedInFileOrderSkippingIdsTheFileUses() throws Exception {
        Path f = csv("fill_id,timestamp,symbol,side,qty,price,fee",
                ",1,X,buy,1,10,0",
                "F000002,2,X,buy,1,10,0",
                ",3,X,buy,1,10,0",
                ",4,X,buy,1,10,0");
        List<String> ids = FillsCsvReader.read(f, SATOSHI).stream().map(Fill::fillId).toList();
        assertEquals(List.of("F000001", "F000002", "F000003", "F000004"), ids);
    }

    @Test
    void fillsWithoutAnIdColumnGetSequentialIds() throws Exception {
        Path f = csv("timestamp,symbol,side,qty,price,fee", "1,X,buy,1,10,0", "1,X,sell,1,11,0");
        assertEquals(List.of("F000001", "F000002"), FillsCsvReader.read(f, SATOSHI).stream().map(Fill::fillId).toList());
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() throws Exception {
        Path f = csv("fill_id,timestamp,symbol,side,qty,price,fee,category,exit_fraction",
                "a,2024-01-01T00:00:00Z,BTC,buy,1,100,0,,",            // 2 ok
                "b,2024-01-01T00:00:00Z,BTC,buy,0,100,0,,",            // 3 qty
                "c,2024-01-01T00:00:00Z,BTC,hold,1,100,0,,",           // 4 side
                "d,2024-01-01T00:00:00Z,BTC,buy,1,-5,0,,",             // 5 price
                "e,2024-01-01T00:00:00Z,BTC,buy,1,100,-0.1,,",         // 6 fee
                "f,2024-01-01T00:00:00Z,BTC,buy,0.123456789,100,0,,",  // 7 off the lot grid
                "g,2024-01-01T00:00:00Z,BTC,sell,1,100,0,risk_trim,",  // 8 category
                "h,2024-01-01T00:00:00Z,BTC,sell,1,100,0,,1.5",        // 9 exit fraction
                "a,2024-01-01T00:00:00Z,BTC,sell,1,100,0,,",           // 10 duplicate id
                "i,2023-12-31T00:00:00Z,BTC,sell,1,100,0,,",           // 11 back in time
                "j,yesterday,BTC,sell,1,100,0,,",                      // 12 timestamp
                "k,2024-01-01T00:00:00Z,BTC,sell,NaN,100,0,,",         // 13 not a number
                "l,2024-01-01T00:00:00Z,BTC,sell,1,100",               // 14 short row
                "m,2024-01-01T00:00:00Z,ETH,sell,1,100,0,,0");         // 15 exit fraction 0
        List<Problem> problems = problems(f);
        String all = render(problems);
        assertEquals(List.of("line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9", "line 10",
                "line 11", "line 12", "line 13", "line 14", "line 15"),
                problems.stream().map(Problem::location).toList(), all);
        assertTrue(problems.stream().allMatch(p -> p.file().equals(f.toString())));
        assertTrue(all.contains("line 3: qty 0 must be > 0"), all);
        assertTrue(all.contains("side 'hold' must be buy or sell"), all);
        assertTrue(all.contains("price -5 must be > 0"), all);
        assertTrue(all.contains("fee -0.1 must be >= 0"), all);
        assertTrue(all.contains("not a whole number of lots"), all);
        assertTrue(all.contains("unknown category 'risk_trim'"), all);
        assertTrue(all.contains("exit_fraction 1.5 must be in (0, 1]"), all);
        assertTrue(all.contains("duplicate fill_id 'a' (first on line 2)"), all);
        assertTrue(all.contains("timestamp goes back in time for BTC"), all);
        assertTrue(all.contains("timestamp 'yesterday'"), all);
        assertTrue(all.contains("qty 'NaN' is not a number"), all);
        assertTrue(all.contains("expected 9 values, found 6"), all);
        assertTrue(all.contains("exit_fraction 0 must be in (0, 1]"), all);
    }

    @Test
    void hexFloatsAndJavaSuffixesAreNotNumbers() throws Exception {
        Path f = csv("timestamp,symbol,side,qty,price,fee", "1,X,buy,0x1p0,10,0", "2,X,buy,1,10d,0", "3,X,buy,1,10,Infinity");
        String all = render(problems(f));
        assertTrue(all.contains("line 2: qty '0x1p0' is not a number"), all);
        assertTrue(all.contains("line 3: price '10d' is not a number"), all);
        assertTrue(all.contains("line 4: fee 'Infinity' is not a number"), all);
    }

    @Test
    void symbolsAndTriggerIdsFollowThePlansCharacterRules() throws Exception {
        Path f = csv("timestamp,symbol,side,qty,price,fee,trigger_id", "1,BTC\u200b,buy,1,10,0,t", "2,BTC,buy,1,10,0,t 1",
                "3,BINANCE:BTC/USDT,buy,1,10,0,t4_entry");
        String all = render(problems(f));
        assertTrue(all.contains("line 2: symbol contains U+200B (zero width space) at position 4"), all);
        assertTrue(all.contains("line 3: trigger_id contains a space at position 2"), all);
        assertTrue(!all.contains("line 4"), all);
    }

    @Test
    void aColumnNamedTwiceInTheHeaderIsRefusedWithItsLine() throws Exception {
        Path f = csv("timestamp,symbol,side,qty,price,fee,QTY", "1,X,buy,1,10,0,2");
        assertEquals(f + ": line 1: column 'QTY' appears twice", render(problems(f)));
    }

    @Test
    void timeOrderIsPerSymbol() throws Exception {
        Path f = csv("timestamp,symbol,side,qty,price,fee", "100,BTC,buy,1,10,0", "50,ETH,buy,1,10,0", "100,BTC,sell,1,10,0");
        assertEquals(3, FillsCsvReader.read(f, SATOSHI).size());
    }

    @Test
    void headerMustNameTheRequiredColumnsAndNothingUnknown() throws Exception {
        List<Problem> problems = problems(csv("timestamp,symbol,side,quantity,price", "1,X,buy,1,10"));
        String all = render(problems);
        assertTrue(all.contains("line 1: unknown column 'quantity'"), all);
        assertTrue(all.contains("line 1: missing column 'qty'"), all);
        assertTrue(all.contains("line 1: missing column 'fee'"), all);
    }

    @Test
    void headerRowIsRequired() throws Exception {
        String all = render(problems(csv("1700000000,BTC,buy,1,100,0")));
        assertTrue(all.contains("line 1: unknown column '1700000000'"), all);
    }

    @Test
    void emptyFileIsBadInput() throws Exception {
        Path f = dir.resolve("empty.csv");
        Files.writeString(f, "");
        assertTrue(render(problems(f)).contains("empty file"));
    }

    @Test
    void missingFileIsBadInput() {
        Path f = dir.resolve("nope.csv");
        assertEquals(List.of(new Problem(f.toString(), null, "file not found")), problems(f));
    }

    @Test
    void problemsStopAfterTwentyBadLines() throws Exception {
        String[] lines = new String[60];
        lines[0] = "timestamp,symbol,side,qty,price,fee";
        for (int i = 1; i < lines.length; i++) lines[i] = i + ",X,buy,-1,10,0";
        List<Problem> problems = problems(csv(lines));
        assertEquals(FillsCsvReader.MAX_PROBLEMS + 1, problems.size());
        assertTrue(problems.get(problems.size() - 1).message().startsWith("too many problems"));
    }

    @Test
    void blankLinesAndByteOrderMarkAreTolerated() throws Exception {
        Path f = csv("\uFEFFtimestamp,symbol,side,qty,price,fee", "", "1,X,buy,1,10,0", "", "2,X,sell,1,10,0");
        assertEquals(2, FillsCsvReader.read(f, SATOSHI).size());
    }

    @Test
    void lineNumbersCountPhysicalLinesPastBlankOnes() throws Exception {
        Path f = csv("timestamp,symbol,side,qty,price,fee", "", "1,X,buy,1,10,0", "", "2,X,sell,x,10,0");
        assertEquals("line 5", problems(f).get(0).location());
    }

    @Test
    void quantitiesAreSnappedToTheLotGrid() throws Exception {
        Path f = csv("timestamp,symbol,side,qty,price,fee", "1,X,buy,0.30000000000000004,10,0");
        assertEquals(0.3, FillsCsvReader.read(f, SATOSHI).get(0).qtyAsDouble());
    }

    @Test
    void unterminatedQuoteIsReportedAtTheRowItBegins() throws Exception {
        Path f = csv("timestamp,symbol,side,qty,price,fee,reason", "1,X,buy,1,10,0,ok", "2,X,sell,1,10,0,\"oops", "3,X,buy,1,10,0,x");
        List<Problem> problems = problems(f);
        assertEquals(1, problems.size(), render(problems));
        assertEquals("line 3", problems.get(0).location());
        assertTrue(problems.get(0).message().startsWith("malformed CSV"), render(problems));
    }
}
