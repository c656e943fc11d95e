package com.ladderbench.core.rules;

import java.util.Objects;

/**
 * Values of one series, addressed by the trigger's bar index: the series is
 * {@code values[offset .. offset + length - 1]}, a slice, so that many short series (one per
 * symbol) can share one large array. With {@code indexMap == null} the value at bar i is
 * {@code values[offset + i]}; otherwise {@code values[offset + indexMap[i]]}, where -1 means no
 * value is available yet (e.g. no completed higher-timeframe bar). NaN values are missing (warm-up).
 * The arrays are shared, not copied: they are large and owned by the engine.
 */
public record SeriesColumn(double[] values, int offset, int length, int[] indexMap) {
    public SeriesColumn {
        Objects.requireNonNull(values, "values");
        if (offset < 0 || length < 0 || offset > values.length - length) {
            throw new IllegalArgumentException("slice " + offset + " + " + length + " outside " + values.length + " values");
        }
    }

    /** The whole of {@code values}. */
    public SeriesColumn(double[] values, int[] indexMap) {
        this(values, 0, Objects.requireNonNull(values, "values").length, indexMap);
    }
}
