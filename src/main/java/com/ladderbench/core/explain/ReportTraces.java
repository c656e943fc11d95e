package com.ladderbench.core.explain;

import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.core.report.Html;
import com.ladderbench.core.report.HtmlReport;
import com.ladderbench.core.report.LegTraces;
import com.ladderbench.model.Fill;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision traces of a report's legs (only legs, so the report stays small): one re-run per
 * side traces every bar that placed a shown leg's fill.
 */
public final class ReportTraces implements LegTraces {
    /** Per side, fill id to its trace, in the order the engine decided. */
    private final Map<String, Map<String, BarTrace>> bySide;

    private ReportTraces(Map<String, Map<String, BarTrace>> bySide) {
        this.bySide = bySide;
    }

    /**
     * Traces for the legs of a saved run or comparison directory.
     *
     * @throws InvalidInputException when the data the run names is gone or changed
     */
    public static ReportTraces of(Path dir, List<ComparisonResult.Side> sides) throws InvalidInputException {
        Map<String, Map<String, BarTrace>> bySide = new LinkedHashMap<>();
        for (ComparisonResult.Side side : sides) {
            if (side.result().plan() == null) continue;
            ExplainInputs in = ExplainInputs.fromRun(dir, side.name());
            List<Fill> fills = new ArrayList<>();
            List<TradeSet> sets = side.result().tradeSets();
            java.util.Set<String> shown = new java.util.HashSet<>();
            for (TradeSet t : sets.subList(0, Math.min(sets.size(), HtmlReport.MAX_SETS_SHOWN))) {
                for (TradeLeg l : t.legs()) shown.add(l.fillId());
            }
            for (Fill f : side.result().fills()) {
                if (shown.contains(f.fillId())) fills.add(f);
            }
            Map<String, BarTrace> byFill = new LinkedHashMap<>();
            for (BarTrace t : Explainer.trace(in, Explainer.legBars(in, fills))) {
                if (t.order() != null) byFill.put(t.order().fillId(), t);
            }
            bySide.put(side.name(), byFill);
        }
        return new ReportTraces(bySide);
    }

    @Override
    public String anchor(String side, TradeLeg leg) {
        Map<String, BarTrace> byFill = bySide.get(side);
        return byFill != null && byFill.containsKey(leg.fillId()) ? id(side, leg.fillId()) : null;
    }

    private static String id(String side, String fillId) {
        return "trace-" + side + "-" + fillId;
    }

    @Override
    public String html() {
        StringBuilder sb = new StringBuilder();
        bySide.forEach((side, byFill) -> {
            if (byFill.isEmpty()) return;
            sb.append("<h2>Decision traces: ").append(Html.esc(side)).append("</h2>\n<p class=\"info\">Why each leg"
                    + " happened: the bar that decided it, as <code>explain</code> prints it.</p>\n");
            byFill.forEach((fillId, t) -> sb.append("<section class=\"trace\" id=\"").append(Html.esc(id(side, fillId)))
                    .append("\"><h3>").append(Html.esc(t.symbol())).append(' ')
                    .append(Timestamps.format(t.barTime())).append(" &rarr; ").append(Html.esc(fillId))
                    .append("</h3><pre>").append(Html.esc(TraceText.render(t))).append("</pre></section>\n"));
        });
        return sb.toString();
    }
}
