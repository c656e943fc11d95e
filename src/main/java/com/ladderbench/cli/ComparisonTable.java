package com.ladderbench.cli;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.compare.ComparisonResult;
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
        return sb.toString();
    }

    static String format(MetricField f, double v) {
        if (!Double.isFinite(v)) return "n/a";
        if (f.isCount()) return Long.toString(Math.round(v));
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
