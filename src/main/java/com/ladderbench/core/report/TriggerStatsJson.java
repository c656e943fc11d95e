package com.ladderbench.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.TriggerStats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code trigger_stats} in result.json (SPEC §5): one object per trigger in plan order, its
 * block events keyed by reason in the reasons' order. Read back by {@link RunReader}.
 */
public final class TriggerStatsJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TriggerStatsJson() {
    }

    public static ArrayNode toJson(List<TriggerStats> stats) {
        ArrayNode array = NODES.arrayNode(stats.size());
        for (TriggerStats t : stats) {
            ObjectNode o = array.addObject();
            o.put("trigger_id", t.triggerId());
            o.put("symbol", t.symbol());
            o.put("category", t.category().wire());
            o.put("bars_true", t.barsTrue());
            o.put("orders_filled", t.ordersFilled());
            o.put("qty_traded", t.qtyTraded());
            o.put("realized_pnl", t.realizedPnl());
            ObjectNode events = o.putObject("events");
            for (Map.Entry<BlockReason, Long> e : t.events().entrySet()) events.put(e.getKey().wire(), e.getValue());
        }
        return array;
    }

    /** Empty for a run written before trigger_stats existed. */
    public static List<TriggerStats> fromJson(JsonNode array) {
        List<TriggerStats> out = new ArrayList<>();
        for (JsonNode o : array) {
            Map<BlockReason, Long> events = new EnumMap<>(BlockReason.class);
            Iterator<Map.Entry<String, JsonNode>> it = o.path("events").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                BlockReason r = BlockReason.fromWire(e.getKey())
                        .orElseThrow(() -> new IllegalArgumentException("unknown reason " + e.getKey()));
                events.put(r, e.getValue().asLong());
            }
            String category = o.path("category").asText();
            out.add(new TriggerStats(o.path("trigger_id").asText(), o.path("symbol").asText(),
                    Category.fromWire(category)
                            .orElseThrow(() -> new IllegalArgumentException("unknown category " + category)),
                    o.path("bars_true").asLong(), o.path("orders_filled").asLong(),
                    o.path("qty_traded").isNumber() ? o.path("qty_traded").decimalValue() : BigDecimal.ZERO,
                    o.path("realized_pnl").asDouble(), events));
        }
        return out;
    }
}
