package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data files under src/test/resources/data/: each bad one refused with one located message. */
class BadDataCorpusTest {
    private static Path corpus(String name) throws URISyntaxException {
        return Path.of(BadDataCorpusTest.class.getResource("/data/" + name).toURI());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "descending_1h.csv          |        | rows are in descending time order; sort them ascending",
        "mixed-epoch-units_1h.csv   | line 4 | epoch 1704074400000 looks like milliseconds but this file's timestamps are epoch seconds (from line 2); use one unit for the whole file",
        "hex-floats_1h.csv          | line 3 | high: not a number: '0x1.94p6' (plain decimals only, like 101.5 or 1.2e-5)",
        "duplicate-header_1h.csv    | line 1 | column 'close' appears twice in the header (columns 5 and 6)",
    })
    void eachBadFileGetsOneLocatedProblem(String name, String location, String message) throws Exception {
        Path file = corpus(name.trim());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BarCsvReader.read(DataSpec.parse(file.toString())));
        assertEquals(List.of(new Problem(file.toString(), location == null ? null : location.trim(), message.trim())),
                e.problems());
    }

    @Test
    void hourlyRowsDeclaredAsFifteenMinutesNameBothSpacings() throws Exception {
        Path file = corpus("hourly-declared_15m.csv");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BarCsvReader.read(DataSpec.parse(file.toString())));
        assertEquals("the rows are 1h apart (median spacing) but the data is declared as 15m; declare it as"
                + " hourly-declared:1h=" + file, e.problems().get(0).message());
    }

    @Test
    void epochMillisecondsFrom1970ReadAsMilliseconds() throws Exception {
        long[] t = BarCsvReader.read(DataSpec.parse(corpus("ms-before-1973_1h.csv").toString())).time();
        assertEquals(24, t.length);
        assertArrayEquals(new long[] {0, 3_600_000L}, new long[] {t[0], t[1]});
        assertEquals(23 * 3_600_000L, t[23]);
    }
}
