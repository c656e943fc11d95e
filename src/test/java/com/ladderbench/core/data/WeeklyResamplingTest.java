package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** SPEC §2.1: a week (1w) starts Monday 00:00 UTC and is resampled from daily or finer bars. */
class WeeklyResamplingTest {
    private static final long DAY = 86_400_000L;

    @Test
    void weeksStartOnMondayMidnightUtcWhateverDayTheEpochWas() {
        long thursday = Instant.parse("1970-01-01T00:00:00Z").toEpochMilli();
        assertEquals(Instant.parse("1969-12-29T00:00:00Z").toEpochMilli(), Timeframe.W1.barStart(thursday));
        long sundayLate = Instant.parse("2024-01-07T23:59:59Z").toEpochMilli();
        assertEquals(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli(), Timeframe.W1.barStart(sundayLate));
        long mondayMidnight = Instant.parse("2024-01-08T00:00:00Z").toEpochMilli();
        assertEquals(mondayMidnight, Timeframe.W1.barStart(mondayMidnight));
        assertEquals(mondayMidnight - 7 * DAY, Timeframe.W1.barStart(mondayMidnight - 1));
        for (long t = 0; t < 400 * DAY; t += 13 * 3_600_000L) {
            assertEquals(DayOfWeek.MONDAY, Instant.ofEpochMilli(Timeframe.W1.barStart(t)).atZone(ZoneOffset.UTC)
                    .getDayOfWeek());
        }
    }

    @Test
    void dailyBarsMakeWeeklyBarsWithFirstOpenExtremesLastCloseAndSummedVolume() {
        // Bars.START is Monday 2024-01-01; offsets -4..13 run from Thursday 2023-12-28 to Sunday 2024-01-14
        int[] days = new int[18];
        for (int i = 0; i < days.length; i++) days[i] = i - 4;
        HigherTimeframe w = Resampler.resample(Bars.at(Timeframe.D1, days), Timeframe.W1);
        BarSeries s = w.series();
        assertEquals(Timeframe.W1, s.timeframe());
        assertArrayEquals(new long[] {Bars.START - 7 * DAY, Bars.START, Bars.START + 7 * DAY}, s.time(),
                "the partial first week still opens on Monday 2023-12-25");
        assertArrayEquals(new double[] {96, 100, 107}, s.open());
        assertArrayEquals(new double[] {109, 116, 123}, s.high());
        assertArrayEquals(new double[] {86, 90, 97}, s.low());
        assertArrayEquals(new double[] {100, 107, 114}, s.close());
        assertArrayEquals(new double[] {-3 + -2 + -1 + 0, 1 + 2 + 3 + 4 + 5 + 6 + 7, 8 + 9 + 10 + 11 + 12 + 13 + 14},
                s.volume());
        assertArrayEquals(new int[] {3, 10, 17}, w.completedAt(), "a week completes at the close of its Sunday");
    }

    @Test
    void anUnfinishedLastWeekIsNotABar() {
        HigherTimeframe w = Resampler.resample(Bars.at(Timeframe.D1, 0, 1, 2, 3, 4, 5, 6, 7, 8), Timeframe.W1);
        assertEquals(1, w.series().size());
        assertArrayEquals(new int[] {6}, w.completedAt());
    }

    @Test
    void fourHourBarsMakeTheSameWeeksAsDailyBars() {
        int[] bars = new int[6 * 14];
        for (int i = 0; i < bars.length; i++) bars[i] = i;
        HigherTimeframe w = Resampler.resample(Bars.at(Timeframe.H4, bars), Timeframe.W1);
        assertArrayEquals(new long[] {Bars.START, Bars.START + 7 * DAY}, w.series().time());
        assertArrayEquals(new int[] {41, 83}, w.completedAt());
    }
}
