package com.ladderbench.model;

import java.util.List;

/**
 * What was run: enough to reproduce it. No wall-clock times, so identical inputs give
 * identical outputs.
 *
 * @param label ladder, baseline, or a variant's name
 * @param planSha256 SHA-256 of the plan as run (after any baseline transform or overrides)
 * @param data one entry per data file
 * @param overrides the override paths applied, e.g. {@code config.min_hold_bars=8}
 */
public record RunInfo(
        String label,
        String planId,
        String planSha256,
        List<DataInfo> data,
        List<String> overrides,
        long firstBar,
        long lastBar,
        int bars) {

    public RunInfo {
        data = List.copyOf(data);
        overrides = List.copyOf(overrides);
    }

    /** One data file of the run. */
    public record DataInfo(String symbol, Timeframe timeframe, String source, String sha256, int bars) {
    }
}
