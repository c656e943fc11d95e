package com.ladderbench.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.core.text.Decimals;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.RunInfo;
import com.ladderbench.model.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a run directory (SPEC §7): result.json, tradesets.csv, legs.csv, events.csv,
 * equity.csv. Field names are the SPEC's snake_case; identical results give identical bytes.
 */
public final class RunWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    public static final String RESULT = "result.json";
    public static final String TRADESETS = "tradesets.csv";
    public static final String LEGS = "legs.csv";
    public static final String EVENTS = "events.csv";
    public static final String EQUITY = "equity.csv";

    private RunWriter() {
    }

    /** Replaces {@code dir} (absent, empty or an earlier run) with the run's files, atomically. */
    public static void write(RunResult result, Path dir) throws IOException {
        write(result, OutputTarget.directory(dir, OutputTarget.Kind.RUN));
    }

    public static void write(RunResult result, OutputTarget target) throws IOException {
        target.writeDirectory(tmp -> writeInto(result, tmp));
    }

    /** Writes the run's files into an existing (temporary) directory. */
    public static void writeInto(RunResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(RESULT))) {
            writeResultJson(result, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(TRADESETS))) {
            TradeSetCsv.writeTradeSets(result.tradeSets(), out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(LEGS))) {
            TradeSetCsv.writeLegs(result.tradeSets(), out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(EVENTS))) {
            writeEvents(result, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(EQUITY))) {
            writeEquity(result, out);
        }
    }

    /**
     * The same bytes as writing {@link #toJson(RunResult)}, but the events (the one part that grows
     * with the bars) are turned into JSON one at a time, so a run with millions of them never holds
     * them all as a tree.
     */
    private static void writeResultJson(RunResult r, OutputStream out) throws IOException {
        ObjectNode head = toJsonWithoutEvents(r);
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> field : head.properties()) {
                g.writeFieldName(field.getKey());
                JsonTrees.write(g, field.getValue());
            }
            g.writeArrayFieldStart("events");
            for (BlockEvent e : r.events()) writeEvent(g, e);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    public static ObjectNode toJson(RunResult r) {
        ObjectNode root = toJsonWithoutEvents(r);
        ArrayNode events = root.putArray("events");
        for (BlockEvent e : r.events()) events.add(toJson(e));
        return root;
    }

    private static ObjectNode toJsonWithoutEvents(RunResult r) {
        ObjectNode root = NODES.objectNode();
        root.set("run", toJson(r.info()));
        if (r.plan() != null) root.set("plan", PlanJson.toJson(r.plan()));
        root.set("config", PlanJson.toJson(r.config()));
        root.set("metrics", toJson(r.metrics()));
        ObjectNode counts = root.putObject("event_counts");
        for (RunResult.EventCount c : r.eventCounts()) {
            ObjectNode byReason = counts.has(c.category().wire()) ? (ObjectNode) counts.get(c.category().wire())
                    : counts.putObject(c.category().wire());
            byReason.put(c.reason().wire(), c.count());
        }
        if (!r.triggerStats().isEmpty()) root.set("trigger_stats", TriggerStatsJson.toJson(r.triggerStats()));
        root.set("trade_sets", TradeSetJson.toJson(r.tradeSets()));
        return root;
    }

    public static ObjectNode toJson(RunInfo info) {
        ObjectNode o = NODES.objectNode();
        o.put("label", info.label());
        o.put("plan_id", info.planId());
        o.put("plan_sha256", info.planSha256());
        ArrayNode data = o.putArray("data");
        for (RunInfo.DataInfo d : info.data()) {
            ObjectNode x = data.addObject();
            x.put("symbol", d.symbol());
            x.put("timeframe", d.timeframe().label());
            x.put("source", d.source());
            x.put("sha256", d.sha256());
            x.put("bars", d.bars());
        }
        ArrayNode ov = o.putArray("overrides");
        info.overrides().forEach(ov::add);
        o.put("first_bar", Timestamps.format(info.firstBar()));
        o.put("last_bar", Timestamps.format(info.lastBar()));
        o.put("bars", info.bars());
        return o;
    }

    public static ObjectNode toJson(Metrics m) {
        ObjectNode o = NODES.objectNode();
        num(o, "initial_equity", m.initialEquity());
        num(o, "final_equity", m.finalEquity());
        num(o, "total_return_pct", m.totalReturnPct());
        num(o, "max_drawdown_pct", m.maxDrawdownPct());
        num(o, "sharpe", m.sharpe());
        num(o, "sortino", m.sortino());
        o.put("num_trade_sets", m.numTradeSets());
        num(o, "win_rate", m.winRate());
        num(o, "profit_factor", m.profitFactor());
        num(o, "fees", m.fees());
        num(o, "turnover", m.turnover());
        num(o, "exposure_pct", m.exposurePct());
        o.put("whipsaw_count", m.whipsawCount());
        num(o, "reentered_notional", m.reenteredNotional());
        num(o, "whipsaw_cost", m.whipsawCost());
        return o;
    }

    public static ObjectNode toJson(BlockEvent e) {
        ObjectNode o = NODES.objectNode();
        o.put("seq", e.seq());
        o.put("timestamp", Timestamps.format(e.timestamp()));
        o.put("symbol", e.symbol());
        o.put("timeframe", e.timeframe().label());
        o.put("trigger_id", e.triggerId());
        o.put("category", e.category().wire());
        o.put("reason", e.reason().wire());
        o.put("detail", e.detail());
        num(o, "price", e.price());
        o.put("preempted_by", e.preemptedBy());
        return o;
    }

    /** What writing {@link #toJson(BlockEvent)} gives, field by field, without a tree per event. */
    private static void writeEvent(JsonGenerator g, BlockEvent e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("seq", e.seq());
        g.writeStringField("timestamp", Timestamps.format(e.timestamp()));
        g.writeStringField("symbol", e.symbol());
        g.writeStringField("timeframe", e.timeframe().label());
        g.writeStringField("trigger_id", e.triggerId());
        g.writeStringField("category", e.category().wire());
        g.writeStringField("reason", e.reason().wire());
        g.writeStringField("detail", e.detail());
        g.writeFieldName("price");
        if (Double.isFinite(e.price())) g.writeNumber(e.price()); else g.writeNull();
        g.writeStringField("preempted_by", e.preemptedBy());
        g.writeEndObject();
    }

    private static void num(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }

    private static void writeEvents(RunResult r, OutputStream out) throws IOException {
        LineBuffer w = new LineBuffer(out);
        StringBuilder row = w.row();
        row.append("seq,timestamp,symbol,timeframe,trigger_id,category,reason,detail,price,preempted_by");
        w.endLine();
        for (BlockEvent e : r.events()) {
            row.append(e.seq()).append(',');
            Timestamps.append(row, e.timestamp()).append(',');
            row.append(Csv.field(e.symbol())).append(',');
            row.append(e.timeframe().label()).append(',');
            row.append(Csv.field(e.triggerId())).append(',');
            row.append(e.category().wire()).append(',');
            row.append(e.reason().wire()).append(',');
            row.append(Csv.field(e.detail())).append(',');
            w.number(e.price()).append(',');
            if (e.preemptedBy() != null) row.append(Csv.field(e.preemptedBy()));
            w.endLine();
        }
        w.flush();
    }

    /**
     * One row at the first bar and at each bar where the plan's finest trigger timeframe closes
     * ({@link EquityCadence}); on data as fine as the triggers, every bar.
     */
    private static void writeEquity(RunResult r, OutputStream out) throws IOException {
        EquityCurve curve = r.equity();
        int[] rows = EquityCadence.rows(curve, EquityCadence.of(r.plan()));
        LineBuffer w = new LineBuffer(out);
        StringBuilder row = w.row();
        row.append("timestamp,equity,drawdown_pct");
        w.endLine();
        // drawdown from the equity as printed, so the file agrees with itself and a run read back
        // from it (RunReader reads the equity column) writes the same bytes again
        double peak = Double.NEGATIVE_INFINITY;
        for (int i : rows) {
            double v = curve.equity()[i];
            double printed = Double.isFinite(v) ? Decimals.printedValue(v) : v;
            peak = Math.max(peak, printed);
            double dd = peak > 0 ? (printed / peak - 1.0) * 100.0 : 0.0;
            Timestamps.append(row, curve.time()[i]).append(',');
            w.number(v).append(',');
            w.number(dd);
            w.endLine();
        }
        w.flush();
    }
}
