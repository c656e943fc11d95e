package com.ladderbench.core.data;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One symbol's market data: the base series and every timeframe the plan needs.
 *
 * @param base the finest series given for the symbol
 * @param higher each needed timeframe, resampled from {@code base}; the base timeframe itself,
 *     when needed, maps to the base series with every bar completing at its own close
 */
public record SymbolData(BarSeries base, Map<Timeframe, HigherTimeframe> higher) {
    public SymbolData {
        EnumMap<Timeframe, HigherTimeframe> copy = new EnumMap<>(Timeframe.class); // ordered, whatever the caller passed
        copy.putAll(higher);
        higher = Collections.unmodifiableMap(copy);
    }

    /**
     * The series at {@code tf}.
     *
     * @throws IllegalArgumentException if {@code tf} was not loaded (the caller did not declare it as needed)
     */
    public HigherTimeframe at(Timeframe tf) {
        HigherTimeframe h = higher.get(tf);
        if (h != null) return h;
        if (tf == base.timeframe()) return HigherTimeframe.identity(base);
        throw new IllegalArgumentException("timeframe " + tf + " of " + base.symbol() + " was not loaded; loaded: "
                + higher.keySet());
    }
}
