package com.ladderbench.core.data;

/** What bars built from trades show for an interval in which nothing traded. */
public enum EmptyIntervals {
    /** No bar: the series has a gap there, and the engine's stale-data rules apply after it. */
    OMIT,
    /** A flat bar at the previous close with zero volume: no trade means no observed price change. */
    FILL_FLAT
}
