package com.ladderbench.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.core.ledger.PairedView;
import com.ladderbench.model.PairedTrade;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.List;

/**
 * TradeSets as JSON with the SPEC §5 snake_case fields in SPEC order, legs nested, and the old
 * paired view under {@code "paired"} (null unless the set has exactly one entry and one exit).
 * Times are ISO-8601 UTC; NaN values become null when written through {@link JsonOutput}.
 */
public final class TradeSetJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TradeSetJson() {
    }

    public static ArrayNode toJson(List<TradeSet> sets) {
        ArrayNode array = NODES.arrayNode(sets.size());
        for (TradeSet set : sets) array.add(toJson(set));
        return array;
    }

    public static ObjectNode toJson(TradeSet set) {
        ObjectNode o = NODES.objectNode();
        o.put("set_id", set.setId());
        o.put("symbol", set.symbol());
        o.put("timeframe", set.timeframe() == null ? null : set.timeframe().label());
        o.put("side", set.side().wire());
        o.put("opened_at", Timestamps.format(set.openedAt()));
        o.put("closed_at", set.closedAt() == null ? null : Timestamps.format(set.closedAt()));
        ArrayNode legs = o.putArray("legs");
        for (TradeLeg leg : set.legs()) legs.add(toJson(leg));
        o.put("pnl_realized_total", set.pnlRealizedTotal());
        o.put("fees_total", set.feesTotal());
        o.put("pnl_net", set.pnlNet());
        o.put("num_legs", set.numLegs());
        o.put("num_entries", set.numEntries());
        o.put("num_exits", set.numExits());
        o.put("avg_entry_price", set.avgEntryPrice());
        o.put("avg_exit_price", set.avgExitPrice());
        o.put("max_exposure", set.maxExposure());
        o.put("hold_duration_hours", set.holdDurationHours());
        o.put("r_multiple", set.rMultiple());
        o.put("entry_trigger", set.entryTrigger());
        o.put("exit_trigger", set.exitTrigger());
        o.set("paired", PairedView.of(set).<JsonNode>map(TradeSetJson::toJson).orElse(NODES.nullNode()));
        return o;
    }

    public static ObjectNode toJson(TradeLeg leg) {
        ObjectNode o = NODES.objectNode();
        o.put("leg_id", leg.legId());
        o.put("fill_id", leg.fillId());
        o.put("side", leg.side().wire());
        o.put("qty", leg.qty());
        o.put("price", leg.price());
        o.put("fees", leg.fees());
        o.put("timestamp", Timestamps.format(leg.timestamp()));
        o.put("trigger_id", leg.triggerId());
        o.put("category", leg.category() == null ? null : leg.category().wire());
        o.put("reason", leg.reason());
        o.put("is_entry", leg.isEntry());
        o.put("exit_fraction", leg.exitFraction());
        o.put("wac_at_fill", leg.wacAtFill());
        o.put("realized_pnl", leg.realizedPnl());
        o.put("position_after", leg.positionAfter());
        return o;
    }

    public static ObjectNode toJson(PairedTrade p) {
        ObjectNode o = NODES.objectNode();
        o.put("set_id", p.setId());
        o.put("symbol", p.symbol());
        o.put("side", p.side().wire());
        o.put("entry_time", Timestamps.format(p.entryTime()));
        o.put("exit_time", Timestamps.format(p.exitTime()));
        o.put("entry_price", p.entryPrice());
        o.put("exit_price", p.exitPrice());
        o.put("entry_trigger", p.entryTrigger());
        o.put("exit_trigger", p.exitTrigger());
        o.put("qty", p.qty());
        o.put("pnl", p.pnl());
        o.put("fees", p.fees());
        o.put("hold_duration_hours", p.holdDurationHours());
        o.put("r_multiple", p.rMultiple());
        return o;
    }
}
