package com.ladderbench.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.ladderbench.model.TradeSet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TradeSetCsvTest {
    private final List<TradeSet> sets = ReportFixtures.sets();

    private static List<Map<String, String>> parse(String csv) throws Exception {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }

    private String sets() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TradeSetCsv.writeTradeSets(sets, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String legs() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TradeSetCsv.writeLegs(sets, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneRowPerSetWithTheSpecColumns() throws Exception {
        String csv = sets();
        assertTrue(csv.startsWith("set_id,symbol,timeframe,side,opened_at,closed_at,pnl_realized_total,fees_total,"
                + "pnl_net,num_legs,num_entries,num_exits,avg_entry_price,avg_exit_price,max_exposure,"
                + "hold_duration_hours,r_multiple,entry_trigger,exit_trigger\n"), csv);
        List<Map<String, String>> rows = parse(csv);
        assertEquals(3, rows.size());
        Map<String, String> eth = rows.get(1);
        assertEquals("S000002", eth.get("set_id"));
        assertEquals("short", eth.get("side"));
        assertEquals("2024-01-01T01:00:00Z", eth.get("opened_at"));
        assertEquals("150", eth.get("pnl_realized_total"));
        assertEquals("3", eth.get("num_legs"));
        assertEquals("1925", eth.get("avg_exit_price"));
        assertEquals("", eth.get("r_multiple"), "no stop, no R");
        Map<String, String> open = rows.get(2);
        assertEquals("", open.get("closed_at"));
        assertEquals("", open.get("avg_exit_price"), "NaN is an empty cell");
    }

    @Test
    void oneRowPerLegKeyedBySetId() throws Exception {
        List<Map<String, String>> rows = parse(legs());
        assertEquals(sets.stream().mapToInt(TradeSet::numLegs).sum(), rows.size());
        assertEquals(List.of("S000001", "S000001", "S000002", "S000002", "S000002", "S000003"),
                rows.stream().map(r -> r.get("set_id")).toList());
        Map<String, String> trim = rows.get(3);
        assertEquals("L000004", trim.get("leg_id"));
        assertEquals("d", trim.get("fill_id"));
        assertEquals("risk_reduce", trim.get("category"));
        assertEquals("0.5", trim.get("exit_fraction"));
        assertEquals("-1", trim.get("position_after"));
        assertEquals("100", trim.get("realized_pnl"));
        assertEquals("false", trim.get("is_entry"));
        assertEquals("why, \"quoted\"", trim.get("reason"), "commas and quotes survive quoting");
    }

    @Test
    void numbersArePlainDecimalsWithoutExponent() throws Exception {
        Map<String, String> sol = parse(legs()).get(5);
        assertEquals("0.00000001", sol.get("qty"));
        assertEquals("0.00000001", sol.get("position_after"));
        assertEquals("0.000001", CsvCells.plain(1e-6));
        assertEquals("12345678901200000000", CsvCells.plain(1.2345678901234567e19));
        assertEquals("0", CsvCells.plain(-0.0));
        assertEquals("40111.1111111", CsvCells.plain(36100.0 / 0.9), "12 significant digits");
        assertEquals("-135", CsvCells.plain(-134.99999999999957), "binary noise is rounded away");
    }
}
