package com.ladderbench.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.data.HigherTimeframe;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SymbolData;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a Spark sweep broadcasts arrives as the driver loaded it: the plan and configuration equal,
 * every series with the same bars, every resampled timeframe with the same completion indices,
 * and a base series standing for its own timeframe still one shared series.
 */
class SweepInputsTest {

    @ParameterizedTest
    @ValueSource(strings = {"trend-ladder", "mean-reversion-latch", "multi-symbol-tf", "bitstamp-2013",
            "eth-2023-depeg"})
    void everySamplesInputsArriveAsTheDriverLoadedThem(String sample) throws Exception {
        Path dir = Path.of("sample-backtests", sample);
        List<String> data;
        try (Stream<Path> files = Files.list(dir)) {
            data = files.map(Path::toString).filter(f -> f.endsWith(".csv")).sorted().toList();
        }
        RunInputs in = RunInputs.load(dir.resolve("plan.json"), data, dir.resolve("config.json"));

        SweepInputs.Decoded back = viaJavaSerialization(SweepInputs.of(in.plan().plan(), in.config(), in.data()))
                .decoded();

        assertEquals(in.plan().plan(), back.plan());
        assertEquals(in.config(), back.config());
        assertSameData(in.data(), back.data());
    }

    private static SweepInputs viaJavaSerialization(SweepInputs inputs) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(inputs);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (SweepInputs) in.readObject();
        }
    }

    private static void assertSameData(MarketData expected, MarketData actual) {
        assertEquals(expected.symbols(), actual.symbols());
        for (String s : expected.symbols()) {
            SymbolData e = expected.symbol(s);
            SymbolData a = actual.symbol(s);
            assertNotSame(e.base(), a.base(), "a copy, as an executor has");
            assertSameBars(e.base(), a.base());
            assertEquals(expected.sha256(s), actual.sha256(s));
            assertEquals(e.higher().keySet(), a.higher().keySet());
            for (Map.Entry<Timeframe, HigherTimeframe> h : e.higher().entrySet()) {
                HigherTimeframe ah = a.higher().get(h.getKey());
                assertSameBars(h.getValue().series(), ah.series());
                assertArrayEquals(h.getValue().completedAt(), ah.completedAt());
                if (h.getValue().series() == e.base()) assertSame(a.base(), ah.series(), "still the base series");
            }
        }
    }

    private static void assertSameBars(BarSeries e, BarSeries a) {
        assertEquals(e.symbol(), a.symbol());
        assertEquals(e.timeframe(), a.timeframe());
        assertEquals(e.source(), a.source());
        assertArrayEquals(e.time(), a.time());
        assertArrayEquals(e.open(), a.open());
        assertArrayEquals(e.high(), a.high());
        assertArrayEquals(e.low(), a.low());
        assertArrayEquals(e.close(), a.close());
        assertArrayEquals(e.volume(), a.volume());
        assertArrayEquals(e.spreadBps(), a.spreadBps());
    }
}
