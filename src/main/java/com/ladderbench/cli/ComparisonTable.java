package com.ladderbench.cli;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.text.Decimals;
import java.util.Locale;

/** The side-by-side metrics table printed by {@code compare} and quoted in sample READMEs. */
final class ComparisonTable {
    private ComparisonTable() {
    }

    /** A Markdown table: one row per metric, one column per side. */
    static String render(ComparisonResult c) {
        StringBuilder sb = new StringBuilder("| metric |");
        for (ComparisonResult.Side s : c.sides()) sb.append(' ').append(s.name()).append(" |");
        sb.append("\n|---|");
        sb.append("---:|".repeat(c.sides().size()));
        sb.append('\n');
        for (MetricField f : MetricField.values()) {
            sb.append("| ").append(f.wire()).append(" |");
            for (ComparisonResult.Side s : c.sides()) {
                sb.append(' ').append(format(f, f.of(s.result().metrics()))).append(" |");
            }
            sb.append('\n');
        }
        return sb.append(verdict(c)).toString();
    }

    /** The question the product answers, in words: did the ladder whipsaw less than the baseline? */
    static String verdict(ComparisonResult c) {
        var ladder = c.ladder().metrics();
        var base = c.baseline().metrics();
        return String.format(Locale.ROOT,
                "%nWhipsaw: the ladder re-entered %d times (%s notional, cost %s) against the baseline's %d"
                        + " (%s notional, cost %s): %s re-entries at %s whipsaw cost.%n"
                        + "Return %s%% against %s%%; max drawdown %s%% against %s%%.%n",
                ladder.whipsawCount(), money(ladder.reenteredNotional()), money(ladder.whipsawCost()),
                base.whipsawCount(), money(base.reenteredNotional()), money(base.whipsawCost()),
                compare(ladder.whipsawCount(), base.whipsawCount(), "fewer", "more", "as many"),
                compare(ladder.whipsawCost(), base.whipsawCost(), "lower", "higher", "the same"),
                two(ladder.totalReturnPct()), two(base.totalReturnPct()), two(ladder.maxDrawdownPct()),
                two(base.maxDrawdownPct()));
    }

    private static String compare(double ladder, double base, String less, String more, String same) {
        return ladder < base ? less : ladder > base ? more : same;
    }

    private static String money(double v) {
        return Double.isFinite(v) ? Decimals.grouped(v, 2) : "n/a";
    }

    private static String two(double v) {
        return Double.isFinite(v) ? Decimals.fixed(v, 2) : "n/a";
    }

    static String format(MetricField f, double v) {
        if (!Double.isFinite(v)) return "n/a";
        if (f.isCount()) return Long.toString(Math.round(v));
        return Decimals.fixed(v, 2);
    }
}
