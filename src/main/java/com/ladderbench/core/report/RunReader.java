package com.ladderbench.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.core.plan.RunConfigLoader;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.Problem;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunInfo;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run or comparison directory back (the inverse of {@link RunWriter} and
 * {@link ComparisonWriter}).
 *
 * <p>Interim version written on the ui1 branch so the workbench's {@code screenshot} command can
 * be built before the core's own reader lands; the core's version replaces this file on merge.
 * Fills are not stored in a run directory, so they read back empty.
 */
public final class RunReader {
    private RunReader() {
    }

    /**
     * @return one side named by its run label for a run directory (result.json), or every side of
     *     a comparison directory (comparison.json), in the comparison's order
     */
    public static List<ComparisonResult.Side> read(Path dir) throws InvalidInputException {
        Path comparison = dir.resolve(ComparisonWriter.COMPARISON);
        if (Files.isRegularFile(comparison)) {
            JsonNode root = json(comparison);
            List<ComparisonResult.Side> sides = new ArrayList<>();
            JsonNode array = root.path("sides");
            for (int i = 0; i < array.size(); i++) {
                JsonNode s = array.get(i);
                String name = s.path("name").asText();
                sides.add(new ComparisonResult.Side(name, run(dir.resolve(s.path("dir").asText(name)))));
            }
            if (sides.isEmpty()) throw InvalidInputException.of(comparison.toString(), "sides", "no sides listed");
            return sides;
        }
        if (Files.isRegularFile(dir.resolve(RunWriter.RESULT))) {
            RunResult r = run(dir);
            return List.of(new ComparisonResult.Side(r.info().label(), r));
        }
        throw InvalidInputException.of(dir.toString(), null, Files.isDirectory(dir)
                ? "not a run directory: it has neither result.json nor comparison.json"
                : "no such directory");
    }

    private static RunResult run(Path dir) throws InvalidInputException {
        Path file = dir.resolve(RunWriter.RESULT);
        JsonNode root = json(file);
        try {
            RunConfig config = RunConfigLoader.parse(root.path("config").toString(), file + " config");
            List<TradeSet> sets = new ArrayList<>();
            for (JsonNode s : root.path("trade_sets")) sets.add(tradeSet(s));
            List<BlockEvent> events = new ArrayList<>();
            for (JsonNode e : root.path("events")) events.add(event(e));
            List<RunResult.EventCount> counts = new ArrayList<>();
            root.path("event_counts").fields().forEachRemaining(c -> c.getValue().fields().forEachRemaining(r ->
                    counts.add(new RunResult.EventCount(Category.fromWire(c.getKey()).orElseThrow(),
                            BlockReason.fromWire(r.getKey()).orElseThrow(), r.getValue().asLong()))));
            return new RunResult(info(root.path("run")), config, metrics(root.path("metrics")), sets, List.of(),
                    events, counts, equity(dir.resolve(RunWriter.EQUITY)));
        } catch (RuntimeException e) {
            throw InvalidInputException.of(file.toString(), null, "not a result written by ladderbench: " + e);
        }
    }

    private static JsonNode json(Path file) throws InvalidInputException {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw InvalidInputException.of(file.toString(), null, "cannot read: " + e.getMessage());
        }
    }

    private static RunInfo info(JsonNode o) {
        List<RunInfo.DataInfo> data = new ArrayList<>();
        for (JsonNode d : o.path("data")) {
            data.add(new RunInfo.DataInfo(d.path("symbol").asText(), tf(d.path("timeframe")),
                    d.path("source").asText(), d.path("sha256").asText(), d.path("bars").asInt()));
        }
        List<String> overrides = new ArrayList<>();
        for (JsonNode x : o.path("overrides")) overrides.add(x.asText());
        return new RunInfo(o.path("label").asText(), o.path("plan_id").asText(), o.path("plan_sha256").asText(),
                data, overrides, time(o.path("first_bar")), time(o.path("last_bar")), o.path("bars").asInt());
    }

    private static Metrics metrics(JsonNode m) {
        return new Metrics(d(m, "initial_equity"), d(m, "final_equity"), d(m, "total_return_pct"),
                d(m, "max_drawdown_pct"), d(m, "sharpe"), d(m, "sortino"), m.path("num_trade_sets").asInt(),
                d(m, "win_rate"), d(m, "profit_factor"), d(m, "fees"), d(m, "turnover"), d(m, "exposure_pct"),
                m.path("whipsaw_count").asInt(), d(m, "reentered_notional"), d(m, "whipsaw_cost"));
    }

    private static TradeSet tradeSet(JsonNode s) {
        List<TradeLeg> legs = new ArrayList<>();
        for (JsonNode l : s.path("legs")) {
            legs.add(new TradeLeg(text(l, "leg_id"), text(l, "fill_id"), Side.fromWire(text(l, "side")).orElseThrow(),
                    d(l, "qty"), d(l, "price"), d(l, "fees"), time(l.path("timestamp")), text(l, "trigger_id"),
                    category(l.path("category")), text(l, "reason"), l.path("is_entry").asBoolean(),
                    boxed(l, "exit_fraction"), d(l, "wac_at_fill"), d(l, "realized_pnl"), d(l, "position_after")));
        }
        JsonNode closed = s.path("closed_at");
        return new TradeSet(text(s, "set_id"), text(s, "symbol"), tf(s.path("timeframe")),
                "short".equals(text(s, "side")) ? PositionSide.SHORT : PositionSide.LONG, time(s.path("opened_at")),
                closed.isTextual() ? time(closed) : null, legs, d(s, "pnl_realized_total"), d(s, "fees_total"),
                d(s, "pnl_net"), s.path("num_legs").asInt(), s.path("num_entries").asInt(),
                s.path("num_exits").asInt(), d(s, "avg_entry_price"), d(s, "avg_exit_price"), d(s, "max_exposure"),
                d(s, "hold_duration_hours"), boxed(s, "r_multiple"), text(s, "entry_trigger"),
                text(s, "exit_trigger"));
    }

    private static BlockEvent event(JsonNode e) {
        return new BlockEvent(e.path("seq").asLong(), time(e.path("timestamp")), text(e, "symbol"),
                tf(e.path("timeframe")), text(e, "trigger_id"), category(e.path("category")),
                BlockReason.fromWire(text(e, "reason")).orElseThrow(), text(e, "detail"), d(e, "price"),
                text(e, "preempted_by"));
    }

    private static EquityCurve equity(Path file) throws InvalidInputException {
        if (!Files.isRegularFile(file)) return new EquityCurve(new long[0], new double[0]);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int n = Math.max(0, lines.size() - 1);
            long[] time = new long[n];
            double[] equity = new double[n];
            for (int i = 0; i < n; i++) {
                String[] cells = lines.get(i + 1).split(",", -1);
                time[i] = Timestamps.parse(cells[0]);
                equity[i] = Double.parseDouble(cells[1]);
            }
            return new EquityCurve(time, equity);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(new Problem(file.toString(), null, "cannot read equity: " + e));
        }
    }

    private static Category category(JsonNode n) {
        return n.isTextual() ? Category.fromWire(n.asText()).orElse(Category.OTHER) : null;
    }

    private static Timeframe tf(JsonNode n) {
        return n.isTextual() ? Timeframe.fromLabel(n.asText()).orElseThrow() : null;
    }

    private static long time(JsonNode n) {
        return Timestamps.parse(n.asText());
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.path(field);
        return n.isTextual() ? n.asText() : null;
    }

    private static double d(JsonNode o, String field) {
        JsonNode n = o.path(field);
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }

    private static Double boxed(JsonNode o, String field) {
        JsonNode n = o.path(field);
        return n.isNumber() ? n.asDouble() : null;
    }
}
