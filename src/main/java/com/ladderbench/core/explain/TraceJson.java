package com.ladderbench.core.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.core.report.JsonOutput;
import com.ladderbench.core.rules.RuleExplanation;
import com.ladderbench.core.rules.RuleResult;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.Fill;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** A decision trace as JSON (explain --json, the HTML report's traces): the same facts as {@link TraceText}. */
public final class TraceJson {
    private static final ObjectMapper MAPPER = JsonOutput.mapper();
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private TraceJson() {
    }

    public static String render(BarTrace t) {
        try {
            return MAPPER.writeValueAsString(toJson(t)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toJson(BarTrace t) {
        ObjectNode o = F.objectNode();
        o.put("side", t.side());
        o.put("symbol", t.symbol());
        o.put("timestamp", Timestamps.format(t.barTime()));
        o.set("close", num(t.close()));
        o.set("before", position(t.before()));
        ArrayNode triggers = o.putArray("triggers");
        for (BarTrace.TriggerTrace tr : t.triggers()) {
            ObjectNode n = triggers.addObject();
            n.put("trigger_id", tr.triggerId());
            n.put("category", tr.category().wire());
            n.put("timeframe", tr.timeframe().label());
            ArrayNode rules = n.putArray("rules");
            for (BarTrace.RuleTrace r : tr.rules()) {
                ObjectNode rn = rules.addObject();
                rn.put("role", r.role());
                rn.setAll(rule(r.explanation()));
            }
            ArrayNode cands = n.putArray("candidates");
            for (BarTrace.CandidateTrace c : tr.candidates()) {
                ObjectNode cn = cands.addObject();
                cn.put("tier", c.tier());
                cn.put("kind", c.kind());
                cn.put("lots", c.lots());
                cn.put("qty", c.qty());
                cn.put("dust_sweep", c.dustSweep());
                cn.put("blocked_by", c.blockedBy());
                ArrayNode guards = cn.putArray("guards");
                for (BarTrace.GuardCheck g : c.guards()) {
                    ObjectNode gn = guards.addObject();
                    gn.put("guard", g.guard());
                    gn.put("status", g.status().wire());
                    if (!Double.isNaN(g.value())) {
                        gn.set("value", num(g.value()));
                        gn.set("limit", num(g.limit()));
                    }
                }
            }
        }
        o.set("regime_rule", t.regime() == null ? F.nullNode() : rule(t.regime()));
        ObjectNode res = o.putObject("resolution");
        res.put("winner", t.resolution().winner());
        res.put("winner_kind", t.resolution().winnerKind());
        res.put("order_lots", t.resolution().orderLots());
        ArrayNode losers = res.putArray("losers");
        for (BarTrace.Loser l : t.resolution().losers()) {
            ObjectNode ln = losers.addObject();
            ln.put("trigger_id", l.triggerId());
            ln.put("reason", l.reason());
            ln.put("preempted_by", l.preemptedBy());
            ln.put("detail", l.detail());
        }
        o.set("order", order(t.order()));
        o.set("after", position(t.after()));
        ArrayNode events = o.putArray("events");
        for (BlockEvent e : t.events()) {
            ObjectNode en = events.addObject();
            en.put("seq", e.seq());
            en.put("trigger_id", e.triggerId());
            en.put("category", e.category().wire());
            en.put("reason", e.reason().wire());
            en.put("detail", e.detail());
            en.put("preempted_by", e.preemptedBy());
        }
        return o;
    }

    private static ObjectNode rule(RuleExplanation x) {
        ObjectNode n = F.objectNode();
        n.put("rule", x.source());
        n.put("result", RuleResult.name(x.result()));
        ObjectNode values = n.putObject("values");
        for (RuleExplanation.Reading r : x.readings()) {
            if (r.missing()) values.put(r.name(), "missing");
            else if (r.text() != null) values.put(r.name(), r.text());
            else values.set(r.name(), num(r.value()));
        }
        ArrayNode deciding = n.putArray(x.result() == RuleResult.MISSING ? "missing_in" : "false_because");
        x.deciding().forEach(deciding::add);
        return n;
    }

    private static JsonNode position(BarTrace.Position p) {
        ObjectNode n = F.objectNode();
        n.put("lots", p.lots());
        n.put("qty", p.qty());
        n.set("wac", num(p.wac()));
        if (p.barsHeld() != null) n.put("bars_held", p.barsHeld());
        return n;
    }

    private static JsonNode order(Fill f) {
        if (f == null) return F.nullNode();
        ObjectNode n = F.objectNode();
        n.put("fill_id", f.fillId());
        n.put("timestamp", Timestamps.format(f.timestamp()));
        n.put("side", f.side().name().toLowerCase(java.util.Locale.ROOT));
        n.put("lots", f.lots());
        n.put("qty", f.qty());
        n.set("price", num(f.price()));
        n.set("fees", num(f.fee()));
        n.put("trigger_id", f.triggerId());
        n.put("reason", f.reason());
        return n;
    }

    private static JsonNode num(double v) {
        BigDecimal d = TraceNumbers.decimal(v);
        return d == null ? F.nullNode() : F.numberNode(d);
    }
}
