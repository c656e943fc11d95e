package com.ladderbench.ui.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.core.data.BarCsvReader;
import com.ladderbench.core.data.DataSpec;
import com.ladderbench.core.data.EmptyIntervals;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Timeframe;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradesImportTest {
    @TempDir
    Path dir;

    @Test
    void importedBarsAreWrittenWhereChosenAndTheirDataArgumentLoadsThem() throws Exception {
        Path trades = Files.writeString(dir.resolve("btc_trades.csv"),
                "timestamp,price,amount\n2024-01-01T00:00:00Z,100,1\n2024-01-01T00:20:00Z,101,1\n");
        TradesImport.Request request = new TradesImport.Request("BTC-USD", Timeframe.M5, EmptyIntervals.FILL_FLAT);
        Path out = dir.resolve(request.fileName());
        String spec = TradesImport.importBars(trades, request, out);
        assertEquals("BTC-USD:5m=" + out, spec);
        BarSeries bars = BarCsvReader.read(DataSpec.parse(spec));
        assertEquals(5, bars.size(), "00:00 and 00:20 with three flat bars between");
        assertEquals("BTC-USD_5m.csv", out.getFileName().toString());
    }

    @Test
    void badTradesAreBadInputAndNothingIsWritten() throws Exception {
        Path trades = Files.writeString(dir.resolve("t.csv"), "timestamp,price,amount\n2024-01-01T00:00:00Z,-1,1\n");
        Path out = dir.resolve("X_5m.csv");
        assertThrows(InvalidInputException.class, () -> TradesImport.importBars(trades,
                new TradesImport.Request("X", Timeframe.M5, EmptyIntervals.OMIT), out));
        assertFalse(Files.exists(out));
    }

    @Test
    void theBarsAreNeverSavedOverTheTradesFile() throws Exception {
        String text = "timestamp,price,amount\n2024-01-01T00:00:00Z,100,1\n";
        Path trades = Files.writeString(dir.resolve("X_5m.csv"), text);
        assertThrows(InvalidInputException.class, () -> TradesImport.importBars(trades,
                new TradesImport.Request("X", Timeframe.M5, EmptyIntervals.OMIT), trades));
        assertEquals(text, Files.readString(trades));
    }

    @Test
    void theSymbolIsGuessedFromTheFileNameAndLeftBlankWhenItCannotBeOne() {
        assertEquals("BTC-USD", TradesImport.guessSymbol(Path.of("btc-usd_trades.csv")));
        assertEquals("ETH", TradesImport.guessSymbol(Path.of("eth.csv")));
        assertEquals("", TradesImport.guessSymbol(Path.of("my trades.csv")));
    }
}
