package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Help examples stay pasteable: long ones continue with a backslash, broken only before an option. */
class ExampleLinesTest {
    @Test
    void aLineThatFitsIsKept() {
        assertEquals(List.of("  ladderbench bench --bars 100"), ExampleLines.wrap("  ladderbench bench --bars 100", 30));
    }

    @Test
    void aLongLineBreaksBeforeOptionsKeepingEachOptionWithItsValue() {
        List<String> lines = ExampleLines.wrap("  ladderbench backtest --plan a/very/long/path/plan.json"
                + " --data another/long/path/BTC-USD_1h.csv --out out/run", 50);
        assertEquals(List.of("  ladderbench backtest \\",
                "      --plan a/very/long/path/plan.json \\",
                "      --data another/long/path/BTC-USD_1h.csv \\",
                "      --out out/run"), lines);
    }

    @Test
    void shortOptionsShareALine() {
        assertEquals(List.of("  lb sweep --a 1 --b 2 \\", "      --c 3"), ExampleLines.wrap("  lb sweep --a 1 --b 2 --c 3", 24));
    }
}
