package com.ladderbench.core.backtest;

import com.ladderbench.core.data.HigherTimeframe;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SymbolData;
import com.ladderbench.core.indicators.IndicatorCalculator;
import com.ladderbench.core.rules.RuleCompiler;
import com.ladderbench.core.rules.RuleSyntaxException;
import com.ladderbench.core.rules.SeriesRef;
import com.ladderbench.model.Plan;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Warns about rules that read an indicator whose warm-up is longer than the data supplied for its
 * timeframe (SPEC §2.1): such a value is missing on every bar, so the rule can never fire, and a
 * backtest would quietly run without it ({@code tf_1d_sma_long} on 21 days of data).
 */
public final class WarmUpCheck {
    private WarmUpCheck() {
    }

    /** @return warnings in plan order, each at the rule's JSON path; empty when the data is long enough */
    public static List<Problem> warnings(Plan plan, String planFile, MarketData data) {
        List<Problem> out = new ArrayList<>();
        List<Trigger> triggers = plan.triggers();
        for (int i = 0; i < triggers.size(); i++) {
            Trigger t = triggers.get(i);
            Optional<SymbolData> symbol = data.find(t.symbol());
            if (symbol.isEmpty()) continue;
            String at = "triggers[" + i + "].";
            check(t.entryRule(), at + "entry_rule", symbol.get(), t.timeframe(), planFile, out);
            check(t.exitRule(), at + "exit_rule", symbol.get(), t.timeframe(), planFile, out);
            check(t.holdRule(), at + "hold_rule", symbol.get(), t.timeframe(), planFile, out);
        }
        String regime = plan.riskOff().regimeRule();
        if (regime != null) {
            // evaluated per symbol on its base series: one warning per distinct shortfall
            Set<Problem> distinct = new LinkedHashSet<>();
            List<Problem> perSymbol = new ArrayList<>();
            for (String s : data.symbols()) {
                SymbolData d = data.symbol(s);
                check(regime, "risk_off.regime_rule", d, d.base().timeframe(), planFile, perSymbol);
            }
            distinct.addAll(perSymbol);
            out.addAll(distinct);
        }
        return out;
    }

    private static void check(String rule, String path, SymbolData data, Timeframe own, String planFile,
            List<Problem> out) {
        if (rule == null) return;
        Map<String, SeriesRef> refs;
        try {
            refs = RuleCompiler.namedReferences(rule);
        } catch (RuleSyntaxException e) {
            return; // validation reports it
        }
        for (Map.Entry<String, SeriesRef> e : refs.entrySet()) {
            Timeframe tf = e.getValue().timeframe() == null ? own : e.getValue().timeframe();
            int available = bars(data, tf);
            int needed = IndicatorCalculator.warmUp(e.getValue().spec()) + 1;
            if (available < 0 || needed <= available) continue;
            out.add(Problem.warning(planFile, path, e.getKey() + " needs " + needed + " " + tf.label()
                    + " bars, the data gives " + available + ": this rule can never fire"));
        }
    }

    /** Completed bars of {@code tf}, or -1 when that timeframe was not loaded (nothing to say). */
    private static int bars(SymbolData data, Timeframe tf) {
        if (tf == data.base().timeframe()) return data.base().size();
        HigherTimeframe h = data.higher().get(tf);
        return h == null ? -1 : h.series().size();
    }
}
