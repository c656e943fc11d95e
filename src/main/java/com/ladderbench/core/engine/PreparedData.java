package com.ladderbench.core.engine;

import com.ladderbench.core.data.HigherTimeframe;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SymbolData;
import com.ladderbench.core.indicators.IndicatorCache;
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
import com.ladderbench.model.Timeframe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Market data with what runs derive from the data alone, each computed once on first use and
 * shared read-only by every run on it: the indicators of each (symbol, timeframe), the map of one
 * timeframe's bars onto another's, each timeframe's base-bar clock, and the decision schedule of a
 * set of symbols. What a run derives from its plan (compiled rules, sizing, state) stays per run,
 * so the points of a sweep or the sides of a comparison compute an indicator once between them,
 * whichever plan asks for it first. Thread-safe; results never depend on which run computed what.
 */
public final class PreparedData {
    private final MarketData data;
    private final ConcurrentHashMap<SeriesKey, IndicatorCache> indicators = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<MapKey, int[]> indexMaps = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<SeriesKey, int[]> clocks = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<List<String>, Schedule> schedules = new ConcurrentHashMap<>();
    // compiled rules hold no mutable state (CompiledRule): a run's cursors over them are its own
    private final ConcurrentHashMap<RuleKey, CompiledRule> rules = new ConcurrentHashMap<>();
    private final AtomicInteger rulesCompiled = new AtomicInteger();
    private final ConcurrentHashMap<String, List<SeriesRef>> references = new ConcurrentHashMap<>();
    // a rule text parsed and checked once for every symbol and run that compiles it
    private final ConcurrentHashMap<String, RuleCompiler.CheckedRule> checked = new ConcurrentHashMap<>();
    private final AtomicInteger rulesChecked = new AtomicInteger();
    // the indicators as rules read them: short series are slices of one block per (timeframe, indicator)
    private final ConcurrentHashMap<ColumnKey, SeriesColumn> columns = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<BlockKey, double[]> blocks = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Timeframe, Slots> slots = new ConcurrentHashMap<>();

    /**
     * A series shorter than this many bars (half a megabyte of doubles) is kept as a slice of a
     * block that every symbol's series of that timeframe and indicator share (see {@link #column}).
     */
    static final int BLOCK_BELOW_BARS = 1 << 16;

    private record ColumnKey(String symbol, Timeframe timeframe, IndicatorSpec spec) {
    }

    private record BlockKey(Timeframe timeframe, IndicatorSpec spec) {
    }

    /** Where each symbol's short series of one timeframe starts in that timeframe's blocks, and their length. */
    private record Slots(Map<String, Integer> offsets, int length) {
    }

    private record RuleKey(String source, String symbol, Timeframe own) {
    }

    /** Compiles a rule, binding its series to this data; {@link #rule} calls it at most once per key and run. */
    @FunctionalInterface
    interface RuleCompilation {
        CompiledRule compile() throws RuleSyntaxException;
    }

    private record SeriesKey(String symbol, Timeframe timeframe) {
    }

    private record MapKey(String symbol, Timeframe own, Timeframe ref) {
    }

    public PreparedData(MarketData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    public MarketData data() {
        return data;
    }

    /** How many indicator series the runs so far have computed, over all symbols and timeframes. */
    public int indicatorsComputed() {
        Set<ColumnKey> computed = new HashSet<>(columns.keySet());
        indicators.forEach((k, c) -> {
            for (IndicatorSpec spec : c.computedSpecs()) computed.add(new ColumnKey(k.symbol(), k.timeframe(), spec));
        });
        return computed.size();
    }

    /**
     * Computes every indicator the rules of {@code plans} read, each once, in parallel on the
     * caller's fork-join pool (a sweep's workers; the common pool when called from elsewhere), so
     * runs of these plans then find them computed. A plan whose symbols have no data is skipped:
     * its run reports that.
     */
    public void computeIndicators(Collection<Plan> plans) {
        Set<Read> reads = new LinkedHashSet<>();
        for (Plan plan : plans) {
            try {
                for (RunPreparation.IndicatorRead r : new RunPreparation(plan, this).indicatorsRead()) {
                    reads.add(new Read(plan.symbols().get(r.symbol()), r.timeframe(), r.spec()));
                }
            } catch (InvalidInputException e) {
                // reported by the plan's run
            }
        }
        // indicators sharing intermediates go together, as in a run (a short series' cache is the job's own)
        Map<List<Object>, List<IndicatorSpec>> jobs = new LinkedHashMap<>();
        for (Read r : reads) {
            jobs.computeIfAbsent(List.of(r.symbol(), r.timeframe(), IndicatorCalculator.sharedWork(r.spec())),
                    k -> new ArrayList<>()).add(r.spec());
        }
        jobs.entrySet().parallelStream().forEach(job -> columns((String) job.getKey().get(0),
                (Timeframe) job.getKey().get(1), job.getValue()));
        for (Read r : reads) releaseParts(r.symbol(), r.timeframe());
    }

    private record Read(String symbol, Timeframe timeframe, IndicatorSpec spec) {
    }

    /** How many rules the runs so far have compiled: one per distinct (text, symbol, timeframe) when they run one after another. */
    public int rulesCompiled() {
        return rulesCompiled.get();
    }

    /**
     * The rule {@code source} of {@code symbol} at timeframe {@code own}, compiled by
     * {@code compilation} for the first run that asks and shared by the runs after it: the rule is
     * bound to this data's columns only, so the points of a sweep, which mostly differ in numbers
     * outside their rules, parse and check each rule text once between them. A rule that does
     * not compile is not kept: each run reports it.
     */
    CompiledRule rule(String source, String symbol, Timeframe own, RuleCompilation compilation)
            throws RuleSyntaxException {
        RuleKey key = new RuleKey(source, symbol, own);
        CompiledRule known = rules.get(key);
        if (known != null) return known;
        CompiledRule rule = compilation.compile();
        rulesCompiled.incrementAndGet();
        // two runs may compile the same rule at once: both are alike, and later runs take the first kept
        CompiledRule first = rules.putIfAbsent(key, rule);
        return first == null ? rule : first;
    }

    /** How many rule texts the runs so far have parsed and checked for compiling: one per distinct text when they run one after another. */
    int rulesChecked() {
        return rulesChecked.get();
    }

    /**
     * Rule text {@code source} parsed and checked ({@link RuleCompiler#check}) for the first
     * compilation that asks, and shared by the rest: many symbols' triggers, and the runs on this
     * data, share their rule texts, and each binds its own series to the one checked rule. A text
     * that does not parse is not kept: each compilation reports it.
     */
    RuleCompiler.CheckedRule checked(String source) throws RuleSyntaxException {
        RuleCompiler.CheckedRule known = checked.get(source);
        if (known != null) return known;
        RuleCompiler.CheckedRule rule = RuleCompiler.check(source);
        rulesChecked.incrementAndGet();
        checked.putIfAbsent(source, rule); // two runs checking a text at once check it alike: either is kept
        return rule;
    }

    /** The series a rule text reads ({@link RuleCompiler#references}), parsed once; none when it does not parse. */
    List<SeriesRef> references(String source) {
        return references.computeIfAbsent(source, PreparedData::referencesOrNone);
    }

    private static List<SeriesRef> referencesOrNone(String rule) {
        try {
            return RuleCompiler.references(rule);
        } catch (RuleSyntaxException e) {
            return List.of(); // reported with its path when the rule is compiled
        }
    }

    /** The data as a series of {@code tf}, or null when it was not loaded at {@code tf}. */
    BarSeries series(String symbol, Timeframe tf) {
        SymbolData sd = data.symbol(symbol);
        if (tf == sd.base().timeframe()) return sd.base();
        HigherTimeframe h = sd.higher().get(tf);
        return h == null ? null : h.series();
    }

    /** The indicators of {@code symbol} at {@code tf}, a timeframe {@link #series} has. */
    IndicatorCache indicators(String symbol, Timeframe tf) {
        return indicators.computeIfAbsent(new SeriesKey(symbol, tf),
                k -> new IndicatorCache(Objects.requireNonNull(series(symbol, tf), "series")));
    }

    /**
     * Indicator {@code spec} of {@code symbol} at {@code tf} (a timeframe {@link #series} has), as
     * rules read it; computed on first request. A series of at least {@link #BLOCK_BELOW_BARS} bars
     * is its own array, kept with its intermediates in the series' {@link #indicators} cache. A
     * shorter one is computed, with a cache of its own for the intermediates, which then goes,
     * straight into its place in a block (not into an array of its own copied there): one
     * array per timeframe and indicator, holding every symbol's series of that timeframe one after
     * another. With many symbols a run would otherwise keep thousands of small arrays reachable,
     * which every young collection during the run copies; a block is one large array, which the
     * collector allocates outside the young generation and never copies. The values are the same
     * either way.
     */
    SeriesColumn column(String symbol, Timeframe tf, IndicatorSpec spec) {
        return columns(symbol, tf, List.of(spec)).get(0);
    }

    /**
     * {@link #column} of each of {@code specs}, in order; indicators that share intermediates
     * ({@link com.ladderbench.core.indicators.IndicatorCalculator#sharedWork}) are best asked
     * together, so that a short series computes those intermediates once.
     */
    List<SeriesColumn> columns(String symbol, Timeframe tf, List<IndicatorSpec> specs) {
        List<SeriesColumn> out = new ArrayList<>(specs.size());
        IndicatorCache cache = null;
        for (IndicatorSpec spec : specs) {
            ColumnKey key = new ColumnKey(symbol, tf, spec);
            SeriesColumn column = columns.get(key);
            if (column == null) {
                BarSeries series = Objects.requireNonNull(series(symbol, tf), "series");
                boolean inBlock = series.size() < BLOCK_BELOW_BARS;
                if (cache == null) cache = inBlock ? new IndicatorCache(series) : indicators(symbol, tf);
                if (inBlock && !isBars(spec)) {
                    // one run computes it, a run asking at once waits: a kernel writes its slice in
                    // passes (sums, then means), which a second writer would show half done
                    IndicatorCache parts = cache;
                    column = columns.computeIfAbsent(key, k -> intoBlock(k, series.size(), parts));
                } else {
                    // two runs asking at once both take the cache's one array; one column is kept
                    SeriesColumn computed = new SeriesColumn(cache.get(spec), null);
                    SeriesColumn first = columns.putIfAbsent(key, computed);
                    column = first == null ? computed : first;
                }
            }
            out.add(column);
        }
        return out;
    }

    /** Computes the indicator straight into its place in the block of its timeframe and kind. */
    private SeriesColumn intoBlock(ColumnKey key, int bars, IndicatorCache cache) {
        Slots at = slots.computeIfAbsent(key.timeframe(), this::slots);
        double[] block = blocks.computeIfAbsent(new BlockKey(key.timeframe(), key.spec()), k -> new double[at.length()]);
        int offset = at.offsets().get(key.symbol());
        cache.computeInto(key.spec(), block, offset);
        return new SeriesColumn(block, offset, bars, null);
    }

    /** The bars themselves: the series' own arrays, not computed and not copied. */
    private static boolean isBars(IndicatorSpec spec) {
        switch (spec.kind()) {
            case OPEN: case HIGH: case LOW: case CLOSE: case VOLUME: return true;
            default: return false;
        }
    }

    /** The symbols' series at {@code tf} shorter than {@link #BLOCK_BELOW_BARS}, one after another in data order. */
    private Slots slots(Timeframe tf) {
        Map<String, Integer> offsets = new HashMap<>();
        int length = 0;
        for (String symbol : data.symbols()) {
            BarSeries s = series(symbol, tf);
            if (s == null || s.size() >= BLOCK_BELOW_BARS) continue;
            offsets.put(symbol, length);
            length += s.size();
        }
        return new Slots(offsets, length);
    }

    /** Lets go of the intermediates of {@code symbol}'s indicators at {@code tf} ({@link IndicatorCache#releaseParts}). */
    void releaseParts(String symbol, Timeframe tf) {
        IndicatorCache cache = indicators.get(new SeriesKey(symbol, tf));
        if (cache != null) cache.releaseParts();
    }

    /** For each bar of {@code own}, the latest bar of {@code ref} complete at its completion (-1: none yet). */
    int[] indexMap(String symbol, Timeframe own, Timeframe ref) {
        return indexMaps.computeIfAbsent(new MapKey(symbol, own, ref), k -> {
            int[] ownDone = completion(symbol, own);
            int[] refDone = completion(symbol, ref);
            int[] map = new int[ownDone.length];
            int m = -1;
            for (int j = 0; j < ownDone.length; j++) {
                while (m + 1 < refDone.length && refDone[m + 1] <= ownDone[j]) m++;
                map[j] = m;
            }
            return map;
        });
    }

    /**
     * For each base bar of {@code symbol}, the bar of {@code tf} that completes at its close, or -1.
     * After a gap several bars can complete at one base bar: the latest one is evaluated.
     */
    int[] clock(String symbol, Timeframe tf) {
        return clocks.computeIfAbsent(new SeriesKey(symbol, tf), k -> {
            int[] done = completion(symbol, tf);
            int[] at = new int[data.symbol(symbol).base().size()];
            Arrays.fill(at, -1);
            for (int j = 0; j < done.length; j++) at[done[j]] = j;
            return at;
        });
    }

    /** The order in which the bars of {@code symbols} (in run order) are decided. */
    Schedule schedule(List<String> symbols) {
        return schedules.computeIfAbsent(List.copyOf(symbols), k -> {
            BarSeries[] base = new BarSeries[k.size()];
            for (int s = 0; s < base.length; s++) base[s] = data.symbol(k.get(s)).base();
            return Schedule.of(base);
        });
    }

    /** For each bar of {@code tf}, the base bar at whose close it is complete; {@code tf} must be loaded. */
    private int[] completion(String symbol, Timeframe tf) {
        SymbolData sd = data.symbol(symbol);
        if (tf == sd.base().timeframe()) {
            int[] identity = new int[sd.base().size()];
            for (int i = 0; i < identity.length; i++) identity[i] = i;
            return identity;
        }
        return sd.higher().get(tf).completedAt();
    }
}
