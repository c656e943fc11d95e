package com.ladderbench.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.ladderbench.model.TradeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TradeSetJsonTest {
    private static final List<String> SET_FIELDS = List.of("set_id", "symbol", "timeframe", "side", "opened_at",
            "closed_at", "legs", "pnl_realized_total", "fees_total", "pnl_net", "num_legs", "num_entries", "num_exits",
            "avg_entry_price", "avg_exit_price", "max_exposure", "hold_duration_hours", "r_multiple", "entry_trigger",
            "exit_trigger", "paired");
    private static final List<String> LEG_FIELDS = List.of("leg_id", "fill_id", "side", "qty", "price", "fees",
            "timestamp", "trigger_id", "category", "reason", "is_entry", "exit_fraction", "wac_at_fill", "realized_pnl",
            "position_after");

    private final List<TradeSet> sets = ReportFixtures.sets();
    private final ObjectMapper mapper = JsonOutput.mapper();

    private JsonNode roundTrip() throws Exception {
        return mapper.readTree(mapper.writeValueAsString(TradeSetJson.toJson(sets)));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void setsAndLegsCarryTheSpecFieldsInSpecOrder() throws Exception {
        JsonNode json = roundTrip();
        assertEquals(3, json.size());
        for (JsonNode set : json) {
            assertEquals(SET_FIELDS, names(set));
            for (JsonNode leg : set.get("legs")) assertEquals(LEG_FIELDS, names(leg));
        }
    }

    @Test
    void valuesAreSerialisedFromTheTradeSet() throws Exception {
        JsonNode btc = roundTrip().get(0);
        assertEquals("S000001", btc.get("set_id").asText());
        assertEquals("BTC-USD", btc.get("symbol").asText());
        assertEquals("1h", btc.get("timeframe").asText());
        assertEquals("long", btc.get("side").asText());
        assertEquals("2024-01-01T00:00:00Z", btc.get("opened_at").asText());
        assertEquals("2024-01-01T05:00:00Z", btc.get("closed_at").asText());
        assertEquals(1000.0, btc.get("pnl_realized_total").asDouble(), 1e-9);
        assertEquals(8.1, btc.get("fees_total").asDouble(), 1e-9);
        assertEquals(991.9, btc.get("pnl_net").asDouble(), 1e-9);
        assertEquals(991.9 / 800.0, btc.get("r_multiple").asDouble(), 1e-12);
        JsonNode exitLeg = btc.get("legs").get(1);
        assertEquals("sell", exitLeg.get("side").asText());
        assertEquals("other", exitLeg.get("category").asText());
        assertEquals(false, exitLeg.get("is_entry").asBoolean());
        assertEquals(0.0, exitLeg.get("position_after").asDouble());
        assertEquals("why, \"quoted\"", exitLeg.get("reason").asText());
    }

    @Test
    void pairedViewIsNestedForOneEntryOneExitSetsOnly() throws Exception {
        JsonNode json = roundTrip();
        JsonNode paired = json.get(0).get("paired");
        assertTrue(paired.isObject());
        assertEquals(List.of("set_id", "symbol", "side", "entry_time", "exit_time", "entry_price", "exit_price",
                "entry_trigger", "exit_trigger", "qty", "pnl", "fees", "hold_duration_hours", "r_multiple"), names(paired));
        assertEquals(40000.0, paired.get("entry_price").asDouble());
        assertEquals(41000.0, paired.get("exit_price").asDouble());
        assertEquals(json.get(0).get("pnl_net"), paired.get("pnl"));
        assertTrue(json.get(1).get("paired").isNull(), "1 entry / 2 exits");
        assertTrue(json.get(2).get("paired").isNull(), "open");
    }

    @Test
    void nanAndMissingValuesAreWrittenAsNull() throws Exception {
        JsonNode open = roundTrip().get(2);
        assertTrue(Double.isNaN(sets.get(2).avgExitPrice()));
        assertTrue(open.get("avg_exit_price").isNull(), "NaN avg exit price of an open set");
        assertTrue(open.get("closed_at").isNull());
        assertTrue(open.get("exit_trigger").isNull());
        assertTrue(open.get("r_multiple").isNull());
        assertTrue(open.get("legs").get(0).get("exit_fraction").isNull());
    }

    @Test
    void mapperWritesNonFiniteNumbersAsNullAndSortsMapKeys() throws Exception {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("b", Double.NaN);
        m.put("a", Double.POSITIVE_INFINITY);
        m.put("c", 1.5f / 0f);
        m.put("d", List.of());
        assertEquals("{\n  \"a\": null,\n  \"b\": null,\n  \"c\": null,\n  \"d\": []\n}", mapper.writeValueAsString(m));
        assertEquals("[\n  1,\n  null\n]", mapper.writeValueAsString(mapper.createArrayNode().add(1.0).add(Double.NaN)));
    }

    @Test
    void mapperWritesNumbersWithoutNoiseExponentOrMinusZero() throws Exception {
        var array = mapper.createArrayNode().add(-134.99999999999957).add(1.0E-5).add(-0.0).add(100000.0).add(0.1f)
                .add(new java.math.BigDecimal("1E-8"));
        assertEquals("[\n  -135,\n  0.00001,\n  0,\n  100000,\n  0.1,\n  0.00000001\n]", mapper.writeValueAsString(array));
    }

    @Test
    void identicalSetsGiveIdenticalBytes() throws Exception {
        ArrayNode again = TradeSetJson.toJson(ReportFixtures.sets());
        assertEquals(mapper.writeValueAsString(TradeSetJson.toJson(sets)), JsonOutput.mapper().writeValueAsString(again));
    }
}
