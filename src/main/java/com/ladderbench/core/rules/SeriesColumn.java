package com.ladderbench.core.rules;

import java.util.Objects;

/**
 * Values of one series, addressed by the trigger's bar index: the series is
 * {@code values[offset .. offset + length - 1]}, a slice, so that many short series (one per
 * symbol) can share one large array. With {@code indexMap == null} the value at bar i is
 * {@code values[offset + i]}; otherwise {@code values[offset + indexMap[i]]}, where -1 means no
 * value is available yet (e.g. no completed higher-timeframe bar). NaN values are missing (warm-up).
 * The arrays are shared, not copied: they are large and owned by the engine, and are not written
 * once the column is made.
 *
 * <p>A class, not a record, for the one thing it works out itself: {@link #nanFreeFrom}, found
 * once here, where the engine makes a column once for all the rules that read it.
 */
public final class SeriesColumn {
    private final double[] values;
    private final int offset;
    private final int length;
    private final int[] indexMap;
    private final int nanFreeFrom;

    public SeriesColumn(double[] values, int offset, int length, int[] indexMap) {
        Objects.requireNonNull(values, "values");
        if (offset < 0 || length < 0 || offset > values.length - length) {
            throw new IllegalArgumentException("slice " + offset + " + " + length + " outside " + values.length + " values");
        }
        this.values = values;
        this.offset = offset;
        this.length = length;
        this.indexMap = indexMap;
        int i = offset + length;
        while (i > offset && !Double.isNaN(values[i - 1])) i--;
        this.nanFreeFrom = i;
    }

    /** The whole of {@code values}. */
    public SeriesColumn(double[] values, int[] indexMap) {
        this(values, 0, Objects.requireNonNull(values, "values").length, indexMap);
    }

    public double[] values() { return values; }

    public int offset() { return offset; }

    public int length() { return length; }

    public int[] indexMap() { return indexMap; }

    /**
     * The index in {@link #values} from which the slice holds no NaN up to its end: past the
     * warm-up, as a rule, unless a NaN comes later (a gap in the data, a division by zero);
     * {@code offset + length} when its last value is NaN. Rules skip the NaN test of values read
     * from there on, as none of them is missing.
     */
    public int nanFreeFrom() { return nanFreeFrom; }

    @Override
    public String toString() {
        return "SeriesColumn[" + offset + " + " + length + " of " + values.length + (indexMap == null ? "" : ", mapped") + "]";
    }
}
