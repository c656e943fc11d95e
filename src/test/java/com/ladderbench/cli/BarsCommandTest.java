package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.data.BarCsvReader;
import com.ladderbench.core.data.DataSpec;
import com.ladderbench.model.BarSeries;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarsCommandTest {
    private static final String TRADES = "timestamp,price,amount\n1704067200,100,1\n1704067230,102,0.5\n1704068100,101,2\n";

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LadderbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path trades(String text) throws Exception {
        return Files.writeString(dir.resolve("trades.csv"), text);
    }

    @Test
    void writesBarsTheDataLoaderReadsAndSaysSoInOneLine() throws Exception {
        Path csv = dir.resolve("BTC-USD_5m.csv");
        // two neighbouring 5m intervals: the loader's median-spacing check sees 5m rows
        String dense = "timestamp,price,amount\n1704067200,100,1\n1704067230,102,0.5\n1704067500,101,2\n";
        int code = run("bars", "--trades", trades(dense).toString(), "--timeframe", "5m", "--out", csv.toString());
        assertEquals(LadderbenchCommand.OK, code, err.toString());
        assertEquals("wrote 2 5m bars (2024-01-01T00:00:00Z to 2024-01-01T00:05:00Z) to " + csv + System.lineSeparator(),
                out.toString());
        BarSeries s = BarCsvReader.read(DataSpec.parse(csv.toString()));
        assertEquals(2, s.size());
        assertEquals(1.5, s.volume()[0]);
    }

    @Test
    void fillGapsWritesAFlatBarForEveryEmptyInterval() throws Exception {
        Path csv = dir.resolve("b.csv");
        run("bars", "--trades", trades(TRADES).toString(), "--timeframe", "5m", "--fill-gaps", "--out", csv.toString());
        assertEquals("""
                timestamp,open,high,low,close,volume
                2024-01-01T00:00:00Z,100,102,100,102,1.5
                2024-01-01T00:05:00Z,102,102,102,102,0
                2024-01-01T00:10:00Z,102,102,102,102,0
                2024-01-01T00:15:00Z,101,101,101,101,2
                """, Files.readString(csv));
    }

    @Test
    void sparseTradesWithoutFillGapsWarnThatTheLoaderWantsTheTimeframeAsMedianSpacing() throws Exception {
        Path csv = dir.resolve("b.csv");
        Path in = trades(TRADES);
        assertEquals(LadderbenchCommand.OK, run("bars", "--trades", in.toString(), "--timeframe", "5m", "--out", csv.toString()));
        assertTrue(err.toString().startsWith("warning: " + csv + ": most bars follow an interval without a trade"),
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(LadderbenchCommand.OK, run("bars", "--trades", in.toString(), "--timeframe", "5m", "--fill-gaps",
                "--out", csv.toString()));
        assertEquals("", err.toString(), "filled bars are evenly spaced");
        err.getBuffer().setLength(0);
        Files.writeString(in, TRADES + "1704068400,101,1\n1704068700,101,1\n"); // 00:15, 00:20, 00:25: one gap in three steps
        assertEquals(LadderbenchCommand.OK, run("bars", "--trades", in.toString(), "--timeframe", "5m", "--out", csv.toString()));
        assertEquals("", err.toString());
    }

    @Test
    void aBadRowIsExitTwoWithFileAndLineAndNothingWritten() throws Exception {
        Path csv = dir.resolve("b.csv");
        Path in = trades(TRADES + "1704068000,101,1\n");
        int code = run("bars", "--trades", in.toString(), "--timeframe", "5m", "--out", csv.toString());
        assertEquals(LadderbenchCommand.BAD_INPUT, code);
        assertTrue(err.toString().startsWith("error: " + in + ": line 5: timestamp 2024-01-01T00:13:20Z is before"),
                err.toString());
        assertFalse(err.toString().contains("Exception"), "no stack trace");
        assertFalse(Files.exists(csv));
    }

    @Test
    void anExistingRegularFileIsReplacedButADirectoryOrTheInputItselfIsRefused() throws Exception {
        Path in = trades(TRADES);
        Path csv = Files.writeString(dir.resolve("old.csv"), "old");
        assertEquals(LadderbenchCommand.OK, run("bars", "--trades", in.toString(), "--timeframe", "5m", "--out", csv.toString()));
        assertTrue(Files.readString(csv).startsWith("timestamp,open"));

        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertEquals(LadderbenchCommand.BAD_INPUT, run("bars", "--trades", in.toString(), "--timeframe", "5m", "--out", sub.toString()));
        assertTrue(err.toString().contains("is a directory"), err.toString());
        assertTrue(Files.isDirectory(sub));

        assertEquals(LadderbenchCommand.BAD_INPUT, run("bars", "--trades", in.toString(), "--timeframe", "5m", "--out", in.toString()));
        assertTrue(err.toString().contains("it is the input"), err.toString());
        assertEquals(TRADES, Files.readString(in));
    }

    @Test
    void anUnknownTimeframeTwoInputsOrFillGapsWithoutTradesAreBadInput() throws Exception {
        Path in = trades(TRADES);
        Path csv = dir.resolve("b.csv");
        assertEquals(LadderbenchCommand.BAD_INPUT, run("bars", "--trades", in.toString(), "--timeframe", "3m", "--out", csv.toString()));
        assertTrue(err.toString().contains("unknown timeframe '3m'"), err.toString());
        assertEquals(LadderbenchCommand.BAD_INPUT, run("bars", "--trades", in.toString(), "--ta4j-json", in.toString(),
                "--timeframe", "5m", "--out", csv.toString()));
        assertEquals(LadderbenchCommand.BAD_INPUT, run("bars", "--ta4j-json", in.toString(), "--fill-gaps",
                "--timeframe", "5m", "--out", csv.toString()));
        assertEquals(LadderbenchCommand.BAD_INPUT, run("bars", "--timeframe", "5m", "--out", csv.toString()));
        assertFalse(Files.exists(csv));
    }

    @Test
    void ta4jJsonBarsAreWrittenAsTheSameCsv() throws Exception {
        Path json = Files.writeString(dir.resolve("eth.json"), "{\"name\": \"ETH/USD_PT5M\", \"ohlc\": [{\"endTime\": "
                + "1678730699999, \"openPrice\": 1673.58, \"highPrice\": 1677.62, \"lowPrice\": 1672.44, \"closePrice\": "
                + "1672.99, \"volume\": 65.3033, \"amount\": 0.0}]}");
        Path csv = dir.resolve("ETH-USD_5m.csv");
        assertEquals(LadderbenchCommand.OK, run("bars", "--ta4j-json", json.toString(), "--timeframe", "5m", "--out", csv.toString()),
                err.toString());
        assertArrayEquals(("timestamp,open,high,low,close,volume\n"
                + "2023-03-13T18:00:00Z,1673.58,1677.62,1672.44,1672.99,65.3033\n").getBytes(), Files.readAllBytes(csv));
    }
}
