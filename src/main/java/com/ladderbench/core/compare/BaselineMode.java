package com.ladderbench.core.compare;

import com.ladderbench.model.Category;
import com.ladderbench.model.Plan;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The all-or-nothing system the ladder is measured against (SPEC §6): every risk_reduce and
 * risk_off trigger flattens the whole position.
 */
public enum BaselineMode {
    /** The old binary system: de-risk signals become emergency exits. */
    EMERGENCY("emergency", Category.EMERGENCY_EXIT),
    /** De-risk signals become normal full exits (negotiable, overridable). */
    FLATTEN("flatten", Category.OTHER);

    private final String wire;
    private final Category becomes;

    BaselineMode(String wire, Category becomes) {
        this.wire = wire;
        this.becomes = becomes;
    }

    public String wire() { return wire; }

    public Plan apply(Plan plan) {
        List<Trigger> out = new ArrayList<>(plan.triggers().size());
        for (Trigger t : plan.triggers()) {
            boolean ladder = t.category() == Category.RISK_REDUCE || t.category() == Category.RISK_OFF;
            out.add(ladder ? t.withCategory(becomes).withExitFraction(null) : t);
        }
        return plan.withTriggers(out);
    }

    public static Optional<BaselineMode> fromWire(String s) {
        for (BaselineMode m : values()) {
            if (m.wire.equals(s)) return Optional.of(m);
        }
        return Optional.empty();
    }

    @Override
    public String toString() { return wire; }
}
