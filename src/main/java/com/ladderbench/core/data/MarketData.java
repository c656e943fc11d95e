package com.ladderbench.core.data;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every symbol's data for one run, by symbol in sorted order. Immutable. */
public final class MarketData {
    private final Map<String, SymbolData> bySymbol;
    private final Map<String, String> sha256BySymbol;

    public MarketData(Map<String, SymbolData> bySymbol) {
        this(bySymbol, Map.of());
    }

    /** @param sha256BySymbol checksum of each symbol's base file, recorded in run info (absent for generated bars) */
    public MarketData(Map<String, SymbolData> bySymbol, Map<String, String> sha256BySymbol) {
        this.bySymbol = Collections.unmodifiableMap(new TreeMap<>(bySymbol));
        this.sha256BySymbol = Map.copyOf(sha256BySymbol);
    }

    /** SHA-256 of the file a symbol's bars were read from, computed once at loading. */
    public Optional<String> sha256(String symbol) {
        return Optional.ofNullable(sha256BySymbol.get(symbol));
    }

    /**
     * Data already in memory (generated bars, benchmarks, tests): each series is a symbol's base,
     * and the timeframes it needs are resampled from it exactly as for loaded files.
     */
    public static MarketData of(List<BarSeries> bases, Map<String, Set<Timeframe>> neededTimeframes) {
        Map<String, SymbolData> map = new TreeMap<>();
        for (BarSeries b : bases) {
            map.put(b.symbol(), withTimeframes(b, neededTimeframes.getOrDefault(b.symbol(), Set.of())));
        }
        return new MarketData(map);
    }

    /** A base series with each wanted timeframe built from it; callers have checked they divide. */
    static SymbolData withTimeframes(BarSeries base, Set<Timeframe> wanted) {
        Map<Timeframe, HigherTimeframe> higher = new EnumMap<>(Timeframe.class);
        for (Timeframe tf : wanted) {
            higher.put(tf, tf == base.timeframe() ? HigherTimeframe.identity(base) : Resampler.resample(base, tf));
        }
        return new SymbolData(base, higher);
    }

    /** The symbols, sorted. */
    public List<String> symbols() {
        return List.copyOf(bySymbol.keySet());
    }

    /** @throws IllegalArgumentException for a symbol that was not loaded */
    public SymbolData symbol(String s) {
        SymbolData d = bySymbol.get(s);
        if (d == null) throw new IllegalArgumentException("no data loaded for symbol " + s + "; loaded: " + symbols());
        return d;
    }

    public Optional<SymbolData> find(String s) {
        return Optional.ofNullable(bySymbol.get(s));
    }
}
