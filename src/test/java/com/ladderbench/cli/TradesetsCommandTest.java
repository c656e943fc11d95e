package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradesetsCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LadderbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path fills(String... lines) throws Exception {
        Path f = dir.resolve("fills.csv");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private Path runbookFills() throws Exception {
        return fills("timestamp,symbol,side,qty,price,fee,trigger_id,category",
                "2024-01-01T00:00:00Z,BTC-USD,buy,1.0,40000,0,btc_long,trend_continuation",
                "2024-01-01T04:00:00Z,BTC-USD,sell,0.3,41000,0,btc_trim,risk_reduce",
                "2024-01-01T08:00:00Z,BTC-USD,buy,0.2,40500,0,btc_long,trend_continuation",
                "2024-01-01T12:00:00Z,BTC-USD,sell,0.9,42000,0,btc_out,risk_off",
                "2024-01-01T12:00:00Z,ETH-USD,sell,2,2000,1.5,eth_short,reversal");
    }

    @Test
    void writesTradeSetsJsonAndCsvsAndPrintsASummary() throws Exception {
        Path outDir = dir.resolve("out");
        assertEquals(0, run("tradesets", "--fills", runbookFills().toString(), "--out", outDir.toString()), err.toString());

        JsonNode json = new ObjectMapper().readTree(outDir.resolve("tradesets.json").toFile());
        JsonNode sets = json.get("trade_sets");
        assertEquals(2, sets.size());
        JsonNode btc = sets.get(0);
        assertEquals(4, btc.get("legs").size());
        assertEquals(2000.0, btc.get("pnl_realized_total").asDouble(), 1e-8);
        assertEquals("F000001", btc.get("legs").get(0).get("fill_id").asText());
        assertTrue(sets.get(1).get("closed_at").isNull());

        List<String> setRows = Files.readAllLines(outDir.resolve("tradesets.csv"));
        List<String> legRows = Files.readAllLines(outDir.resolve("legs.csv"));
        assertEquals(1 + 2, setRows.size());
        assertEquals(1 + 5, legRows.size());
        assertTrue(legRows.get(4).startsWith("S000001,BTC-USD,L000004,F000004,sell,0.9,42000,0,2024-01-01T12:00:00Z"),
                legRows.get(4));

        String summary = out.toString();
        assertEquals(1, summary.lines().count(), summary);
        assertTrue(summary.contains("fills 5,"), summary);
        assertTrue(summary.contains("trade sets 2 (closed 1, open 1)"), summary);
        assertTrue(summary.contains("realized P&L 2000.00"), summary);
        assertTrue(summary.contains("net P&L 1998.50"), summary);
        assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporaries left");
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws Exception {
        Path f = runbookFills();
        assertEquals(0, run("tradesets", "--fills", f.toString(), "--out", dir.resolve("a").toString()));
        assertEquals(0, run("tradesets", "--fills", f.toString(), "--out", dir.resolve("b").toString()));
        for (String name : List.of("tradesets.json", "tradesets.csv", "legs.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void rerunReplacesAPreviousOutput() throws Exception {
        Path outDir = dir.resolve("out");
        Path f = runbookFills();
        assertEquals(0, run("tradesets", "--fills", f.toString(), "--out", outDir.toString()));
        assertEquals(0, run("tradesets", "--fills", f.toString(), "--out", outDir.toString()), err.toString());
        assertTrue(Files.exists(outDir.resolve("legs.csv")));
    }

    @Test
    void badFillsExitTwoWithLineNumbersAndWriteNothing() throws Exception {
        Path f = fills("timestamp,symbol,side,qty,price,fee",
                "2024-01-01T00:00:00Z,BTC-USD,buy,1,40000,0",
                "2024-01-01T01:00:00Z,BTC-USD,sell,1,-3,0");
        Path outDir = dir.resolve("out");
        assertEquals(2, run("tradesets", "--fills", f.toString(), "--out", outDir.toString()));
        String message = err.toString();
        assertTrue(message.contains(f + ": line 3: price -3 must be > 0"), message);
        assertFalse(message.contains("Exception"), "no stack trace for bad input");
        assertFalse(Files.exists(outDir), "nothing written");
    }

    @Test
    void missingFillsFileExitsTwo() {
        assertEquals(2, run("tradesets", "--fills", dir.resolve("none.csv").toString(), "--out", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("file not found"), err.toString());
    }

    @Test
    void invalidLotSizeExitsTwo() throws Exception {
        assertEquals(2, run("tradesets", "--fills", runbookFills().toString(), "--out", dir.resolve("o").toString(),
                "--lot-size", "0.3"));
        assertTrue(err.toString().contains("--lot-size"), err.toString());
    }

    @Test
    void coarserLotSizeRejectsFillsOffItsGrid() throws Exception {
        assertEquals(2, run("tradesets", "--fills", runbookFills().toString(), "--out", dir.resolve("o").toString(),
                "--lot-size", "0.5"));
        assertTrue(err.toString().contains("line 3: qty 0.3 is not a whole number of lots"), err.toString());
    }

    @Test
    void refusesToReplaceADirectoryHoldingOtherFiles() throws Exception {
        Path outDir = Files.createDirectory(dir.resolve("precious"));
        Files.writeString(outDir.resolve("thesis.tex"), "keep me");
        assertEquals(2, run("tradesets", "--fills", runbookFills().toString(), "--out", outDir.toString()));
        assertEquals("keep me", Files.readString(outDir.resolve("thesis.tex")));
    }

    @Test
    void missingOptionsAreAUsageError() {
        assertEquals(2, run("tradesets", "--out", dir.toString()));
        assertTrue(err.toString().contains("--fills"), err.toString());
    }

    @Test
    void closingFillsOfAPositionOfBillionsOfUnitsAreNeverRefusedAndEveryLotIsKept() throws Exception {
        // 50,000,000,000.12345678 units of 1e-8 is 5000000000012345678 lots: past 2^53, and past half the
        // 64-bit range, where a closing fill used to be refused as "overflows the position"
        Path outDir = dir.resolve("big");
        Path f = fills("timestamp,symbol,side,qty,price,fee",
                "2024-01-01T00:00:00Z,SHIB-USD,buy,50000000000.12345678,0.00001,0",
                "2024-01-01T01:00:00Z,SHIB-USD,sell,20000000000.00000001,0.000011,0",
                "2024-01-01T02:00:00Z,SHIB-USD,sell,30000000000.12345677,0.000012,0");
        assertEquals(0, run("tradesets", "--fills", f.toString(), "--out", outDir.toString()), err.toString());
        List<String> legs = Files.readAllLines(outDir.resolve("legs.csv"));
        assertEquals(4, legs.size(), legs.toString());
        assertTrue(legs.get(1).contains(",50000000000.12345678,"), legs.get(1));
        assertTrue(legs.get(2).endsWith(",30000000000.12345677"), "position after, exact: " + legs.get(2));
        assertTrue(legs.get(3).endsWith(",0"), "flat, exactly: " + legs.get(3));
        JsonNode set = new ObjectMapper().readTree(outDir.resolve("tradesets.json").toFile()).get("trade_sets").get(0);
        assertFalse(set.get("closed_at").isNull(), "one closed set, no phantom remainder");
        String json = Files.readString(outDir.resolve("tradesets.json"));
        assertTrue(json.contains("\"position_after\": 30000000000.12345677\n"), "exact in JSON too: " + json);
    }

    @Test
    void aPositionBeyondA64BitLotCountIsBadInputNamingTheFill() throws Exception {
        Path f = fills("fill_id,timestamp,symbol,side,qty,price,fee",
                "a,2024-01-01T00:00:00Z,X,buy,60000000000,0.00001,0",
                "b,2024-01-01T01:00:00Z,X,buy,60000000000,0.00001,0");
        assertEquals(2, run("tradesets", "--fills", f.toString(), "--out", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("fill b") && err.toString().contains("larger than"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
