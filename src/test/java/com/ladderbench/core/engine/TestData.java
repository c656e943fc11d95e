package com.ladderbench.core.engine;

import com.ladderbench.core.backtest.PlanRequirements;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Plan;
import java.util.List;

/** In-memory market data for engine tests: the plan's timeframes resampled from the given bars. */
final class TestData {
    private TestData() {
    }

    static MarketData marketData(List<BarSeries> bases, Plan plan) {
        return MarketData.of(bases, PlanRequirements.timeframes(plan));
    }
}
