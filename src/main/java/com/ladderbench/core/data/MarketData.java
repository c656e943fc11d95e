package com.ladderbench.core.data;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every symbol's data for one run, by symbol in sorted order. Immutable. */
public final class MarketData {
    private final Map<String, SymbolData> bySymbol;

    public MarketData(Map<String, SymbolData> bySymbol) {
        this.bySymbol = Collections.unmodifiableMap(new TreeMap<>(bySymbol));
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
