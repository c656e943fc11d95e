package com.ladderbench.core.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.RunConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Loads a run configuration (SPEC §2.3). Every field is optional and falls back to
 * {@link RunConfig#defaults()}; unknown fields are errors; all problems are reported at once.
 * {@code null} is accepted only where it means something: no spread or participation limit, and
 * a confidence override threshold of "never".
 */
public final class RunConfigLoader {
    private RunConfigLoader() {
    }

    static final List<String> FIELDS = List.of("initial_cash", "fee_bps", "slippage_bps", "fill_model",
            "min_hold_bars", "trade_cooldown_bars", "confidence_override_threshold", "max_spread_bps",
            "max_participation", "min_trade_qty", "min_trade_notional", "lot_size", "stale_gap_bars",
            "allow_scale_in", "allow_short", "whipsaw_window_bars");

    /** Every field a run configuration may hold, in the order of the configuration table. */
    public static List<String> fields() {
        return FIELDS;
    }

    /** Relative tolerance for "1/lot_size is a whole number": decimal lot sizes are inexact in binary. */
    static final double LOT_TOLERANCE = 1e-9;

    /**
     * Bounds of SPEC §2.3. Outside them the arithmetic stops meaning anything: a sell price below
     * zero (slippage over 100 %), lot counts past a long (lot 1e-30) or cash past double precision.
     */
    static final NumberRange CASH = new NumberRange(0, false, 1e15, true);
    static final NumberRange BPS = new NumberRange(0, true, 1000, true);
    static final NumberRange LOT = new NumberRange(1e-12, true, 1e6, true);

    private static final List<String> FILL_MODELS = Arrays.stream(FillModel.values()).map(FillModel::wire).toList();
    private static final List<String> GRADES = List.of("A", "B", "C");

    public static RunConfig load(Path file) throws InvalidInputException {
        return parse(JsonDocument.readText(file), file.toString());
    }

    /** @param sourceName what problems name as their file; null for none */
    public static RunConfig parse(String json, String sourceName) throws InvalidInputException {
        ObjectNode root = JsonDocument.parseObject(json, sourceName, "a run configuration");
        Findings findings = new Findings();
        RunConfig config = read(ObjectFields.of(root, JsonPath.ROOT, findings, false, FIELDS), findings);
        if (findings.hasErrors()) throw new InvalidInputException(findings.errors(sourceName, root));
        return config;
    }

    private static RunConfig read(ObjectFields f, Findings findings) {
        RunConfig d = RunConfig.defaults();
        double initialCash = or(f.number("initial_cash", CASH), d.initialCash());
        double feeBps = or(f.number("fee_bps", BPS), d.feeBps());
        double slippageBps = or(f.number("slippage_bps", BPS), d.slippageBps());
        FillModel fillModel = or(f.choice("fill_model", false, FillModel::fromWire, FILL_MODELS), d.fillModel());
        int minHold = or(f.integer("min_hold_bars", 0), d.minHoldBars());
        int cooldown = or(f.integer("trade_cooldown_bars", 0), d.tradeCooldownBars());
        ConfidenceGrade threshold = f.isExplicitNull("confidence_override_threshold") ? null
                : or(f.choice("confidence_override_threshold", false, ConfidenceGrade::fromWire, GRADES),
                        d.confidenceOverrideThreshold());
        Double maxSpread = f.isExplicitNull("max_spread_bps") ? null
                : or(f.number("max_spread_bps", NumberRange.POSITIVE), d.maxSpreadBps());
        Double maxParticipation = f.isExplicitNull("max_participation") ? null
                : or(f.number("max_participation", NumberRange.FRACTION), d.maxParticipation());
        double minQty = or(f.number("min_trade_qty", NumberRange.NON_NEGATIVE), d.minTradeQty());
        double minNotional = or(f.number("min_trade_notional", NumberRange.NON_NEGATIVE), d.minTradeNotional());
        double lotSize = or(lotSize(f, findings), d.lotSize());
        int staleGap = or(f.integer("stale_gap_bars", 1), d.staleGapBars());
        boolean scaleIn = or(f.bool("allow_scale_in"), d.allowScaleIn());
        boolean allowShort = or(f.bool("allow_short"), d.allowShort());
        int whipsaw = or(f.integer("whipsaw_window_bars", 0), d.whipsawWindowBars());
        return new RunConfig(initialCash, feeBps, slippageBps, fillModel, minHold, cooldown, threshold, maxSpread,
                maxParticipation, minQty, minNotional, lotSize, staleGap, scaleIn, allowShort, whipsaw);
    }

    /**
     * Quantities are counted in lots, so a lot must be a whole number (1, 10) or one over a whole
     * number (0.01, 1e-8): then every quantity is an exact decimal and a position can be exactly flat.
     */
    private static Double lotSize(ObjectFields f, Findings findings) {
        Double lot = f.number("lot_size", LOT);
        if (lot == null) return null;
        if (isWhole(lot) || isWhole(1.0 / lot)) return lot;
        findings.error(f.at("lot_size"), "must be a whole number or 1/N for a whole number N (like 1, 0.01 or 1e-8)"
                + " so that quantities are exact decimals, got " + Numbers.format(lot));
        return null;
    }

    static boolean isWhole(double x) {
        return Double.isFinite(x) && Math.abs(x - Math.rint(x)) <= LOT_TOLERANCE * Math.max(1.0, Math.abs(x));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
