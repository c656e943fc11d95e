package com.ladderbench.ui;

import com.ladderbench.model.RunResult;
import com.ladderbench.core.text.Decimals;
import java.math.BigDecimal;

/**
 * How quantities read on screen: with as many decimals as the run's lot size has, so a lot of
 * 0.001 shows {@code 1.250} and a lot of 1 shows {@code 12}; every quantity column lines up. The
 * one place the views turn a quantity into text (TradeSets, price markers, position read-out).
 */
public final class Quantities {
    /** 1/N lot sizes (1/3) have no finite decimal form: they are shown at this precision. */
    static final int MAX_DECIMALS = 8;
    private static final Quantities DEFAULT = new Quantities(MAX_DECIMALS);

    private final int decimals;

    private Quantities(int decimals) {
        this.decimals = decimals;
    }

    /** For a lot size (SPEC §2.3 {@code lot_size}). */
    public static Quantities of(double lotSize) {
        return new Quantities(decimals(lotSize));
    }

    /** For a run's lot size; the default lot's precision when the run has no configuration. */
    public static Quantities of(RunResult run) {
        return run == null || run.config() == null ? DEFAULT : of(run.config().lotSize());
    }

    /** Decimals of the lot size written plainly: 0.001 → 3, 1 → 0, 1e-8 → 8. */
    public static int decimals(double lotSize) {
        if (!(lotSize > 0) || !Double.isFinite(lotSize)) return MAX_DECIMALS;
        int scale = BigDecimal.valueOf(lotSize).stripTrailingZeros().scale();
        return Math.max(0, Math.min(MAX_DECIMALS, scale));
    }

    /** The lot size itself written plainly (never {@code 1.0E-8}). */
    public static String plain(double v) {
        if (!Double.isFinite(v)) return "";
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public int decimals() { return decimals; }

    /** An exact quantity (lots × lot size) at the lot's precision; flat reads "0"; blank when undefined. */
    public String format(BigDecimal qty) {
        if (qty == null) return "";
        if (qty.signum() == 0) return "0";
        // as printf's "%,.Nf" reads it, sign included, without a Formatter per cell (a scroll step shows dozens)
        return qty.signum() < 0 ? "-" + Decimals.grouped(qty.negate(), decimals) : Decimals.grouped(qty, decimals);
    }

    /** A quantity (or signed position) at the lot's precision; flat is exactly zero and reads "0"; blank when undefined. */
    public String format(double qty) {
        if (!Double.isFinite(qty)) return "";
        if (qty == 0) return "0";
        // never -0.000 (after rounding a tiny negative it would read as a short position): flat is 0
        return Decimals.grouped(qty, decimals);
    }
}
