package com.ladderbench.core.plan;

import com.ladderbench.model.Plan;
import com.ladderbench.model.Problem;
import java.util.List;

/**
 * A plan that passed validation, with the warnings found on the way (things that are ignored or
 * have no effect, in document order). Errors never get here: they are thrown.
 */
public record LoadedPlan(Plan plan, List<Problem> warnings) {

    public LoadedPlan {
        warnings = List.copyOf(warnings);
    }
}
