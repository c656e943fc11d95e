package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ta4jJsonBarsReaderTest {
    private static final long T1800 = 1_678_730_400_000L; // 2023-03-13T18:00:00Z

    private static String bar(long endTime, String open, String high, String low, String close, String volume) {
        return "{\"endTime\": " + endTime + ", \"openPrice\": " + open + ", \"highPrice\": " + high + ", \"lowPrice\": "
                + low + ", \"closePrice\": " + close + ", \"volume\": " + volume + ", \"amount\": 0.0}";
    }

    private static String series(String... bars) {
        return "{\"name\": \"ETH/USD_PT5M@BinanceUS\", \"ohlc\": [" + String.join(",", bars) + "]}";
    }

    private static BarSeries read(String json) throws InvalidInputException {
        return Ta4jJsonBarsReader.read(json, "eth.json", "ETH-USD", Timeframe.M5);
    }

    private static List<Problem> problems(String json) {
        return assertThrows(InvalidInputException.class, () -> read(json)).problems();
    }

    @Test
    void aBarIsLabelledByTheStartOfTheIntervalItsInclusiveOrExclusiveEndTimeCloses() throws Exception {
        BarSeries s = read(series(
                bar(T1800 + 299_999, "1673.58", "1677.62", "1672.44", "1672.99", "65.3033"),
                bar(T1800 + 600_000, "1673.04", "1673.04", "1665.4", "1670.41", "147.3332")));
        assertArrayEquals(new long[] {T1800, T1800 + 300_000}, s.time());
        assertEquals(1673.58, s.open()[0]);
        assertEquals(1677.62, s.high()[0]);
        assertEquals(1672.44, s.low()[0]);
        assertEquals(1672.99, s.close()[0]);
        assertEquals(65.3033, s.volume()[0]);
    }

    @Test
    void anEndTimeThatEndsNoIntervalOfTheTimeframeIsRefusedAtItsPath() {
        List<Problem> p = problems(series(bar(T1800 + 120_000, "1", "1", "1", "1", "1")));
        assertEquals("ohlc[0].endTime", p.get(0).location());
        assertTrue(p.get(0).message().contains("is not the end of a 5m interval"), p.get(0).message());
    }

    @Test
    void barsAreCheckedLikeRowsOfABarsCsv() {
        List<Problem> p = problems(series(
                bar(T1800 + 299_999, "10", "9", "11", "10", "1"),
                bar(T1800 + 599_999, "10", "11", "9", "12", "-1"),
                bar(T1800 + 599_999, "-10", "11", "9", "10", "1")));
        List<String> where = p.stream().map(Problem::location).toList();
        assertEquals(List.of("ohlc[0].highPrice", "ohlc[1].volume", "ohlc[1].closePrice", "ohlc[2].openPrice",
                "ohlc[2].endTime"), where, p.toString());
        assertTrue(p.get(4).message().contains("ascending time order"), p.get(4).message());
    }

    @Test
    void aMissingFieldOrAMissingBarArrayIsNamed() {
        List<Problem> p = problems(series("{\"endTime\": " + (T1800 + 299_999) + ", \"openPrice\": 1, \"highPrice\": 1,"
                + " \"lowPrice\": 1, \"volume\": 1}"));
        assertEquals("ohlc[0].closePrice", p.get(0).location());
        assertEquals("missing", p.get(0).message());
        assertEquals("ohlc", problems("{\"name\": \"x\"}").get(0).location());
        assertEquals("ohlc", problems(series()).get(0).location());
        assertEquals("ohlc[0]", problems(series("[1, 2]")).get(0).location());
    }
}
