package com.ladderbench.ui.charts;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * What a {@link HeatTable} shows: a grid of figures, each coloured by where it lies between the
 * grid's smallest and largest finite value. NaN cells are shown as "n/a" and left uncoloured.
 *
 * @param rowTotals one per row, shown in a last column, or null
 * @param columnTotals one per column, shown in a last row, or null
 * @param legend what the colour means, e.g. "events" or "Sharpe"
 */
public record HeatData(String rowHeader, List<String> rows, List<String> columns, double[][] values,
        double[] rowTotals, double[] columnTotals, double grandTotal, DoubleFunction<String> format,
        HeatScale scale, String legend) {

    public HeatData {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (values.length != rows.size()) throw new IllegalArgumentException("one row of values per row label");
        for (double[] r : values) {
            if (r.length != columns.size()) throw new IllegalArgumentException("one value per column label");
        }
    }

    /** How colour maps to value. */
    public enum HeatScale {
        /** Pale for few, deep red for many: counts. */
        SEQUENTIAL,
        /** Red for the worst, green for the best, where higher is better. */
        HIGHER_BETTER,
        /** Red for the worst, green for the best, where lower is better. */
        LOWER_BETTER,
    }

    public boolean hasTotals() { return rowTotals != null && columnTotals != null; }
}
