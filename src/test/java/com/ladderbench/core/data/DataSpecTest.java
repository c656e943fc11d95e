package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataSpecTest {

    @Test
    void explicitFormNamesSymbolTimeframeAndPath() throws InvalidInputException {
        DataSpec s = DataSpec.parse("BTC-USD:4h=data/btc.csv");
        assertEquals(new DataSpec("BTC-USD", Timeframe.H4, Path.of("data/btc.csv")), s);
    }

    @Test
    void explicitFormAllowsAnEqualsSignInThePath() throws InvalidInputException {
        assertEquals(Path.of("runs/a=b/x.csv"), DataSpec.parse("ETH:1d=runs/a=b/x.csv").path());
    }

    @Test
    void aBarePathTakesSymbolAndTimeframeFromTheFileName() throws InvalidInputException {
        DataSpec s = DataSpec.parse("data/BTC-USD_1h.csv");
        assertEquals(new DataSpec("BTC-USD", Timeframe.H1, Path.of("data/BTC-USD_1h.csv")), s);
    }

    @Test
    void theSymbolIsEverythingBeforeTheLastUnderscore() throws InvalidInputException {
        DataSpec s = DataSpec.parse("BTC_USDT_15m.CSV");
        assertEquals("BTC_USDT", s.symbol());
        assertEquals(Timeframe.M15, s.timeframe());
    }

    @Test
    void displayIsTheExplicitFormAndParsesBack() throws InvalidInputException {
        DataSpec s = DataSpec.parse("data/BTC-USD_1h.csv");
        assertEquals("BTC-USD:1h=data/BTC-USD_1h.csv", s.display());
        assertEquals(s, DataSpec.parse(s.display()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "btc.csv              | cannot tell the symbol and timeframe from the file name 'btc.csv'",
        "data/BTC_1h.txt      | cannot tell the symbol and timeframe",
        "BTC_3h.csv           | unknown timeframe '3h'; expected one of 1m 5m 15m 30m 1h 2h 4h 6h 12h 1d 1w",
        "BTC:3h=x.csv         | unknown timeframe '3h'",
        ":1h=x.csv            | no symbol before ':'",
        "BTC:1h=              | no file after '='",
        "_1h.csv              | cannot tell the symbol and timeframe",
        "BTC_.csv             | cannot tell the symbol and timeframe",
        "'BTC USD:1h=x.csv'   | symbol 'BTC USD' contains a space at position 4",
        "'BTC\u200b:1h=x.csv' | contains U+200B (zero width space)",
    })
    void badArgumentsSayWhatIsExpected(String arg, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DataSpec.parse(arg));
        Problem p = e.problems().get(0);
        assertEquals("--data", p.location());
        assertTrue(p.message().startsWith("'" + arg + "': "), p.message());
        assertTrue(p.message().contains(message.trim()), p.message());
    }

    @Test
    void anEmptyArgumentIsRejected() {
        assertThrows(InvalidInputException.class, () -> DataSpec.parse(" "));
    }
}
