package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ladderbench.core.text.Decimals;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Timeframe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BarCsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void writtenFilesReadBackToIdenticalBars() throws IOException, InvalidInputException {
        BarSeries s = new BarSeries("ETH", Timeframe.M5, new long[] {1_704_067_200_000L, 1_704_067_500_000L},
                new double[] {0.1, 2345.6789}, new double[] {0.30000000000000004, 2400}, new double[] {0.1, 2300},
                new double[] {0.2, 2399.999}, new double[] {1e-7, 0}, new double[] {1.25, Double.NaN}, "test");
        Path out = dir.resolve("ETH_5m.csv");
        BarCsvWriter.write(s, out);
        BarSeries back = BarCsvReader.read(DataSpec.parse(out.toString()));
        assertArrayEquals(s.time(), back.time());
        assertArrayEquals(s.open(), back.open());
        assertArrayEquals(s.high(), back.high());
        assertArrayEquals(s.low(), back.low());
        assertArrayEquals(s.close(), back.close());
        assertArrayEquals(s.volume(), back.volume());
        assertArrayEquals(s.spreadBps(), back.spreadBps());
        assertEquals(List.of("timestamp,open,high,low,close,volume,spread_bps",
                "2024-01-01T00:00:00Z,0.1,0.30000000000000004,0.1,0.2,0.0000001,1.25",
                "2024-01-01T00:05:00Z,2345.6789,2400,2300,2399.999,0,"), Files.readAllLines(out));
    }

    @Test
    void aSeriesWithoutSpreadHasNoSpreadColumn() throws IOException, InvalidInputException {
        BarSeries s = new BarSeries("X", Timeframe.H1, new long[] {0L}, new double[] {1}, new double[] {1},
                new double[] {1}, new double[] {1}, new double[] {1}, null, "test");
        Path out = dir.resolve("X_1h.csv");
        BarCsvWriter.write(s, out);
        assertEquals("timestamp,open,high,low,close,volume", Files.readAllLines(out).get(0));
        assertNull(BarCsvReader.read(DataSpec.parse(out.toString())).spreadBps());
    }

    @ParameterizedTest
    @CsvSource({"42000.0,42000", "0.1,0.1", "1.0E-7,0.0000001", "1.0E21,1000000000000000000000", "-2.5,-2.5",
        "-0.0,0", "123456.789,123456.789", "2.0E-3,0.002"})
    void numbersAreWrittenPlainAndShort(double v, String text) {
        assertEquals(text, Decimals.exact(v));
    }

    @Property
    void everyFiniteDoubleSurvivesTheRoundTrip(@ForAll double v) {
        if (!Double.isFinite(v)) return;
        String text = Decimals.exact(v);
        assertEquals(v == 0 ? 0.0 : v, Double.parseDouble(text));
        assertEquals(-1, text.indexOf('E'), text);
    }

    @Test
    void formattingIsNeverLongerThanJavasOwnDigits() {
        // 2^-44 and friends: cases where JDK 17's Double.toString is known to add a digit
        double[] values = {2.0E-3, 1.0E23, 5.0E-324, 0.3, 1 / 3.0, Math.pow(2, -44), 8.41E21, 2.82879384806159E17};
        for (double v : values) {
            String digits = Decimals.exact(v).replace("-", "").replace(".", "").replaceAll("^0+", "").replaceAll("0+$", "");
            assertEquals(v, Double.parseDouble(Decimals.exact(v)));
            assertEquals(true, digits.length() <= 17, v + " -> " + Decimals.exact(v));
        }
    }
}
