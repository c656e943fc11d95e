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
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TradesCsvReaderTest {
    private static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    private static final long MIN5 = 300_000L;
    private static final String HEADER = "timestamp,price,amount\n";

    @TempDir
    Path dir;

    private BarSeries bars(Timeframe tf, EmptyIntervals empty, String text) throws InvalidInputException {
        return TradesCsvReader.read(CsvFiles.write(dir, "trades.csv", text), "BTC-USD", tf, empty);
    }

    private BarSeries bars(String text) throws InvalidInputException {
        return bars(Timeframe.M5, EmptyIntervals.OMIT, text);
    }

    private List<Problem> problems(String text) {
        return assertThrows(InvalidInputException.class, () -> bars(text)).problems();
    }

    @Test
    void aTradeExactlyAtAnIntervalStartOpensThatIntervalAndOneMillisecondBeforeClosesThePrevious() throws Exception {
        BarSeries s = bars(HEADER
                + "2024-01-01T00:00:00.000Z,100,1\n"
                + "2024-01-01T00:04:59.999Z,101,1\n"
                + "2024-01-01T00:05:00.000Z,102,1\n");
        assertArrayEquals(new long[] {T0, T0 + MIN5}, s.time());
        assertEquals(101, s.close()[0], "the trade a millisecond before 00:05 is the 00:00 bar's last");
        assertEquals(102, s.open()[1], "the trade at 00:05 exactly opens the 00:05 bar");
        assertEquals(1, s.volume()[1]);
    }

    @Test
    void aBarIsTheFirstHighestLowestAndLastPriceWithTheAmountsSummed() throws Exception {
        BarSeries s = bars(HEADER + "1704067201,100,0.5\n1704067260,103,1\n1704067270,98,2\n1704067299,101,0.25\n");
        assertEquals(1, s.size());
        assertEquals(T0, s.time()[0], "labelled by the start of its interval, not by its first trade");
        assertEquals(100, s.open()[0]);
        assertEquals(103, s.high()[0]);
        assertEquals(98, s.low()[0]);
        assertEquals(101, s.close()[0]);
        assertEquals(3.75, s.volume()[0]);
        assertNull(s.spreadBps(), "trades carry no spread");
    }

    @Test
    void tradesSharingATimestampAllCountAndTheLastInTheFileIsTheClose() throws Exception {
        BarSeries s = bars(HEADER + "1704067213,100,1\n1704067213,99,1\n1704067213,100.5,1\n");
        assertEquals(3, s.volume()[0]);
        assertEquals(99, s.low()[0]);
        assertEquals(100.5, s.close()[0]);
    }

    @Test
    void summedAmountsCarryNoBinaryNoise() throws Exception {
        BarSeries s = bars(HEADER + "1704067200,100,0.1\n1704067201,100,0.2\n");
        assertEquals(0.3, s.volume()[0], "0.1 + 0.2 is 0.30000000000000004 in doubles; outputs keep 12 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1704067500", "1704067500000", "2024-01-01T00:05:00Z", "2024-01-01T01:05:00+01:00",
        "2024-01-01 00:05:00"})
    void epochSecondsMillisecondsAndIsoReadAsTheSameInstant(String stamp) throws Exception {
        BarSeries s = bars(HEADER + "2024-01-01T00:00:00Z,100,1\n" + stamp + ",101,1\n");
        assertEquals(T0 + MIN5, s.time()[1]);
    }

    @Test
    void headerNamesAreCaseInsensitiveInAnyOrderWithAnOptionalSide() throws Exception {
        BarSeries s = bars(" Side ,AMOUNT,Price,TimeStamp,note\nbuy,2,100,1704067200,x\nSELL,1,99,1704067201,y\n,1,98,1704067202,z\n");
        assertEquals(4, s.volume()[0]);
        assertEquals(98, s.close()[0]);
    }

    @Test
    void qtyIsReadAsTheAmount() throws Exception {
        assertEquals(7, bars("time,price,qty\n1704067200,100,7\n").volume()[0]);
    }

    @Test
    void aZeroAmountIsARealPrintThatSetsThePrice() throws Exception {
        BarSeries s = bars(HEADER + "1704067200,100,1\n1704067201,105,0\n");
        assertEquals(105, s.high()[0]);
        assertEquals(1, s.volume()[0]);
    }

    @Test
    void intervalsWithoutATradeAreLeftOutByDefault() throws Exception {
        BarSeries s = bars(HEADER + "1704067200,100,1\n1704068100,104,2\n"); // 00:00, then 00:15
        assertArrayEquals(new long[] {T0, T0 + 3 * MIN5}, s.time());
    }

    @Test
    void underFillGapsAnEmptyIntervalIsFlatAtThePreviousCloseWithZeroVolume() throws Exception {
        BarSeries s = bars(Timeframe.M5, EmptyIntervals.FILL_FLAT,
                HEADER + "1704067200,100,1\n1704067210,99,1\n1704068100,104,2\n");
        assertArrayEquals(new long[] {T0, T0 + MIN5, T0 + 2 * MIN5, T0 + 3 * MIN5}, s.time());
        for (int i = 1; i <= 2; i++) {
            assertEquals(99, s.open()[i]);
            assertEquals(99, s.high()[i]);
            assertEquals(99, s.low()[i]);
            assertEquals(99, s.close()[i]);
            assertEquals(0, s.volume()[i]);
        }
        assertEquals(104, s.open()[3], "the next trade opens its own interval, not the flat one");
    }

    @Test
    void fillGapsAddsNothingBeforeTheFirstOrAfterTheLastTradeNorBetweenAdjacentIntervals() throws Exception {
        BarSeries s = bars(Timeframe.M5, EmptyIntervals.FILL_FLAT, HEADER + "1704067499,100,1\n1704067500,101,1\n");
        assertArrayEquals(new long[] {T0, T0 + MIN5}, s.time());
    }

    @Test
    void hourAndDayBarsAreAlignedToUtcBoundaries() throws Exception {
        String text = HEADER + "2024-01-01T23:59:59+02:00,100,1\n2024-01-02T00:30:00Z,101,1\n";
        BarSeries hours = bars(Timeframe.H1, EmptyIntervals.OMIT, text);
        assertArrayEquals(new long[] {T0 + 21 * 3_600_000L, T0 + 24 * 3_600_000L}, hours.time());
        BarSeries days = bars(Timeframe.D1, EmptyIntervals.OMIT, text);
        assertArrayEquals(new long[] {T0, T0 + 86_400_000L}, days.time());
    }

    @Test
    void theBarsReadBackThroughTheDataReaderUnchanged() throws Exception {
        BarSeries s = bars(Timeframe.M5, EmptyIntervals.FILL_FLAT,
                HEADER + "1704067200,42000.5,0.00012\n1704067230,42010.25,1.5\n1704068100,41990,0.3\n");
        StringWriter w = new StringWriter();
        BarCsvWriter.writeTo(s, w);
        BarSeries back = CsvFiles.read(dir, Timeframe.M5, w.toString());
        assertArrayEquals(s.time(), back.time());
        assertArrayEquals(s.open(), back.open());
        assertArrayEquals(s.high(), back.high());
        assertArrayEquals(s.low(), back.low());
        assertArrayEquals(s.close(), back.close());
        assertArrayEquals(s.volume(), back.volume());
    }

    @Test
    void aTradeBeforeThePreviousOneIsRefusedAtItsLineWhileEqualTimestampsAreFine() {
        List<Problem> p = problems(HEADER + "1704067200,100,1\n1704067260,100,1\n1704067260,100,1\n1704067259,100,1\n");
        assertEquals(1, p.size(), p.toString());
        assertEquals("line 5", p.get(0).location());
        assertTrue(p.get(0).message().contains("is before the previous trade's 2024-01-01T00:01:00Z (line 4)"),
                p.get(0).message());
    }

    @Test
    void aFileInDescendingTimeOrderGetsOneMessageNotOnePerLine() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 40; i > 0; i--) text.append(1_704_067_200 + i).append(",100,1\n");
        List<Problem> p = problems(text.toString());
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("descending time order"), p.get(0).message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1704067200,-1,1      | price must be positive, got -1",
        "1704067200,0,1       | price must be positive, got 0",
        "1704067200,NaN,1     | price: not a number: 'NaN'",
        "1704067200,0x1p7,1   | price: not a number: '0x1p7'",
        "1704067200,abc,1     | price: not a number: 'abc'",
        "1704067200,100,-0.5  | amount must not be negative, got -0.5",
        "1704067200,100,NaN   | amount: not a number: 'NaN'",
        "1704067200,100,Infinity | amount: not a number: 'Infinity'",
        "yesterday,100,1      | unrecognised timestamp 'yesterday'",
        "1704067200,100       | expected at least 3 columns, found 2"})
    void aBadRowIsRefusedWithItsLine(String row, String message) {
        List<Problem> p = problems(HEADER + "1704067100,100,1\n" + row + "\n");
        assertEquals(1, p.size(), p.toString());
        assertEquals("line 3", p.get(0).location());
        assertTrue(p.get(0).message().contains(message), p.get(0).message());
        assertTrue(p.get(0).render().startsWith(dir.resolve("trades.csv") + ": line 3: "), p.get(0).render());
    }

    @Test
    void aSideThatIsNeitherBuyNorSellIsRefused() {
        List<Problem> p = problems("timestamp,price,amount,side\n1704067200,100,1,hold\n");
        assertTrue(p.get(0).message().contains("side must be buy or sell, got 'hold'"), p.toString());
    }

    @Test
    void everyBadRowIsReportedAtOnceUpToTheLimit() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 30; i++) text.append(1_704_067_200 + i).append(",-1,1\n");
        List<Problem> p = problems(text.toString());
        assertEquals(TradesCsvReader.MAX_BAD_LINES + 1, p.size());
        assertEquals("line 2", p.get(0).location());
        assertTrue(p.get(p.size() - 1).message().startsWith("stopped after"), p.toString());
    }

    @Test
    void aMissingColumnIsNamedAndABarsFileIsRecognised() {
        assertTrue(problems("timestamp,price\n1,2\n").get(0).message().contains("missing column amount"));
        String bars = problems("timestamp,open,high,low,close,volume\n").get(0).message();
        assertTrue(bars.contains("looks like a file of bars"), bars);
    }

    @Test
    void anEmptyFileAHeaderAloneAndAHeaderlessFileAreRefused() {
        assertTrue(problems("").get(0).message().contains("empty file"));
        assertTrue(problems(HEADER).get(0).message().contains("no trades"));
        assertTrue(problems("1704067200,100,1\n").get(0).message().contains("no header row"));
    }

    @Test
    void aMissingFileIsBadInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TradesCsvReader.read(
                dir.resolve("nope.csv"), "X", Timeframe.M5, EmptyIntervals.OMIT));
        assertEquals("file not found", e.problems().get(0).message());
    }

    @Test
    void aGapNeedingAbsurdlyManyFlatBarsIsRefusedAtTheLineNotRunOutOfMemory() {
        // a seconds timestamp among milliseconds-sized ones: 1m bars from 1970 to 2024
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> bars(Timeframe.M1,
                EmptyIntervals.FILL_FLAT, HEADER + "100000000,100,1\n1704067200,100,1\n"));
        assertEquals("line 3", e.problems().get(0).location());
        assertTrue(e.problems().get(0).message().contains("flat 1m bars"), e.problems().toString());
    }

    @Test
    void aTradesHeaderIsToldApartFromABarsHeader() {
        assertTrue(TradesCsvReader.isTradesFile(CsvFiles.write(dir, "t.csv", "Timestamp,Price,Amount,Side\n")));
        assertTrue(TradesCsvReader.isTradesFile(CsvFiles.write(dir, "q.csv", "\"time\", \"price\", \"qty\"\n")));
        assertFalse(TradesCsvReader.isTradesFile(CsvFiles.write(dir, "b.csv", "timestamp,open,high,low,close,volume\n")));
        assertFalse(TradesCsvReader.isTradesFile(dir.resolve("missing.csv")));
    }
}
