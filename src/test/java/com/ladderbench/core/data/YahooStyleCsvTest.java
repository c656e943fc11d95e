package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Timeframe;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Yahoo Finance-style daily export reads as it is downloaded: Date column, Adj Close beside Close. */
class YahooStyleCsvTest {
    @TempDir
    Path dir;

    @Test
    void closeIsTheRawCloseAndAdjCloseIsIgnored() throws InvalidInputException {
        BarSeries s = CsvFiles.read(dir, Timeframe.D1, "Date,Open,High,Low,Close,Adj Close,Volume\n"
                + "2024-01-02,187.15,188.44,183.89,185.64,184.73,82488700\n"
                + "2024-01-03,184.22,185.88,183.43,184.25,183.35,58414500\n"
                + "2024-01-04,182.15,183.09,180.88,181.91,181.02,71983600\n");
        assertArrayEquals(new double[] {185.64, 184.25, 181.91}, s.close());
        assertArrayEquals(new double[] {187.15, 184.22, 182.15}, s.open());
        assertArrayEquals(new double[] {82488700, 58414500, 71983600}, s.volume());
        assertEquals(1_704_153_600_000L, s.time()[0], "2024-01-02 is midnight UTC");
    }

    @Test
    void aWeekendGapBetweenTradingDaysIsAllowed() throws InvalidInputException {
        // a trading week: the median spacing is one day, so the Friday-to-Monday step is only a gap
        BarSeries s = CsvFiles.read(dir, Timeframe.D1, "Date,Open,High,Low,Close,Adj Close,Volume\n"
                + "2024-01-03,184.22,185.88,183.43,184.25,183.35,58414500\n"
                + "2024-01-04,182.15,183.09,180.88,181.91,181.02,71983600\n"
                + "2024-01-05,181.99,182.76,180.17,181.18,180.29,62303300\n"
                + "2024-01-08,182.09,185.60,181.50,185.56,184.65,59144500\n"
                + "2024-01-09,183.92,185.15,182.73,185.14,184.23,42841800\n");
        assertEquals(5, s.size());
        assertEquals(3 * 86_400_000L, s.time()[3] - s.time()[2], "Friday to Monday");
    }
}
