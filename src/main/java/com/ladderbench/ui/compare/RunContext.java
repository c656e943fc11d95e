package com.ladderbench.ui.compare;

import com.ladderbench.core.data.MarketData;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.ui.WorkbenchResult;

/**
 * What a what-if run starts from: the plan, data and configuration of the ladder being shown.
 * Data is null when the result was opened without its market data; then nothing can be rerun.
 */
record RunContext(Plan plan, MarketData data, RunConfig config) {

    static RunContext of(WorkbenchResult r) {
        return new RunContext(r.plan(), r.data(), r.primary().config());
    }

    boolean canRun() { return plan != null && data != null && config != null; }

    static String whyNot() {
        return "This result has no market data loaded (an imported run, or a run directory whose data files are gone);"
                + " run the plan on data to try variants and sweeps.";
    }
}
