package com.ladderbench.core.backtest;

import com.ladderbench.core.data.MarketData;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import java.util.List;

/**
 * One run to make.
 *
 * @param label ladder, baseline or a variant name
 * @param overrides the override paths that produced this plan/config, for the record
 */
public record BacktestRequest(String label, Plan plan, MarketData data, RunConfig config, List<String> overrides) {

    public BacktestRequest {
        overrides = List.copyOf(overrides);
    }

    public static BacktestRequest of(String label, Plan plan, MarketData data, RunConfig config) {
        return new BacktestRequest(label, plan, data, config, List.of());
    }
}
