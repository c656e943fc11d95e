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

class GenerateDataCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LadderbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesTheFileAndSaysSoInOneLine() throws Exception {
        Path file = dir.resolve("BTC-USD_1h.csv");
        int code = run("generate-data", "--symbol", "BTC-USD", "--timeframe", "1h", "--bars", "500", "--seed", "9",
                "--out", file.toString());
        assertEquals(LadderbenchCommand.OK, code, err.toString());
        assertEquals("wrote 500 1h bars of BTC-USD (seed 9) to " + file + System.lineSeparator(), out.toString());
        BarSeries s = BarCsvReader.read(DataSpec.parse(file.toString()));
        assertEquals(500, s.size());
    }

    @Test
    void theSameSeedWritesTheSameFile() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        run("generate-data", "--symbol", "X", "--timeframe", "5m", "--bars", "300", "--seed", "1", "--out", a.toString());
        run("generate-data", "--symbol", "X", "--timeframe", "5m", "--bars", "300", "--seed", "1", "--out", b.toString());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void anUnknownTimeframeIsBadInput() {
        Path file = dir.resolve("x.csv");
        int code = run("generate-data", "--symbol", "X", "--timeframe", "3h", "--bars", "10", "--seed", "1", "--out",
                file.toString());
        assertEquals(LadderbenchCommand.BAD_INPUT, code);
        assertTrue(err.toString().contains("unknown timeframe '3h'"), err.toString());
        assertFalse(err.toString().contains("Exception"), "no stack trace");
        assertFalse(Files.exists(file));
    }

    @Test
    void zeroOrNegativeBarsAreBadInput() {
        for (String bars : new String[] {"0", "-5"}) {
            int code = run("generate-data", "--symbol", "X", "--timeframe", "1h", "--bars", bars, "--seed", "1", "--out",
                    dir.resolve("x.csv").toString());
            assertEquals(LadderbenchCommand.BAD_INPUT, code, bars);
        }
        assertTrue(err.toString().contains("--bars: must be at least 1"), err.toString());
    }

    @Test
    void missingOrMalformedOptionsAreBadInput() {
        assertEquals(LadderbenchCommand.BAD_INPUT, run("generate-data", "--symbol", "X", "--timeframe", "1h"));
        assertEquals(LadderbenchCommand.BAD_INPUT, run("generate-data", "--symbol", "X", "--timeframe", "1h", "--bars",
                "many", "--seed", "1", "--out", dir.resolve("x.csv").toString()));
    }

    @Test
    void anUnwritableOutputIsBadInputNotACrash() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        int code = run("generate-data", "--symbol", "X", "--timeframe", "1h", "--bars", "10", "--seed", "1", "--out",
                blocker.resolve("sub/x.csv").toString());
        assertEquals(LadderbenchCommand.BAD_INPUT, code, err.toString());
        assertTrue(err.toString().contains("cannot write"), err.toString());
    }
}
