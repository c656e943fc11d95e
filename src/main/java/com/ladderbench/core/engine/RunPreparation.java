package com.ladderbench.core.engine;

import com.ladderbench.core.indicators.IndicatorCalculator;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything done once before the per-bar loop: rules compiled, only the referenced indicators
 * computed, and each timeframe's bars mapped onto the base bars at whose close they complete
 * (the data-only parts taken from a {@link PreparedData} that other runs may share).
 * A higher-timeframe value is only ever bound to base bars at or after its completion, which is
 * what keeps {@code tf_} identifiers free of look-ahead.
 */
final class RunPreparation {
    /** What building the schedule costs per bar, in {@link IndicatorCalculator#costPerBar}'s unit. */
    private static final int SCHEDULE_COST_PER_BAR = 6;
    private final Plan plan;
    private final List<String> symbols;
    private final PreparedData shared;
    private final List<BarSeries> bases = new ArrayList<>();

    RunPreparation(Plan plan, PreparedData shared) throws InvalidInputException {
        this.plan = plan;
        this.shared = shared;
        this.symbols = plan.symbols();
        List<Problem> problems = new ArrayList<>();
        for (String s : symbols) {
            if (shared.data().find(s).isEmpty()) {
                problems.add(new Problem(null, "data", "no market data for symbol " + s + " used by the plan"));
            } else {
                bases.add(shared.data().symbol(s).base());
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    List<String> symbols() { return symbols; }

    BarSeries base(int symbol) { return bases.get(symbol); }

    /** The order in which the run's bars are decided. */
    Schedule schedule() { return shared.schedule(symbols); }

    PreparedTriggers triggers() throws InvalidInputException {
        computeIndicatorsAndSchedule();
        List<PreparedTrigger> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Trigger> triggers = plan.triggers();
        int[] symbolOf = symbolIndices(triggers);
        for (int i = 0; i < triggers.size(); i++) {
            Trigger t = triggers.get(i);
            int s = symbolOf[i];
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

    /**
     * Computes every indicator the plan's rules read, and the run's schedule, in parallel on the
     * caller's fork-join pool (a sweep's own workers; the common pool otherwise), the costliest
     * first ({@link CostliestFirst}): they are independent of each other and are most of preparing
     * a run, so a machine with cores to spare prepares it that much sooner. Indicators that share
     * intermediates ({@link IndicatorCalculator#sharedWork}) are one job, so no thread waits for
     * another's. Compiling the rules then finds them computed; the values are the same whichever
     * thread computed them. Rules that do not parse, or read a timeframe that is not loaded, are
     * skipped here and reported by the compilation.
     */
    private void computeIndicatorsAndSchedule() {
        List<IndicatorRead> reads = indicatorsRead();
        Map<List<Object>, List<IndicatorRead>> jobs = new LinkedHashMap<>();
        for (IndicatorRead r : reads) {
            jobs.computeIfAbsent(List.of(r.symbol(), r.timeframe(), IndicatorCalculator.sharedWork(r.spec())),
                    k -> new ArrayList<>()).add(r);
        }
        CostliestFirst batch = new CostliestFirst();
        for (List<IndicatorRead> job : jobs.values()) {
            long cost = 0;
            for (IndicatorRead r : job) {
                cost += (long) IndicatorCalculator.costPerBar(r.spec()) * shared.series(symbols.get(r.symbol()),
                        r.timeframe()).size();
            }
            List<IndicatorSpec> specs = new ArrayList<>(job.size());
            for (IndicatorRead r : job) specs.add(r.spec());
            IndicatorRead first = job.get(0);
            batch.add(cost, () -> shared.columns(symbols.get(first.symbol()), first.timeframe(), specs));
        }
        long bars = 0;
        for (BarSeries b : bases) bars += b.size();
        // about a pass over the base bars (a heap merge's log factor aside); computed once per PreparedData
        batch.add(SCHEDULE_COST_PER_BAR * bars, this::schedule);
        batch.run();
        // what the run keeps reachable is what its rules read; the intermediates go (IndicatorCache#releaseParts)
        for (IndicatorRead r : reads) shared.releaseParts(symbols.get(r.symbol()), r.timeframe());
    }

    /** One indicator of one symbol's series at one timeframe, as a rule of the plan reads it. */
    record IndicatorRead(int symbol, Timeframe timeframe, IndicatorSpec spec) {
    }

    /** Every indicator the plan's rules read, once each, in plan order; none of a timeframe not loaded. */
    List<IndicatorRead> indicatorsRead() {
        Set<IndicatorRead> reads = new LinkedHashSet<>();
        // many symbols' triggers, and every run on the data, share rule texts: each is parsed for its references once
        int[] symbolOf = symbolIndices(plan.triggers());
        for (int k = 0; k < plan.triggers().size(); k++) {
            Trigger t = plan.triggers().get(k);
            for (String rule : new String[] {t.entryRule(), t.exitRule(), t.holdRule()}) {
                addReads(reads, rule, symbolOf[k], t.timeframe());
            }
        }
        for (int s = 0; s < symbols.size(); s++) {
            addReads(reads, plan.riskOff().regimeRule(), s, base(s).timeframe());
        }
        return List.copyOf(reads);
    }

    /** Each trigger's symbol index, by one map rather than a scan of the symbols per trigger. */
    private int[] symbolIndices(List<Trigger> triggers) {
        Map<String, Integer> index = new HashMap<>();
        for (int s = symbols.size() - 1; s >= 0; s--) index.put(symbols.get(s), s); // the first on duplicates
        int[] out = new int[triggers.size()];
        for (int k = 0; k < out.length; k++) out[k] = index.getOrDefault(triggers.get(k).symbol(), -1);
        return out;
    }

    private void addReads(Set<IndicatorRead> reads, String rule, int symbol, Timeframe own) {
        if (rule == null || rule.isBlank()) return;
        List<SeriesRef> read = shared.references(rule);
        for (SeriesRef ref : read) {
            Timeframe tf = ref.timeframe() == null ? own : ref.timeframe();
            if (shared.series(symbols.get(symbol), tf) != null) reads.add(new IndicatorRead(symbol, tf, ref.spec()));
        }
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
        SeriesColumn c = column(symbol, base(symbol).timeframe(), spec);
        // a slice of a block is copied out: sizing reads it by bar index, once per entry, not per bar
        return c.offset() == 0 && c.length() == c.values().length
                ? c.values() : Arrays.copyOfRange(c.values(), c.offset(), c.offset() + c.length());
    }

    private CompiledRule compile(String source, int symbol, Timeframe own, String path, List<Problem> problems) {
        if (source == null || source.isBlank()) return null;
        try {
            return shared.rule(source, symbols.get(symbol), own,
                    () -> RuleCompiler.compile(shared.checked(source), ref -> bind(symbol, own, ref)));
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
        SeriesColumn c = column(symbol, tf, ref.spec());
        if (tf == own) return c;
        requireLoaded(symbol, own);
        return new SeriesColumn(c.values(), c.offset(), c.length(), shared.indexMap(symbols.get(symbol), own, tf));
    }

    private SeriesColumn column(int symbol, Timeframe tf, IndicatorSpec spec) {
        requireLoaded(symbol, tf);
        return shared.column(symbols.get(symbol), tf, spec);
    }

    private void requireLoaded(int symbol, Timeframe tf) {
        if (shared.series(symbols.get(symbol), tf) == null) {
            throw new MissingTimeframe(symbols.get(symbol), tf, base(symbol).timeframe());
        }
    }

    /** The trigger's clock (PreparedTrigger#ownBarAtBase); null on its symbol's base timeframe, where it is the identity. */
    private int[] clock(int symbol, Timeframe tf, String path, List<Problem> problems) {
        try {
            requireLoaded(symbol, tf);
            // the engine reads no clock on the base timeframe: two columns of a million ints saved per run
            if (tf == base(symbol).timeframe()) return null;
            return shared.clock(symbols.get(symbol), tf);
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
