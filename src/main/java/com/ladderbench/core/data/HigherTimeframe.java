package com.ladderbench.core.data;

import com.ladderbench.model.BarSeries;

/**
 * A coarser series built from a base series, with the moment each of its bars becomes known.
 *
 * @param series the resampled bars; {@code time[k]} is the bucket's aligned open time
 * @param completedAt {@code completedAt[k]} is the index of the base bar at whose close bar
 *     {@code k} is complete; rules may read bar {@code k} from that base bar on, never before.
 *     Non-decreasing. Owned by the record; do not modify.
 */
public record HigherTimeframe(BarSeries series, int[] completedAt) {
    public HigherTimeframe {
        if (completedAt.length != series.size()) throw new IllegalArgumentException("one completion index per bar");
    }

    /** The base series itself as a "higher" timeframe: every bar completes at its own close. */
    static HigherTimeframe identity(BarSeries base) {
        int[] at = new int[base.size()];
        for (int i = 0; i < at.length; i++) at[i] = i;
        return new HigherTimeframe(base, at);
    }
}
