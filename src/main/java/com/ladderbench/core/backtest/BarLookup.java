package com.ladderbench.core.backtest;

import java.util.function.LongToIntFunction;

/**
 * The bar of a series at a timestamp: the first bar at or after it (the bar count past the last),
 * which for the timestamp of a bar is that bar, as {@code Arrays.binarySearch}'s index or
 * insertion point gives it. Asked in rising order, as whipsaw asks for a symbol's legs, each answer
 * starts from the last one and gallops forward, so a run's legs cost about their count rather than
 * a search of the whole series each; an earlier timestamp searches again from the start.
 */
final class BarLookup implements LongToIntFunction {
    private final long[] time;
    private int at;

    /** @param time the series' bar times, strictly rising */
    BarLookup(long[] time) {
        this.time = time;
    }

    @Override
    public int applyAsInt(long timestamp) {
        if (at > 0 && time[at - 1] >= timestamp) at = 0;
        int lo = at;
        int hi = at;
        int step = 1;
        while (hi < time.length && time[hi] < timestamp) {
            lo = hi + 1;
            hi = time.length - hi > step ? hi + step : time.length;
            step <<= 1;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < timestamp) lo = mid + 1;
            else hi = mid;
        }
        at = lo;
        return lo;
    }
}
