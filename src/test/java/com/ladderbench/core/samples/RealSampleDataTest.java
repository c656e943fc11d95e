package com.ladderbench.core.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.data.BarCsvWriter;
import com.ladderbench.core.data.EmptyIntervals;
import com.ladderbench.core.data.Ta4jJsonBarsReader;
import com.ladderbench.core.data.TradesCsvReader;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provenance of the real-data samples: each committed CSV is rebuilt here, with the project's own
 * importers, from the resource that {@code org.ta4j:ta4j-examples:0.18} (MIT, test scope) ships,
 * and must equal the committed file byte for byte. If an importer or the CSV writer changes its
 * output, rebuild the files with {@code sample-backtests/update-readmes.sh}.
 */
class RealSampleDataTest {
    private static final Path SAMPLES = Path.of("sample-backtests");

    @TempDir
    Path dir;

    @Test
    void bitstamp2013BarsAreTheFiveMinuteBarsOfTa4jExamplesBitstampTradesWithGapsFilledFlat() throws Exception {
        BarSeries bars;
        try (InputStream in = resource("bitstamp_trades_from_20131125_usd.csv")) {
            bars = TradesCsvReader.read(in, "bitstamp_trades_from_20131125_usd.csv", "BTC-USD", Timeframe.M5,
                    EmptyIntervals.FILL_FLAT);
        }
        assertSameBytes(bars, SAMPLES.resolve("bitstamp-2013/BTC-USD_5m.csv"));
    }

    @Test
    void eth2023DepegBarsAreTa4jExamplesEthFiveMinuteJsonBars() throws Exception {
        String json;
        try (InputStream in = resource("ETH-USD-PT5M-2023-3-13_2023-3-15.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        BarSeries bars = Ta4jJsonBarsReader.read(json, "ETH-USD-PT5M-2023-3-13_2023-3-15.json", "ETH-USD", Timeframe.M5);
        assertSameBytes(bars, SAMPLES.resolve("eth-2023-depeg/ETH-USD_5m.csv"));
    }

    @Test
    void eachRealSampleCarriesTheMitNoticeOfItsSourceAndNamesItInItsReadme() throws Exception {
        for (String sample : new String[] {"bitstamp-2013", "eth-2023-depeg"}) {
            String notice = Files.readString(SAMPLES.resolve(sample).resolve("DATA-LICENSE.txt"));
            assertTrue(notice.contains("The MIT License") && notice.contains("Ta4j Organization"), sample);
            String readme = Files.readString(SAMPLES.resolve(sample).resolve("README.md"));
            assertTrue(readme.contains("org.ta4j:ta4j-examples:0.18") && readme.contains("DATA-LICENSE.txt"), sample);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = RealSampleDataTest.class.getClassLoader().getResourceAsStream(name);
        assertNotNull(in, name + " is not on the test class path: is org.ta4j:ta4j-examples:0.18 a test dependency?");
        return in;
    }

    private void assertSameBytes(BarSeries bars, Path committed) throws Exception {
        Path rebuilt = dir.resolve(committed.getFileName());
        BarCsvWriter.write(bars, rebuilt);
        assertArrayEquals(Files.readAllBytes(committed), Files.readAllBytes(rebuilt),
                committed + " is not what the importer makes of the ta4j-examples resource;"
                        + " rebuild it with sample-backtests/update-readmes.sh");
    }
}
