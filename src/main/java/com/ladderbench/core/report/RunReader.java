package com.ladderbench.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.compare.SweepParameter;
import com.ladderbench.core.compare.SweepResult;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.core.ledger.LotSize;
import com.ladderbench.core.plan.ExpressionChecker;
import com.ladderbench.core.plan.PlanLoader;
import com.ladderbench.core.plan.RunConfigLoader;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.Fill;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.Plan;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunInfo;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads run and comparison directories back (for {@code report}, {@code screenshot} and the
 * workbench's "open run"). A run directory gives one side named by its label; a comparison
 * directory gives every side it lists. Anything missing or malformed is bad input naming the file.
 */
public final class RunReader {
    /** Decimals read exactly, so a quantity is counted back into the very lots it was written from. */
    private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private RunReader() {
    }

    public static List<ComparisonResult.Side> read(Path dir) throws InvalidInputException {
        OutputTarget.recover(dir); // a write into dir killed mid-swap left the earlier output beside it
        if (!Files.isDirectory(dir)) {
            throw InvalidInputException.of(dir.toString(), null,
                    "not a run directory (expected a folder written by backtest or compare)");
        }
        Path comparison = dir.resolve(ComparisonWriter.COMPARISON);
        if (Files.exists(comparison)) {
            JsonNode root = json(comparison);
            List<ComparisonResult.Side> sides = new ArrayList<>();
            for (JsonNode s : root.path("sides")) {
                String name = s.path("name").asText();
                sides.add(new ComparisonResult.Side(name, readRun(sideDir(dir, s.path("dir").asText(name), comparison))));
            }
            if (sides.isEmpty()) throw InvalidInputException.of(comparison.toString(), "sides", "no sides listed");
            return sides;
        }
        RunResult r = readRun(dir);
        return List.of(new ComparisonResult.Side(r.info().label(), r));
    }

    /**
     * The run directory of one side: a plain name inside the comparison directory. A {@code dir}
     * of {@code ../..}, an absolute path or a symlink leading out would make a report read (and
     * show) files the comparison never wrote.
     */
    static Path sideDir(Path dir, String name, Path comparison) throws InvalidInputException {
        boolean plain = !name.isEmpty() && !name.equals(".") && !name.equals("..")
                && name.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                        || c == '_' || c == '-' || c == '.');
        String outside = "side directory '" + name + "' is not a plain name inside " + dir
                + "; a comparison only reads its own run directories";
        if (!plain) throw InvalidInputException.of(comparison.toString(), "sides", outside);
        Path side = dir.resolve(name);
        try {
            if (Files.exists(side) && !side.toRealPath().startsWith(dir.toRealPath())) {
                throw InvalidInputException.of(comparison.toString(), "sides", outside + " (it links out)");
            }
        } catch (IOException e) {
            throw InvalidInputException.of(side.toString(), null, "cannot read it: " + e.getMessage());
        }
        return side;
    }

    /** The kinds of output directory the commands write, recognised by the file each one holds. */
    public enum OutputKind {
        RUN, COMPARISON, SWEEP, TRADESETS
    }

    /** The file a {@code tradesets} directory is recognised and read back by. */
    public static final String TRADESETS_JSON = "tradesets.json";

    /**
     * Which command wrote {@code dir}: a comparison, a run, a sweep or a tradesets directory.
     *
     * @throws InvalidInputException for anything else, naming the files looked for
     */
    public static OutputKind kind(Path dir) throws InvalidInputException {
        if (!Files.isDirectory(dir)) {
            throw InvalidInputException.of(dir.toString(), null, "not a directory; pass one written by backtest,"
                    + " compare, sweep or tradesets");
        }
        if (Files.exists(dir.resolve(ComparisonWriter.COMPARISON))) return OutputKind.COMPARISON;
        if (Files.exists(dir.resolve(RunWriter.RESULT))) return OutputKind.RUN;
        if (Files.exists(dir.resolve(SweepWriter.JSON))) return OutputKind.SWEEP;
        if (Files.exists(dir.resolve(TRADESETS_JSON))) return OutputKind.TRADESETS;
        throw InvalidInputException.of(dir.toString(), null, "holds none of " + ComparisonWriter.COMPARISON + ", "
                + RunWriter.RESULT + ", " + SweepWriter.JSON + ", " + TRADESETS_JSON
                + ": pass a directory written by backtest, compare, sweep or tradesets");
    }

    /** A sweep directory's grid and each point's metrics, from its sweep.json. */
    public static SweepResult readSweep(Path dir) throws InvalidInputException {
        Path file = dir.resolve(SweepWriter.JSON);
        JsonNode root = json(file);
        try {
            List<SweepParameter> params = new ArrayList<>();
            for (JsonNode p : root.path("parameters")) {
                List<String> values = new ArrayList<>();
                p.path("values").forEach(v -> values.add(v.asText()));
                params.add(new SweepParameter(p.path("path").asText(), values));
            }
            if (params.isEmpty()) throw new IllegalArgumentException("no parameters listed");
            List<SweepResult.Point> points = new ArrayList<>();
            for (JsonNode pt : root.path("points")) {
                List<String> values = new ArrayList<>();
                for (SweepParameter p : params) {
                    JsonNode v = pt.path("parameters").path(p.path());
                    if (v.isMissingNode()) throw new IllegalArgumentException("a point has no value for " + p.path());
                    values.add(v.asText());
                }
                points.add(new SweepResult.Point(values, metrics(pt.path("metrics"))));
            }
            return new SweepResult(params, points);
        } catch (RuntimeException e) {
            throw InvalidInputException.of(file.toString(), null, "not a readable sweep: " + e.getMessage());
        }
    }

    /** The TradeSets of a {@code tradesets} directory (a real account's fills), from its tradesets.json. */
    public static List<TradeSet> readTradeSets(Path dir) throws InvalidInputException {
        Path file = dir.resolve(TRADESETS_JSON);
        JsonNode root = json(file);
        try {
            List<TradeSet> sets = new ArrayList<>();
            JsonNode lot = root.path("lot_size");
            if (!lot.isNumber()) throw new IllegalArgumentException("no lot_size recorded");
            LotSize lotSize = new LotSize(lot.doubleValue());
            Shared shared = new Shared();
            for (JsonNode s : root.path("trade_sets")) sets.add(tradeSet(s, lotSize, shared));
            return sets;
        } catch (RuntimeException e) {
            throw InvalidInputException.of(file.toString(), null, "not readable TradeSets: " + e.getMessage());
        }
    }

    public static RunResult readRun(Path dir) throws InvalidInputException {
        Path resultFile = dir.resolve(RunWriter.RESULT);
        if (!Files.exists(resultFile)) {
            throw InvalidInputException.of(dir.toString(), null,
                    "no " + RunWriter.RESULT + " here: pass a directory written by backtest or compare");
        }
        JsonNode root = json(resultFile);
        String file = resultFile.toString();
        try {
            RunInfo info = info(root.path("run"));
            RunConfig config = RunConfigLoader.parse(MAPPER.writeValueAsString(root.path("config")),
                    file + " (config)");
            // validated when it ran; read back without re-checking its rules
            Plan plan = root.has("plan") ? new PlanLoader(ExpressionChecker.NONE)
                    .parse(MAPPER.writeValueAsString(root.path("plan")), file + " (plan)").plan() : null;
            Metrics metrics = metrics(root.path("metrics"));
            List<TradeSet> sets = new ArrayList<>();
            LotSize lotSize = new LotSize(config.lotSize());
            Shared shared = new Shared();
            for (JsonNode s : root.path("trade_sets")) sets.add(tradeSet(s, lotSize, shared));
            List<BlockEvent> events = new ArrayList<>();
            for (JsonNode e : root.path("events")) events.add(event(e, shared));
            List<RunResult.EventCount> counts = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> cats = root.path("event_counts").fields();
            while (cats.hasNext()) {
                Map.Entry<String, JsonNode> c = cats.next();
                Iterator<Map.Entry<String, JsonNode>> reasons = c.getValue().fields();
                while (reasons.hasNext()) {
                    Map.Entry<String, JsonNode> r = reasons.next();
                    counts.add(new RunResult.EventCount(category(c.getKey()), reason(r.getKey()),
                            r.getValue().asLong()));
                }
            }
            return new RunResult(info, plan, config, metrics, sets, fillsOf(sets), events, counts,
                    equity(dir.resolve(RunWriter.EQUITY)), TriggerStatsJson.fromJson(root.path("trigger_stats")));
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of(file, null, "not a readable run result: " + e.getMessage());
        }
    }

    private static JsonNode json(Path p) throws InvalidInputException {
        try {
            return MAPPER.readTree(p.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw InvalidInputException.of(p.toString(), null, "cannot read it as JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw InvalidInputException.of(p.toString(), null, "cannot read it: " + e.getMessage());
        }
    }

    private static RunInfo info(JsonNode n) {
        List<RunInfo.DataInfo> data = new ArrayList<>();
        for (JsonNode d : n.path("data")) {
            data.add(new RunInfo.DataInfo(d.path("symbol").asText(), timeframe(d.path("timeframe").asText()),
                    d.path("source").asText(null), d.path("sha256").asText(null), d.path("bars").asInt()));
        }
        List<String> overrides = new ArrayList<>();
        n.path("overrides").forEach(o -> overrides.add(o.asText()));
        return new RunInfo(n.path("label").asText("run"), n.path("plan_id").asText(), n.path("plan_sha256").asText(),
                data, overrides, Timestamps.parse(n.path("first_bar").asText()),
                Timestamps.parse(n.path("last_bar").asText()), n.path("bars").asInt());
    }

    private static Metrics metrics(JsonNode m) {
        return new Metrics(d(m, "initial_equity"), d(m, "final_equity"), d(m, "total_return_pct"),
                d(m, "max_drawdown_pct"), d(m, "sharpe"), d(m, "sortino"), m.path("num_trade_sets").asInt(),
                d(m, "win_rate"), d(m, "profit_factor"), d(m, "fees"), d(m, "turnover"), d(m, "exposure_pct"),
                m.path("whipsaw_count").asInt(), d(m, "reentered_notional"), d(m, "whipsaw_cost"));
    }

    /**
     * One copy of each repeated value of a read: the same symbol, trigger id, reason or exit fraction
     * on every leg and event would otherwise be a string (or box) of its own, all live while the run is shown.
     */
    private static final class Shared {
        private final Map<Object, Object> values = new java.util.HashMap<>();

        @SuppressWarnings("unchecked")
        <T> T of(T value) {
            return value == null ? null : (T) values.computeIfAbsent(value, v -> v);
        }

        String text(JsonNode n, String field) {
            return of(RunReader.text(n, field));
        }

        Double boxed(JsonNode n, String field) {
            return of(RunReader.boxed(n, field));
        }
    }

    private static TradeSet tradeSet(JsonNode s, LotSize lotSize, Shared shared) {
        List<TradeLeg> legs = new ArrayList<>();
        for (JsonNode l : s.path("legs")) {
            legs.add(new TradeLeg(l.path("leg_id").asText(), l.path("fill_id").asText(),
                    Side.fromWire(l.path("side").asText()).orElseThrow(), lots(l, "qty", lotSize), d(l, "price"), d(l, "fees"),
                    Timestamps.parse(l.path("timestamp").asText()), shared.text(l, "trigger_id"),
                    l.path("category").isNull() ? null : category(l.path("category").asText()),
                    shared.text(l, "reason"), l.path("is_entry").asBoolean(), shared.boxed(l, "exit_fraction"),
                    d(l, "wac_at_fill"), d(l, "realized_pnl"), lots(l, "position_after", lotSize), lotSize.lotSize()));
        }
        String tf = text(s, "timeframe");
        String closed = text(s, "closed_at");
        return new TradeSet(s.path("set_id").asText(), shared.of(s.path("symbol").asText()),
                tf == null ? null : timeframe(tf),
                "long".equals(s.path("side").asText()) ? PositionSide.LONG : PositionSide.SHORT,
                Timestamps.parse(s.path("opened_at").asText()), closed == null ? null : Timestamps.parse(closed), legs,
                d(s, "pnl_realized_total"), d(s, "fees_total"), d(s, "pnl_net"), s.path("num_legs").asInt(),
                s.path("num_entries").asInt(), s.path("num_exits").asInt(), d(s, "avg_entry_price"),
                d(s, "avg_exit_price"), d(s, "max_exposure"), d(s, "hold_duration_hours"), boxed(s, "r_multiple"),
                shared.text(s, "entry_trigger"), shared.text(s, "exit_trigger"));
    }

    private static BlockEvent event(JsonNode e, Shared shared) {
        return new BlockEvent(e.path("seq").asLong(), Timestamps.parse(e.path("timestamp").asText()),
                shared.of(e.path("symbol").asText()), timeframe(e.path("timeframe").asText()),
                shared.of(e.path("trigger_id").asText()),
                category(e.path("category").asText()), reason(e.path("reason").asText()), text(e, "detail"),
                d(e, "price"), text(e, "preempted_by"));
    }

    /** Fills rebuilt from legs: the two legs of a fill that crossed zero are joined again. */
    private static List<Fill> fillsOf(List<TradeSet> sets) {
        Map<String, Fill> byId = new LinkedHashMap<>();
        List<TradeLeg> legs = new ArrayList<>();
        for (TradeSet s : sets) legs.addAll(s.legs());
        // booking order: by time, then by leg id compared as a number (L999999 before L1000000)
        legs.sort(java.util.Comparator.comparingLong(TradeLeg::timestamp).thenComparing(TradeLeg.BY_LEG_ID));
        Map<TradeLeg, TradeSet> setOf = new java.util.IdentityHashMap<>();
        for (TradeSet s : sets) {
            for (TradeLeg l : s.legs()) setOf.put(l, s);
        }
        for (TradeLeg l : legs) {
            TradeSet s = setOf.get(l);
            byId.merge(l.fillId(), new Fill(l.fillId(), l.timestamp(), s.symbol(), s.timeframe(), l.side(), l.lots(),
                    l.lotSize(),
                    l.price(), l.fees(), l.triggerId(), l.category(), l.reason(), l.exitFraction(), null),
                    (a, b) -> new Fill(a.fillId(), a.timestamp(), a.symbol(), a.timeframe(), a.side(),
                            a.lots() + b.lots(), a.lotSize(), a.price(), a.fee() + b.fee(), a.triggerId(), a.category(), a.reason(),
                            a.exitFraction(), null));
        }
        return new ArrayList<>(byId.values());
    }

    private static EquityCurve equity(Path csv) throws IOException {
        long[] t = new long[1024];
        double[] v = new double[1024];
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) continue;
                String[] parts = line.split(",", -1);
                if (n == t.length) {
                    t = java.util.Arrays.copyOf(t, n * 2);
                    v = java.util.Arrays.copyOf(v, n * 2);
                }
                t[n] = Timestamps.parse(parts[0]);
                v[n] = Double.parseDouble(parts[1]);
                n++;
            }
        }
        return new EquityCurve(java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(v, n));
    }

    private static double d(JsonNode n, String field) {
        JsonNode x = n.path(field);
        return x.isNumber() ? x.asDouble() : Double.NaN;
    }

    /** A written quantity counted back into whole lots, exactly. */
    private static long lots(JsonNode n, String field, LotSize lotSize) {
        JsonNode x = n.path(field);
        if (!x.isNumber()) throw new IllegalArgumentException(field + " is not a number");
        return lotSize.toLotsExact(x.decimalValue()).orElseThrow(() -> new IllegalArgumentException(
                field + " " + x.asText() + " is not a whole number of lots of " + lotSize.lotSize()));
    }

    private static Double boxed(JsonNode n, String field) {
        JsonNode x = n.path(field);
        return x.isNumber() ? x.asDouble() : null;
    }

    private static String text(JsonNode n, String field) {
        JsonNode x = n.path(field);
        return x.isMissingNode() || x.isNull() ? null : x.asText();
    }

    private static Timeframe timeframe(String s) {
        return Timeframe.fromLabel(s).orElseThrow(() -> new IllegalArgumentException("unknown timeframe " + s));
    }

    private static Category category(String s) {
        return Category.fromWire(s).orElseThrow(() -> new IllegalArgumentException("unknown category " + s));
    }

    private static BlockReason reason(String s) {
        return BlockReason.fromWire(s).orElseThrow(() -> new IllegalArgumentException("unknown reason " + s));
    }
}
