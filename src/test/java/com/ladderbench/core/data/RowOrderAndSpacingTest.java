package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §2.2: a descending file gets one message; the median row spacing must be the declared timeframe. */
class RowOrderAndSpacingTest {
    private static final String HEADER = "timestamp,open,high,low,close,volume\n";
    private static final long HOUR = 3_600_000L;
    private static final long START = 1_704_067_200_000L; // 2024-01-01T00:00Z

    @TempDir
    Path dir;

    /** One row per hour offset. */
    private static String hours(int... offsets) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int h : offsets) sb.append(START + h * HOUR).append(",100,101,99,100,10\n");
        return sb.toString();
    }

    @Test
    void aFileInDescendingOrderGetsOneMessage() {
        int[] down = new int[40];
        for (int i = 0; i < down.length; i++) down[i] = down.length - i;
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, hours(down));
        assertEquals(List.of(new Problem(dir.resolve("data.csv").toString(), null,
                "rows are in descending time order; sort them ascending")), p);
    }

    @Test
    void threeRowsGoingBackAreAlreadyADescendingFile() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, hours(2, 1, 0));
        assertEquals(List.of("rows are in descending time order; sort them ascending"),
                p.stream().map(Problem::message).toList());
    }

    @Test
    void oneStepBackIsThatLinesOwnProblem() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, hours(1, 0));
        assertEquals(List.of("line 3"), p.stream().map(Problem::location).toList());
    }

    @Test
    void goingBackThenForwardIsNotADescendingFileButAnUnorderedLine() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, hours(5, 4, 6, 7));
        assertEquals(List.of("line 3"), p.stream().map(Problem::location).toList(), p.toString());
    }

    @Test
    void hourlyRowsDeclaredAsFifteenMinutesAreRefusedNamingBothSpacings() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.M15, hours(0, 1, 2, 3, 4));
        assertEquals(1, p.size(), p.toString());
        assertEquals(null, p.get(0).location());
        assertEquals("the rows are 1h apart (median spacing) but the data is declared as 15m; declare it as BTC-USD:1h="
                + dir.resolve("data.csv"), p.get(0).message());
    }

    @Test
    void gapsAreAllowedWhileMoreThanHalfTheStepsAreOneBar() throws InvalidInputException {
        // steps 1h 1h 1h 5h 5h: the median is 1h
        assertEquals(6, CsvFiles.read(dir, Timeframe.H1, hours(0, 1, 2, 3, 8, 13)).size());
    }

    @Test
    void exactlyHalfTheStepsAtOneBarIsNotEnough() {
        // steps 1h 1h 3h 3h: the median is 2h
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, hours(0, 1, 2, 5, 8));
        assertEquals(List.of("the rows are 2h apart (median spacing) but the data is declared as 1h; declare it as BTC-USD:2h="
                + dir.resolve("data.csv")), p.stream().map(Problem::message).toList());
    }

    @Test
    void aSpacingThatIsNoTimeframeSaysToGiveDeclaredBars() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, hours(0, 3, 6, 9));
        assertEquals(List.of("the rows are 3h apart (median spacing) but the data is declared as 1h; give 1h bars"),
                p.stream().map(Problem::message).toList());
    }

    @Test
    void aSingleRowHasNoSpacingToCheck() throws InvalidInputException {
        assertEquals(1, CsvFiles.read(dir, Timeframe.M15, hours(0)).size());
    }
}
