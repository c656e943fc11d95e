package com.ladderbench.core.plan;

import com.ladderbench.model.Plan;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a valid plan against the market data given for it: every trigger's symbol needs data,
 * and its timeframe must be the data's own or one that can be resampled from it (a whole multiple).
 * Rule identifiers that read other timeframes ({@code tf_4h_...}) are the rule language's to check.
 */
public final class PlanDataCheck {
    private PlanDataCheck() {
    }

    /**
     * @param planFile the plan's name as the user gave it, for {@link Problem#file()}
     * @param baseTimeframeBySymbol the timeframe of each symbol's data series
     * @return problems in trigger order; empty when the data serves the plan
     */
    public static List<Problem> check(Plan plan, String planFile, Map<String, Timeframe> baseTimeframeBySymbol) {
        List<Problem> problems = new ArrayList<>();
        List<Trigger> triggers = plan.triggers();
        for (int i = 0; i < triggers.size(); i++) {
            Trigger t = triggers.get(i);
            String at = "triggers[" + i + "]";
            Timeframe base = baseTimeframeBySymbol.get(t.symbol());
            if (base == null) {
                problems.add(new Problem(planFile, at + ".symbol", "no market data for symbol '" + t.symbol()
                        + "' (data given for: " + available(baseTimeframeBySymbol) + ")"));
            } else if (t.timeframe().isFinerThan(base)) {
                problems.add(new Problem(planFile, at + ".timeframe", t.timeframe() + " is finer than the " + base
                        + " data for " + t.symbol() + ": bars cannot be split, give " + t.timeframe()
                        + " data or use a timeframe of " + base + " or coarser"));
            } else if (!base.divides(t.timeframe())) {
                problems.add(new Problem(planFile, at + ".timeframe", t.timeframe() + " is not a whole multiple of the "
                        + base + " data for " + t.symbol() + ", so it cannot be resampled from it"));
            }
        }
        return problems;
    }

    /** Sorted, so the message does not depend on the map's iteration order. */
    private static String available(Map<String, Timeframe> data) {
        if (data.isEmpty()) return "no symbols";
        List<String> parts = new ArrayList<>();
        for (String symbol : new TreeSet<>(data.keySet())) parts.add(symbol + " " + data.get(symbol));
        return String.join(", ", parts);
    }
}
