package com.ladderbench.ui.setup;

import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.RunConfig;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The run configuration's fields (SPEC §2.3) as the property sheet shows them: the config file's
 * name, a group, what the field means, and how to read and change it. Optional limits are text,
 * where an empty field means "no limit".
 */
public enum ConfigField {
    INITIAL_CASH("initial_cash", "Account", Kind.DECIMAL, "Starting equity, in the quote currency.",
            RunConfig::initialCash, (b, v) -> b.initialCash(decimal(v))),
    FEE_BPS("fee_bps", "Costs", Kind.DECIMAL, "Fee per fill, in basis points of the fill's notional.",
            RunConfig::feeBps, (b, v) -> b.feeBps(decimal(v))),
    SLIPPAGE_BPS("slippage_bps", "Costs", Kind.DECIMAL,
            "Adverse slippage per fill, in basis points of the price.", RunConfig::slippageBps,
            (b, v) -> b.slippageBps(decimal(v))),
    FILL_MODEL("fill_model", "Execution", Kind.choice("close", "next_open"),
            "close: fill at the deciding bar's close; next_open: at the next bar's open.",
            c -> c.fillModel().wire(), (b, v) -> b.fillModel(FillModel.fromWire((String) v).orElseThrow())),
    MIN_HOLD_BARS("min_hold_bars", "Guardrails", Kind.INTEGER,
            "Bars after the latest entry leg before any exit may fire (emergency exits too).",
            RunConfig::minHoldBars, (b, v) -> b.minHoldBars(integer(v))),
    TRADE_COOLDOWN_BARS("trade_cooldown_bars", "Guardrails", Kind.INTEGER,
            "Bars after any fill before the next non-emergency order.", RunConfig::tradeCooldownBars,
            (b, v) -> b.tradeCooldownBars(integer(v))),
    CONFIDENCE_OVERRIDE_THRESHOLD("confidence_override_threshold", "Guardrails", Kind.choice("A", "B", "C", "never"),
            "Lowest confidence grade of an entry that can override a non-emergency exit; never = no overrides.",
            c -> c.confidenceOverrideThreshold() == null ? "never" : c.confidenceOverrideThreshold().name(),
            (b, v) -> b.confidenceOverrideThreshold("never".equals(v) ? null
                    : ConfidenceGrade.fromWire((String) v).orElseThrow())),
    MAX_SPREAD_BPS("max_spread_bps", "Execution", Kind.OPTIONAL_NUMBER,
            "Orders are blocked when the bar's spread exceeds this many basis points (needs spread or bid/ask "
                    + "data). Empty = no check.", RunConfig::maxSpreadBps, (b, v) -> b.maxSpreadBps(optional(v))),
    MAX_PARTICIPATION("max_participation", "Execution", Kind.OPTIONAL_NUMBER,
            "An order's quantity may not exceed this fraction of the bar's volume. Empty = no limit.",
            RunConfig::maxParticipation, (b, v) -> b.maxParticipation(optional(v))),
    MIN_TRADE_QTY("min_trade_qty", "Execution", Kind.DECIMAL,
            "Orders below this quantity are blocked (min_trade); a partial exit leaving less closes the position.",
            RunConfig::minTradeQty, (b, v) -> b.minTradeQty(decimal(v))),
    MIN_TRADE_NOTIONAL("min_trade_notional", "Execution", Kind.DECIMAL,
            "Orders below this notional are blocked (min_trade); a partial exit leaving less closes the position.",
            RunConfig::minTradeNotional, (b, v) -> b.minTradeNotional(decimal(v))),
    LOT_SIZE("lot_size", "Execution", Kind.DECIMAL,
            "Quantities are whole multiples of this; flat is exactly zero. A whole number or 1/N.",
            RunConfig::lotSize, (b, v) -> b.lotSize(decimal(v))),
    STALE_GAP_BARS("stale_gap_bars", "Guardrails", Kind.INTEGER,
            "A bar after a gap longer than this many bar lengths is stale: no orders on it.",
            RunConfig::staleGapBars, (b, v) -> b.staleGapBars(integer(v))),
    ALLOW_SCALE_IN("allow_scale_in", "Position", Kind.BOOLEAN,
            "A same-direction entry tops a position back up to its target size.", RunConfig::allowScaleIn,
            (b, v) -> b.allowScaleIn((Boolean) v)),
    ALLOW_SHORT("allow_short", "Position", Kind.BOOLEAN, "Short entries may open positions.",
            RunConfig::allowShort, (b, v) -> b.allowShort((Boolean) v)),
    WHIPSAW_WINDOW_BARS("whipsaw_window_bars", "Analysis", Kind.INTEGER,
            "An exit followed within this many bars by a re-entry on the same side counts as a whipsaw.",
            RunConfig::whipsawWindowBars, (b, v) -> b.whipsawWindowBars(integer(v)));

    /** How a field is edited. */
    public record Kind(Class<?> type, List<String> choices) {
        static final Kind INTEGER = new Kind(Integer.class, List.of());
        static final Kind BOOLEAN = new Kind(Boolean.class, List.of());
        /** Text: empty = null. */
        static final Kind OPTIONAL_NUMBER = new Kind(String.class, List.of());
        /** Text written plainly ({@code 0.00000001}, never {@code 1.0E-8}), for tiny quantities. */
        static final Kind DECIMAL = new Kind(String.class, List.of());

        static Kind choice(String... values) {
            return new Kind(String.class, List.of(values));
        }

        public boolean isChoice() { return !choices.isEmpty(); }
    }

    private final String wire;
    private final String group;
    private final Kind kind;
    private final String meaning;
    private final Function<RunConfig, Object> getter;
    private final BiFunction<RunConfig.Builder, Object, RunConfig.Builder> setter;

    ConfigField(String wire, String group, Kind kind, String meaning, Function<RunConfig, Object> getter,
            BiFunction<RunConfig.Builder, Object, RunConfig.Builder> setter) {
        this.wire = wire;
        this.group = group;
        this.kind = kind;
        this.meaning = meaning;
        this.getter = getter;
        this.setter = setter;
    }

    public String wire() { return wire; }

    public String group() { return group; }

    public Kind kind() { return kind; }

    public String meaning() { return meaning; }

    /** The field's unit as the user guide gives it; empty for choices and switches. */
    public String unit() {
        return switch (this) {
            case INITIAL_CASH, MIN_TRADE_NOTIONAL -> "quote currency";
            case FEE_BPS, SLIPPAGE_BPS, MAX_SPREAD_BPS -> "bp";
            case MIN_HOLD_BARS, TRADE_COOLDOWN_BARS, WHIPSAW_WINDOW_BARS -> "bars";
            case STALE_GAP_BARS -> "bar lengths";
            case MAX_PARTICIPATION -> "fraction of bar volume";
            case MIN_TRADE_QTY, LOT_SIZE -> "base units";
            case FILL_MODEL, CONFIDENCE_OVERRIDE_THRESHOLD, ALLOW_SCALE_IN, ALLOW_SHORT -> "";
        };
    }

    /** The name the property sheet shows: the config file's name with its unit, {@code fee_bps (bp)}. */
    public String label() {
        return unit().isEmpty() ? wire : wire + " (" + unit() + ")";
    }

    /** The tooltip: what the field means, its unit and its name in a config file. */
    public String tooltip() {
        return meaning + (unit().isEmpty() ? "" : "\nUnit: " + unit() + ".") + "\nIn a config file: \"" + wire + "\".";
    }

    /** The value as the editor shows it: optional numbers as text, empty for none. */
    public Object get(RunConfig c) {
        Object v = getter.apply(c);
        if (kind == Kind.OPTIONAL_NUMBER) return v == null ? "" : com.ladderbench.ui.Quantities.plain((Double) v);
        if (kind == Kind.DECIMAL) return com.ladderbench.ui.Quantities.plain(((Number) v).doubleValue());
        return v;
    }

    /**
     * @throws IllegalArgumentException when the editor's value is not a value of this field
     *     (text that is not a number); range checks are left to the core's config loader
     */
    public RunConfig with(RunConfig c, Object editorValue) {
        return setter.apply(c.toBuilder(), editorValue).build();
    }

    private static double decimal(Object v) {
        if (v instanceof Number n) return n.doubleValue();
        String s = v == null ? "" : v.toString().trim();
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number");
        }
    }

    private static int integer(Object v) {
        return ((Number) v).intValue();
    }

    private static Double optional(Object v) {
        String s = v == null ? "" : v.toString().trim();
        if (s.isEmpty() || s.equalsIgnoreCase("none")) return null;
        if (!com.ladderbench.core.text.Decimals.isPlain(s)) {
            throw new IllegalArgumentException("'" + s + "' is not a number; leave it empty for no limit");
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number; leave it empty for no limit");
        }
    }
}
