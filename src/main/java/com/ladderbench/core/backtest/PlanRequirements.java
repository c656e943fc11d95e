package com.ladderbench.core.backtest;

import com.ladderbench.core.rules.RuleCompiler;
import com.ladderbench.core.rules.RuleSyntaxException;
import com.ladderbench.core.rules.SeriesRef;
import com.ladderbench.model.Plan;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Which timeframes of which symbols a plan reads, so data loading resamples exactly those. */
public final class PlanRequirements {
    private PlanRequirements() {
    }

    public static Map<String, Set<Timeframe>> timeframes(Plan plan) {
        Map<String, Set<Timeframe>> needed = new TreeMap<>();
        for (Trigger t : plan.triggers()) {
            Set<Timeframe> set = needed.computeIfAbsent(t.symbol(), k -> EnumSet.noneOf(Timeframe.class));
            set.add(t.timeframe());
            addRefs(set, t.entryRule());
            addRefs(set, t.exitRule());
            addRefs(set, t.holdRule());
        }
        if (plan.riskOff().regimeRule() != null) {
            for (Set<Timeframe> set : needed.values()) addRefs(set, plan.riskOff().regimeRule());
        }
        return needed;
    }

    private static void addRefs(Set<Timeframe> set, String rule) {
        if (rule == null || rule.isBlank()) return;
        try {
            for (SeriesRef ref : RuleCompiler.references(rule)) {
                if (ref.timeframe() != null) set.add(ref.timeframe());
            }
        } catch (RuleSyntaxException e) {
            // validation reports it with its path; nothing to load for a rule that does not parse
        }
    }
}
