package com.ladderbench.core.rules;

/** Supplies the computed values of a series a rule reads; called once per distinct series at compile time. */
@FunctionalInterface
public interface SeriesBinder {
    SeriesColumn bind(SeriesRef ref);
}
