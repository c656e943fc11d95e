package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted trigger ids and reasons from a fills file reach legs.csv and tradesets.csv inert (SPEC §7). */
class CsvFormulaGuardCommandTest {
    @TempDir
    Path dir;

    private static List<Map<String, String>> rows(Path csv) throws Exception {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            return it.readAll();
        }
    }

    @Test
    void triggerIdsAndReasonsStartingWithAFormulaCharacterAreWrittenWithAQuotePrefix() throws Exception {
        // tab and CR cannot arrive this way (the fills reader trims cells); CsvFormulaGuardTest covers them.
        // Trigger ids may only start with '-' of the four (SPEC §2.1 refuses '=', '+' and '@' in ids);
        // the free-text reason carries every one of them.
        String[] firsts = {"=", "+", "-", "@"};
        StringBuilder fills = new StringBuilder("timestamp,symbol,side,qty,price,fee,trigger_id,reason\n");
        for (int i = 0; i < firsts.length; i++) {
            String f = firsts[i];
            // one round trip per character: buy then sell, each a whole TradeSet
            String id = idPrefix(f);
            fills.append(String.format(java.util.Locale.ROOT, "%d,X,buy,1,10,0,\"%sentry%d\",\"%sSUM(A1)\"\n",
                    1_704_067_200L + 7200L * i, id, i, f));
            fills.append(String.format(java.util.Locale.ROOT, "%d,X,sell,1,11,0,\"%sexit%d\",plain\n",
                    1_704_067_200L + 7200L * i + 3600, id, i));
        }
        Path in = dir.resolve("fills.csv");
        Files.writeString(in, fills, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("tradesets", "--fills", in.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());

        List<Map<String, String>> legs = rows(out.resolve("legs.csv"));
        assertEquals(2 * firsts.length, legs.size());
        for (int i = 0; i < firsts.length; i++) {
            Map<String, String> entry = legs.get(2 * i);
            assertEquals(shown(idPrefix(firsts[i]) + "entry" + i), entry.get("trigger_id"));
            assertEquals("'" + firsts[i] + "SUM(A1)", entry.get("reason"));
            assertEquals("plain", legs.get(2 * i + 1).get("reason"));
        }
        List<Map<String, String>> sets = rows(out.resolve("tradesets.csv"));
        for (int i = 0; i < firsts.length; i++) {
            assertEquals(shown(idPrefix(firsts[i]) + "entry" + i), sets.get(i).get("entry_trigger"));
            assertEquals(shown(idPrefix(firsts[i]) + "exit" + i), sets.get(i).get("exit_trigger"));
            assertEquals("1", sets.get(i).get("pnl_net"), "numbers stay numbers");
        }
    }

    /** The part of a trigger id a formula character may take: only '-' is an id character. */
    private static String idPrefix(String first) {
        return first.equals("-") ? "-" : "";
    }

    /** How a text cell reads back: a leading '-' gets the guard's quote, anything else is as it was. */
    private static String shown(String text) {
        return text.startsWith("-") ? "'" + text : text;
    }
}
