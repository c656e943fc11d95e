package com.ladderbench.cli;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.compare.SweepParameter;
import com.ladderbench.core.compare.SweepResult;
import com.ladderbench.core.report.SweepRanking;
import java.util.ArrayList;
import java.util.List;

/** The grid points a {@code sweep} prints: a Markdown table, best first by the chosen metric. */
final class SweepTable {
    /** Shown after the parameters, the ranking metric first; the rest are in sweep.csv. */
    private static final List<MetricField> COLUMNS = List.of(MetricField.FINAL_EQUITY, MetricField.TOTAL_RETURN_PCT,
            MetricField.MAX_DRAWDOWN_PCT, MetricField.SHARPE, MetricField.NUM_TRADE_SETS, MetricField.WHIPSAW_COUNT);

    private SweepTable() {
    }

    static String render(SweepResult sweep, MetricField rankBy) {
        List<MetricField> columns = new ArrayList<>();
        columns.add(rankBy);
        for (MetricField f : COLUMNS) if (f != rankBy) columns.add(f);
        StringBuilder sb = new StringBuilder("| rank |");
        for (SweepParameter p : sweep.parameters()) sb.append(' ').append(p.path()).append(" |");
        for (MetricField f : columns) sb.append(' ').append(f.wire()).append(" |");
        sb.append("\n|---:|").append("---|".repeat(sweep.parameters().size())).append("---:|".repeat(columns.size()))
                .append('\n');
        List<SweepResult.Point> ranked = SweepRanking.rank(sweep, rankBy);
        for (int i = 0; i < ranked.size(); i++) {
            SweepResult.Point p = ranked.get(i);
            sb.append("| ").append(i + 1).append(" |");
            for (String v : p.values()) sb.append(' ').append(v).append(" |");
            for (MetricField f : columns) {
                sb.append(' ').append(ComparisonTable.format(f, f.of(p.metrics()))).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
