package com.ladderbench.spark;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.engine.PreparedData;
import com.ladderbench.core.plan.RunConfigLoader;
import com.ladderbench.core.report.PlanJson;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import java.io.Serializable;

/**
 * What every task of a sweep shares, broadcast once per job: the base plan and configuration in
 * their input format (a few kilobytes; the loaders read them back unchanged, see
 * {@link #of}) and the columnar market data. An executor decodes it once, on the first task that
 * asks, and its later tasks reuse the decoded value.
 */
final class SweepInputs implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String planJson;
    private final String configJson;
    private final ShippedData data;
    private transient Decoded decoded;

    /**
     * The plan, configuration and data a task runs on; the executor's tasks share the indicators
     * computed from the data through {@code prepared}.
     */
    record Decoded(Plan plan, RunConfig config, PreparedData prepared) {
        MarketData data() {
            return prepared.data();
        }
    }

    private SweepInputs(String planJson, String configJson, ShippedData data) {
        this.planJson = planJson;
        this.configJson = configJson;
        this.data = data;
    }

    /**
     * The inputs the driver loaded and checked, ready to ship. Reads the plan and configuration
     * back here, on the driver, so a form that did not survive the trip fails before any task runs.
     */
    static SweepInputs of(Plan plan, RunConfig config, MarketData data) {
        SweepInputs in = new SweepInputs(PlanJson.toJson(plan).toString(), PlanJson.toJson(config).toString(),
                ShippedData.of(data));
        Decoded back = in.decode();
        if (!back.plan().equals(plan) || !back.config().equals(config)) {
            throw new IllegalStateException("the plan or configuration does not load back unchanged from its JSON"
                    + " form, so it cannot be shipped to the executors");
        }
        return in;
    }

    synchronized Decoded decoded() {
        if (decoded == null) decoded = decode();
        return decoded;
    }

    private Decoded decode() {
        try {
            return new Decoded(RunInputs.planLoader().parse(planJson, "plan").plan(),
                    RunConfigLoader.parse(configJson, "config"), new PreparedData(data.toMarketData()));
        } catch (InvalidInputException e) {
            // the driver loaded these very inputs, so this is a defect, not bad input
            throw new IllegalStateException("the shipped plan or configuration no longer loads: " + e.getMessage(), e);
        }
    }
}
