package com.ladderbench.core.rules;

import java.util.Objects;

/**
 * Values of one series, addressed by the trigger's bar index. With {@code indexMap == null} the
 * value at bar i is {@code values[i]}; otherwise {@code values[indexMap[i]]}, where -1 means no
 * value is available yet (e.g. no completed higher-timeframe bar). NaN values are missing (warm-up).
 * The arrays are shared, not copied: they are large and owned by the engine.
 */
public record SeriesColumn(double[] values, int[] indexMap) {
    public SeriesColumn {
        Objects.requireNonNull(values, "values");
    }
}
