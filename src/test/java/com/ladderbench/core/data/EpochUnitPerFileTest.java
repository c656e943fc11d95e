package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §2.2: the epoch unit is decided once per file, never row by row; a file mixing units is an error. */
class EpochUnitPerFileTest {
    private static final String HEADER = "timestamp,open,high,low,close,volume\n";
    private static final long HOUR = 3_600_000L;
    private static final long JAN_2024 = 1_704_067_200_000L;

    @TempDir
    Path dir;

    private static String rows(long... epochs) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (long e : epochs) sb.append(e).append(",100,101,99,100,10\n");
        return sb.toString();
    }

    @Test
    void epochMillisecondsBefore1973ReadAsMillisecondsNotAsSecondsIn2052() throws InvalidInputException {
        assertArrayEquals(new long[] {0, HOUR, 2 * HOUR, 3 * HOUR},
                CsvFiles.read(dir, Timeframe.H1, rows(0, HOUR, 2 * HOUR, 3 * HOUR)).time());
        long early = 2_592_000_000L; // 1970-01-31 in ms; as seconds it would be 2052
        assertArrayEquals(new long[] {early, early + HOUR},
                CsvFiles.read(dir, Timeframe.H1, rows(early, early + HOUR)).time());
    }

    @Test
    void aMillisecondFileCrossing1973StaysInMilliseconds() throws InvalidInputException {
        long before = 100_000_000_000L - HOUR; // 1e11 ms is 1973-03-03: the old per-row switch point
        assertArrayEquals(new long[] {before, before + HOUR, before + 2 * HOUR},
                CsvFiles.read(dir, Timeframe.H1, rows(before, before + HOUR, before + 2 * HOUR)).time());
    }

    @Test
    void epochSecondsMillisecondsAndMicrosecondsEachReadAsThemselves() throws InvalidInputException {
        long[] expected = {JAN_2024, JAN_2024 + HOUR};
        assertArrayEquals(expected, CsvFiles.read(dir, Timeframe.H1, rows(JAN_2024 / 1000, JAN_2024 / 1000 + 3600)).time());
        assertArrayEquals(expected, CsvFiles.read(dir, Timeframe.H1, rows(JAN_2024, JAN_2024 + HOUR)).time());
        assertArrayEquals(expected, CsvFiles.read(dir, Timeframe.H1, rows(JAN_2024 * 1000, (JAN_2024 + HOUR) * 1000)).time());
    }

    @Test
    void epochSecondsIn1970StayInSeconds() throws InvalidInputException {
        assertArrayEquals(new long[] {3_600_000L, 7_200_000L}, CsvFiles.read(dir, Timeframe.H1, rows(3600, 7200)).time());
    }

    @Test
    void aMillisecondRowInASecondFileIsAnErrorAtItsLine() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, rows(JAN_2024 / 1000, JAN_2024 / 1000 + 3600, JAN_2024 + 2 * HOUR));
        assertEquals(1, p.size(), p.toString());
        assertEquals("line 4", p.get(0).location());
        assertEquals("epoch " + (JAN_2024 + 2 * HOUR) + " looks like milliseconds but this file's timestamps are epoch"
                + " seconds (from line 2); use one unit for the whole file", p.get(0).message());
    }

    @Test
    void aSecondRowInAMillisecondFileIsAnErrorAtItsLine() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, rows(JAN_2024, JAN_2024 + HOUR, JAN_2024 / 1000 + 7200));
        assertEquals("line 4", p.get(0).location());
        assertEquals("epoch " + (JAN_2024 / 1000 + 7200) + " looks like seconds but this file's timestamps are epoch"
                + " milliseconds (from line 2); use one unit for the whole file", p.get(0).message());
    }
}
