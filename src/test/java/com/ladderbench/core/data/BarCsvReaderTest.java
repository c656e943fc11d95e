package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BarCsvReaderTest {
    private static final long T0100 = 1_704_070_800_000L; // 2024-01-01T01:00:00Z
    private static final String HEADER = "timestamp,open,high,low,close,volume\n";
    private static final String GOOD_ROW = "2024-01-01T00:00:00Z,100,101,99,100.5,10\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01T01:00:00Z", "2024-01-01T03:00:00+02:00", "2023-12-31T20:00:00-0500",
        "2024-01-01T01:00:00", "2024-01-01 01:00:00", "2024-01-01T01:00Z", "2024-01-01T01:00:00.000Z",
        "1704070800", "1704070800000", "1704070800000000", "1704070800.0"})
    void everyTimestampFormatReadsAsTheSameInstant(String stamp) throws InvalidInputException {
        BarSeries s = CsvFiles.read(dir, Timeframe.H1, HEADER + GOOD_ROW + stamp + ",100,101,99,100.5,10\n");
        assertEquals(T0100, s.time()[1]);
    }

    @Test
    void aDateAloneIsMidnightUtc() throws InvalidInputException {
        BarSeries s = CsvFiles.read(dir, Timeframe.D1, "date,open,high,low,close,volume\n2024-01-01,1,2,1,2,5\n2024-01-02,2,3,2,3,5\n");
        assertArrayEquals(new long[] {1_704_067_200_000L, 1_704_153_600_000L}, s.time());
    }

    @Test
    void headerNamesAreCaseInsensitiveTrimmedInAnyOrderAndExtraColumnsAreIgnored() throws InvalidInputException {
        BarSeries s = CsvFiles.read(dir, Timeframe.H1,
                " Volume ,CLOSE,note,Low,High,Open,Timestamp\n7,100.5,hello,99,101,100,2024-01-01T00:00:00Z\n");
        assertEquals(1, s.size());
        assertEquals(100, s.open()[0]);
        assertEquals(101, s.high()[0]);
        assertEquals(99, s.low()[0]);
        assertEquals(100.5, s.close()[0]);
        assertEquals(7, s.volume()[0]);
        assertNull(s.spreadBps(), "no spread columns means no spread");
        assertEquals("BTC-USD", s.symbol());
        assertEquals(Timeframe.H1, s.timeframe());
    }

    @Test
    void binanceKlineExportInMillisecondsIsRecognisedWithoutHeader() throws InvalidInputException {
        String text = "1704067200000,42283.58,42554.57,42261.02,42475.23,1271.68108,1704070799999,53957248.97,47134,682.9,28976.6,0\n"
                + "1704070800000,42475.23,42775.00,42431.65,42613.56,1196.37856,1704074399999,50984893.7,45375,633.7,27007.9,0\n";
        BarSeries s = CsvFiles.read(dir, Timeframe.H1, text);
        assertArrayEquals(new long[] {1_704_067_200_000L, T0100}, s.time());
        assertEquals(42475.23, s.close()[0]);
        assertEquals(1196.37856, s.volume()[1]);
    }

    @Test
    void binanceKlineExportInMicrosecondsIsRecognisedByMagnitude() throws InvalidInputException {
        String text = "1704067200000000,1,2,1,2,3,1704070799999999,0,0,0,0,0\n"
                + "1704070800000000,2,3,2,3,3,1704074399999999,0,0,0,0,0\n";
        BarSeries s = CsvFiles.read(dir, Timeframe.H1, text);
        assertArrayEquals(new long[] {1_704_067_200_000L, T0100}, s.time());
    }

    @Test
    void aHeaderlessFileThatIsNotABinanceExportIsRejected() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, "1704067200000,1,2,1,2,3\n");
        assertEquals("line 1", p.get(0).location());
        assertTrue(p.get(0).message().contains("no header row"), p.get(0).message());
    }

    @Test
    void spreadIsComputedFromBidAndAskOverTheMid() throws InvalidInputException {
        BarSeries s = CsvFiles.read(dir, Timeframe.H1, "timestamp,open,high,low,close,volume,bid,ask\n"
                + "2024-01-01T00:00:00Z,100,101,99,100,1,99.9,100.1\n2024-01-01T01:00:00Z,100,101,99,100,1,,\n");
        assertEquals(20.0, s.spreadBps()[0], 1e-9);
        assertTrue(Double.isNaN(s.spreadBps()[1]), "a bar without quotes has no spread");
    }

    @Test
    void spreadBpsColumnWinsOverBidAndAsk() throws InvalidInputException {
        BarSeries s = CsvFiles.read(dir, Timeframe.H1, "timestamp,open,high,low,close,volume,spread_bps,bid,ask\n"
                + "2024-01-01T00:00:00Z,100,101,99,100,1,3.5,90,110\n");
        assertArrayEquals(new double[] {3.5}, s.spreadBps());
    }

    @Test
    void gapsAreAllowed() throws InvalidInputException {
        BarSeries s = CsvFiles.read(dir, Timeframe.H1, HEADER + GOOD_ROW + "2024-01-01T01:00:00Z,100,101,99,100.5,10\n"
                + "2024-01-03T00:00:00Z,100,101,99,100.5,10\n" + "2024-01-03T01:00:00Z,100,101,99,100.5,10\n");
        assertEquals(4, s.size());
    }

    @Test
    void blankLinesAndCrLfAreSkippedAndLineNumbersStayPhysical() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, "timestamp,open,high,low,close,volume\r\n\r\n"
                + GOOD_ROW.replace("\n", "\r\n") + "\r\n2024-01-01T01:00:00Z,100,101,99,xyz,10\r\n");
        assertEquals(1, p.size());
        assertEquals("line 5", p.get(0).location());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "2024-01-01T01:00:00Z,100,abc,99,100,10 | high: not a number: 'abc'",
        "2024-01-01T01:00:00Z,100,101,99,100,  | volume: not a number: ''",
        "soon,100,101,99,100,10                 | unrecognised timestamp 'soon'",
        "2024-02-30T00:00:00Z,100,101,99,100,10 | no such date",
        "2024-01-01T01:00:00Z,NaN,101,99,100,10 | open: not a number: 'NaN'",
        "2024-01-01T01:00:00Z,100,Infinity,99,100,10 | high: not a number: 'Infinity'",
        "2024-01-01T01:00:00Z,100,0x1.94p6,99,100,10 | high: not a number: '0x1.94p6' (plain decimals only",
        "2024-01-01T01:00:00Z,100,101,99,100,0x1p3 | volume: not a number: '0x1p3'",
        "2024-01-01T01:00:00Z,100,101d,99,100,10 | high: not a number: '101d'",
        "2024-01-01T01:00:00Z,100,1e400,99,100,10 | high must be finite",
        "2024-01-01T01:00:00Z,100,101,-1,100,10 | low must be a positive finite price, got -1",
        "2024-01-01T01:00:00Z,100,101,99,0,10   | close must be a positive finite price, got 0",
        "2024-01-01T01:00:00Z,100,98,99,100,10  | high 98 is below low 99",
        "2024-01-01T01:00:00Z,102,101,99,100,10 | open 102 is outside [low, high]",
        "2024-01-01T01:00:00Z,100,101,99,98,10  | close 98 is outside [low, high]",
        "2024-01-01T01:00:00Z,100,101,99,100,-5 | volume must not be negative, got -5",
        "2024-01-01T00:00:00Z,100,101,99,100,10 | duplicate timestamp 2024-01-01T00:00:00Z (also on line 2)",
        "2023-12-31T23:00:00Z,100,101,99,100,10 | is before the previous bar's 2024-01-01T00:00:00Z (line 2)",
        "2024-01-01T00:30:00Z,100,101,99,100,10 | bar opens 30m after the previous bar (line 2); 1h bars must be at least 1h apart",
        "2024-01-01T01:00:00Z,100,101           | expected at least 6 columns, found 3",
    })
    void eachBadRowIsRejectedWithItsLineNumber(String row, String message) {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, HEADER + GOOD_ROW + row + "\n");
        assertEquals(1, p.size(), p.toString());
        assertEquals("line 3", p.get(0).location());
        assertEquals(dir.resolve("data.csv").toString(), p.get(0).file());
        assertTrue(p.get(0).message().contains(message.trim()), p.get(0).message());
    }

    @Test
    void aColumnNamedTwiceInTheHeaderIsRefusedWithItsLine() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1,
                "timestamp,open,high,low,close,Close,volume\n2024-01-01T00:00:00Z,100,101,99,100,100,10\n");
        assertEquals(1, p.size(), p.toString());
        assertEquals("line 1", p.get(0).location());
        assertEquals("column 'close' appears twice in the header (columns 5 and 6)", p.get(0).message());
    }

    @Test
    void aColumnNamedOnceIsAccepted() throws InvalidInputException {
        assertEquals(1, CsvFiles.read(dir, Timeframe.H1, "timestamp,open,high,low,close,volume,note,other\n"
                + "2024-01-01T00:00:00Z,100,101,99,100,10,a,b\n").size());
    }

    @Test
    void missingColumnsAreNamed() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, "timestamp,open,close\n" + "2024-01-01T00:00:00Z,1,1\n");
        assertEquals("line 1", p.get(0).location());
        String m = p.get(0).message();
        assertTrue(m.startsWith("missing columns high, low, volume"), m);
    }

    @Test
    void aMissingTimeColumnSaysWhichNamesWork() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, "when,open,high,low,close,volume\n");
        assertTrue(p.get(0).message().contains("missing column timestamp (or date)"), p.get(0).message());
    }

    @Test
    void bidWithoutAskIsAMissingColumn() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, "timestamp,open,high,low,close,volume,bid\n");
        assertTrue(p.get(0).message().contains("ask (there is a bid column)"), p.get(0).message());
    }

    @Test
    void aHeaderOnlyFileIsRejected() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, HEADER);
        assertTrue(p.get(0).message().contains("no data rows"), p.get(0).message());
    }

    @Test
    void anEmptyFileIsRejected() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, "\n\n");
        assertTrue(p.get(0).message().startsWith("empty file"), p.get(0).message());
    }

    @Test
    void severalBadLinesAreReportedTogether() {
        String text = HEADER + GOOD_ROW + "2024-01-01T01:00:00Z,100,101,99,100,-1\n"
                + "2024-01-01T02:00:00Z,100,101,99,100,10\n" + "2024-01-01T03:00:00Z,100,98,99,100,10\n";
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, text);
        assertEquals(List.of("line 3", "line 5"), p.stream().map(Problem::location).toList());
    }

    @Test
    void oneLineWithSeveralFaultsIsOneProblemNamingAll() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, HEADER + GOOD_ROW + "2024-01-01T01:00:00Z,x,101,99,100,-1\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).message().contains("open: not a number") && p.get(0).message().contains("volume must not be negative"),
                p.get(0).message());
    }

    @Test
    void reportingStopsAfterTwentyBadLines() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 50; i++) text.append("2024-01-01T00:00:00Z,100,101,99,100,-1\n");
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1, text.toString());
        assertEquals(BarCsvReader.MAX_BAD_LINES + 1, p.size());
        assertEquals("line 21", p.get(19).location());
        assertTrue(p.get(20).message().startsWith("stopped after 20 bad lines"));
    }

    @Test
    void aMissingFileIsBadInputNotACrash() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BarCsvReader.read(new DataSpec("X", Timeframe.H1, dir.resolve("nope.csv"))));
        assertEquals("file not found", e.problems().get(0).message());
    }

    @Test
    void aDirectoryIsBadInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BarCsvReader.read(new DataSpec("X", Timeframe.H1, dir)));
        assertFalse(e.problems().isEmpty());
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() throws InvalidInputException {
        BarSeries s = CsvFiles.read(dir, Timeframe.H1, "\uFEFF" + HEADER + GOOD_ROW);
        assertEquals(1, s.size());
    }
}
