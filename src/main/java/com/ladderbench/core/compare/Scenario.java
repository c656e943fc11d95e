package com.ladderbench.core.compare;

import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import java.util.List;

/** A plan and configuration after overrides, with the overrides that made it. */
public record Scenario(Plan plan, RunConfig config, List<String> overrides) {

    public Scenario {
        overrides = List.copyOf(overrides);
    }
}
