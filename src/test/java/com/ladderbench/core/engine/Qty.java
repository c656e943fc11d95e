package com.ladderbench.core.engine;

import com.ladderbench.model.Fill;
import com.ladderbench.model.TradeLeg;

/**
 * The one place where rule tests read quantities off fills and legs, in units (the model keeps
 * whole lots; this is their nearest double).
 */
public final class Qty {
    private Qty() {
    }

    public static double of(Fill f) {
        return f.qtyAsDouble();
    }

    public static double of(TradeLeg leg) {
        return leg.qtyAsDouble();
    }

    /** The signed position after the leg, in units (negative = short). */
    public static double after(TradeLeg leg) {
        return leg.positionAfterAsDouble();
    }
}
