package com.ladderbench.core.engine;

import com.ladderbench.core.data.HigherTimeframe;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SymbolData;
import com.ladderbench.core.indicators.IndicatorCache;
import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.core.rules.RuleCompiler;
import com.ladderbench.core.rules.RuleSyntaxException;
import com.ladderbench.core.rules.SeriesColumn;
import com.ladderbench.core.rules.SeriesRef;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything done once before the per-bar loop: rules compiled, only the referenced indicators
 * computed, and each timeframe's bars mapped onto the base bars at whose close they complete.
 * A higher-timeframe value is only ever bound to base bars at or after its completion, which is
 * what keeps {@code tf_} identifiers free of look-ahead.
 */
final class RunPreparation {
    private final Plan plan;
    private final List<String> symbols;
    private final List<SymbolData> symbolData = new ArrayList<>();
    private final List<Map<Timeframe, IndicatorCache>> caches = new ArrayList<>();
    private final List<Map<Timeframe, int[]>> ownBarAtBase = new ArrayList<>();
    private final Map<String, SeriesColumn> mapped = new HashMap<>();

    RunPreparation(Plan plan, MarketData data) throws InvalidInputException {
        this.plan = plan;
        this.symbols = plan.symbols();
        List<Problem> problems = new ArrayList<>();
        for (String s : symbols) {
            if (data.find(s).isEmpty()) {
                problems.add(new Problem(null, "data", "no market data for symbol " + s + " used by the plan"));
            } else {
                symbolData.add(data.symbol(s));
            }
            caches.add(new EnumMap<>(Timeframe.class));
            ownBarAtBase.add(new EnumMap<>(Timeframe.class));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    List<String> symbols() { return symbols; }

    BarSeries base(int symbol) { return symbolData.get(symbol).base(); }

    PreparedTriggers triggers() throws InvalidInputException {
        List<PreparedTrigger> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Trigger> triggers = plan.triggers();
        for (int i = 0; i < triggers.size(); i++) {
            Trigger t = triggers.get(i);
            int s = symbols.indexOf(t.symbol());
            CompiledRule entry = compile(t.entryRule(), s, t.timeframe(), "triggers[" + i + "].entry_rule", problems);
            CompiledRule exit = compile(t.exitRule(), s, t.timeframe(), "triggers[" + i + "].exit_rule", problems);
            CompiledRule hold = compile(t.holdRule(), s, t.timeframe(), "triggers[" + i + "].hold_rule", problems);
            int[] clock = problems.isEmpty() ? clock(s, t.timeframe(), "triggers[" + i + "].timeframe", problems)
                    : null;
            out.add(PreparedTrigger.of(i, t, s, entry, exit, hold, clock));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new PreparedTriggers(out, symbols.size());
    }

    /** The plan's risk_off regime rule compiled per symbol at its base timeframe; null entries = no rule. */
    CompiledRule[] regimeRules() throws InvalidInputException {
        CompiledRule[] rules = new CompiledRule[symbols.size()];
        String src = plan.riskOff().regimeRule();
        if (src == null) return rules;
        List<Problem> problems = new ArrayList<>();
        for (int s = 0; s < symbols.size(); s++) {
            rules[s] = compile(src, s, base(s).timeframe(), "risk_off.regime_rule", problems);
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return rules;
    }

    /** Values of one indicator on a symbol's base series (used by vol_target sizing). */
    double[] baseIndicator(int symbol, IndicatorSpec spec) {
        return cache(symbol, base(symbol).timeframe()).get(spec);
    }

    private CompiledRule compile(String source, int symbol, Timeframe own, String path, List<Problem> problems) {
        if (source == null || source.isBlank()) return null;
        try {
            return RuleCompiler.compile(source, ref -> bind(symbol, own, ref));
        } catch (RuleSyntaxException e) {
            problems.add(new Problem(null, path, e.getMessage()));
            return null;
        } catch (MissingTimeframe e) {
            problems.add(new Problem(null, path, e.getMessage()));
            return null;
        }
    }

    private SeriesColumn bind(int symbol, Timeframe own, SeriesRef ref) {
        Timeframe tf = ref.timeframe() == null ? own : ref.timeframe();
        double[] values = cache(symbol, tf).get(ref.spec());
        if (tf == own) return new SeriesColumn(values, null);
        String key = symbol + "/" + own + "/" + tf;
        SeriesColumn shared = mapped.get(key);
        if (shared != null) return new SeriesColumn(values, shared.indexMap());
        int[] ownDone = completion(symbol, own);
        int[] refDone = completion(symbol, tf);
        int[] map = new int[ownDone.length];
        int m = -1;
        for (int j = 0; j < ownDone.length; j++) {
            while (m + 1 < refDone.length && refDone[m + 1] <= ownDone[j]) m++;
            map[j] = m;
        }
        mapped.put(key, new SeriesColumn(values, map));
        return new SeriesColumn(values, map);
    }

    private IndicatorCache cache(int symbol, Timeframe tf) {
        return caches.get(symbol).computeIfAbsent(tf, k -> new IndicatorCache(series(symbol, k)));
    }

    private BarSeries series(int symbol, Timeframe tf) {
        SymbolData sd = symbolData.get(symbol);
        if (tf == sd.base().timeframe()) return sd.base();
        HigherTimeframe h = sd.higher().get(tf);
        if (h == null) throw new MissingTimeframe(symbols.get(symbol), tf, sd.base().timeframe());
        return h.series();
    }

    /** For each bar of {@code tf}, the base bar at whose close it is complete. */
    private int[] completion(int symbol, Timeframe tf) {
        SymbolData sd = symbolData.get(symbol);
        if (tf == sd.base().timeframe()) {
            int[] identity = new int[sd.base().size()];
            for (int i = 0; i < identity.length; i++) identity[i] = i;
            return identity;
        }
        HigherTimeframe h = sd.higher().get(tf);
        if (h == null) throw new MissingTimeframe(symbols.get(symbol), tf, sd.base().timeframe());
        return h.completedAt();
    }

    private int[] clock(int symbol, Timeframe tf, String path, List<Problem> problems) {
        try {
            return ownBarAtBase.get(symbol).computeIfAbsent(tf, k -> {
                int[] done = completion(symbol, k);
                int[] at = new int[base(symbol).size()];
                java.util.Arrays.fill(at, -1);
                // after a gap several bars can complete at one base bar: the latest one is evaluated
                for (int j = 0; j < done.length; j++) at[done[j]] = j;
                return at;
            });
        } catch (MissingTimeframe e) {
            problems.add(new Problem(null, path, e.getMessage()));
            return null;
        }
    }

    /** A plan needs a timeframe the loaded data cannot provide. */
    private static final class MissingTimeframe extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingTimeframe(String symbol, Timeframe tf, Timeframe base) {
            super("no " + tf + " bars for " + symbol + " (data is " + base + "; load it with the plan's timeframes)");
        }
    }
}
