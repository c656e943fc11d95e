package com.ladderbench.cli;

import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.report.TriggerActivity;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.TriggerStats;
import java.util.List;

/**
 * Per-trigger activity as a Markdown table, printed by {@code backtest} and {@code compare} (one
 * per side) and quoted in the sample READMEs: which rung of the ladder actually worked.
 */
final class TriggerStatsTable {
    private TriggerStatsTable() {
    }

    static String render(ComparisonResult c) {
        StringBuilder sb = new StringBuilder();
        for (ComparisonResult.Side s : c.sides()) {
            sb.append('\n').append("Triggers (").append(s.name()).append("):\n\n").append(render(s.result()));
        }
        return sb.toString();
    }

    static String render(RunResult r) {
        return render(r.triggerStats());
    }

    static String render(List<TriggerStats> stats) {
        StringBuilder sb = new StringBuilder("|");
        for (String h : TriggerActivity.HEADINGS) sb.append(' ').append(h).append(" |");
        sb.append("\n|---|---|---:|---:|---:|---:|---|\n");
        for (TriggerStats t : stats) {
            sb.append('|');
            // Markdown: a '|' in a trigger id would split the cell (ids are restricted, but be safe)
            for (String cell : TriggerActivity.cells(t)) sb.append(' ').append(cell.replace("|", "\\|")).append(" |");
            sb.append('\n');
        }
        return sb.toString();
    }
}
