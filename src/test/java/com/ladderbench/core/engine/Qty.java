package com.ladderbench.core.engine;

import com.ladderbench.model.Fill;
import com.ladderbench.model.TradeLeg;

/**
 * The one place where rule tests read quantities off fills and legs, in units. When quantities
 * become whole lots in the model, only this class changes.
 */
public final class Qty {
    private Qty() {
    }

    public static double of(Fill f) {
        return f.qty();
    }

    public static double of(TradeLeg leg) {
        return leg.qty();
    }

    /** The signed position after the leg, in units (negative = short). */
    public static double after(TradeLeg leg) {
        return leg.positionAfter();
    }
}
