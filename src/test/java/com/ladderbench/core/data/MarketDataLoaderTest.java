package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketDataLoaderTest {
    @TempDir
    Path dir;
    private Path btc1h;

    @BeforeEach
    void writeData() throws IOException {
        btc1h = dir.resolve("BTC-USD_1h.csv");
        BarCsvWriter.write(Bars.hourly(0, 1, 2, 3, 4, 5, 6, 7, 8), btc1h);
    }

    private static String messages(InvalidInputException e) {
        return e.problems().stream().map(Problem::render).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void theFinestFileIsTheBaseAndCoarserFilesAreNotRead() throws InvalidInputException {
        // the 4h file does not exist: were it read, loading would fail
        List<DataSpec> specs = List.of(new DataSpec("BTC-USD", Timeframe.H4, dir.resolve("missing.csv")),
                DataSpec.parse(btc1h.toString()));
        MarketData data = MarketDataLoader.load(specs, Map.of("BTC-USD", Set.of(Timeframe.H4, Timeframe.H1)));
        SymbolData btc = data.symbol("BTC-USD");
        assertEquals(Timeframe.H1, btc.base().timeframe());
        assertEquals(9, btc.base().size());
        assertArrayEquals(new int[] {3, 7}, btc.at(Timeframe.H4).completedAt());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, btc.at(Timeframe.H1).completedAt());
        assertEquals(List.of(Timeframe.H1, Timeframe.H4), List.copyOf(btc.higher().keySet()));
    }

    @Test
    void symbolsAreSortedAndLookupsOfUnknownSymbolsAreEmpty() throws IOException, InvalidInputException {
        Path eth = dir.resolve("ETH_1h.csv");
        BarCsvWriter.write(Bars.hourly(0, 1), eth);
        MarketData data = MarketDataLoader.load(List.of(DataSpec.parse(eth.toString()), DataSpec.parse(btc1h.toString())),
                Map.of());
        assertEquals(List.of("BTC-USD", "ETH"), data.symbols());
        assertEquals(Optional.empty(), data.find("SOL"));
        assertThrows(IllegalArgumentException.class, () -> data.symbol("SOL"));
        assertThrows(IllegalArgumentException.class, () -> data.symbol("ETH").at(Timeframe.H4));
    }

    @Test
    void aNeededTimeframeFinerThanTheBaseIsBadInputNamingSymbolAndBothTimeframes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MarketDataLoader.load(
                List.of(DataSpec.parse(btc1h.toString())), Map.of("BTC-USD", Set.of(Timeframe.M15))));
        String m = messages(e);
        assertTrue(m.contains("BTC-USD") && m.contains("15m") && m.contains("1h") && m.contains("finer"), m);
    }

    @Test
    void aNeededTimeframeThatIsNoWholeMultipleOfTheBaseIsBadInput() throws IOException {
        Path h4 = dir.resolve("SOL_4h.csv");
        BarCsvWriter.write(Bars.at(Timeframe.H4, 0, 1, 2), h4);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MarketDataLoader.load(
                List.of(DataSpec.parse(h4.toString())), Map.of("SOL", Set.of(Timeframe.H6))));
        String m = messages(e);
        assertTrue(m.contains("SOL") && m.contains("6h") && m.contains("4h") && m.contains("not a whole multiple"), m);
    }

    @Test
    void aNeededSymbolWithoutDataIsBadInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MarketDataLoader.load(
                List.of(DataSpec.parse(btc1h.toString())), Map.of("ETH", Set.of(Timeframe.H1))));
        assertTrue(messages(e).contains("no data for symbol ETH"), messages(e));
    }

    @Test
    void twoFilesForOneSymbolAndTimeframeAreAmbiguous() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MarketDataLoader.load(
                List.of(DataSpec.parse(btc1h.toString()), new DataSpec("BTC-USD", Timeframe.H1, dir.resolve("other.csv"))),
                Map.of()));
        assertTrue(messages(e).contains("has 2 files for timeframe 1h"), messages(e));
    }

    @Test
    void problemsOfEveryFileAndSymbolAreReportedTogether() {
        Path bad = CsvFiles.write(dir, "ETH_1h.csv", "timestamp,open,high,low,close,volume\n2024-01-01,1,0.5,1,1,1\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MarketDataLoader.load(
                List.of(DataSpec.parse(bad.toString()), new DataSpec("SOL", Timeframe.H1, dir.resolve("nope.csv"))),
                Map.of("XRP", Set.of(Timeframe.H1))));
        assertEquals(3, e.problems().size(), messages(e));
        assertEquals("line 2", e.problems().get(1).location());
    }
}
