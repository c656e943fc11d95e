package com.ladderbench.core.explain;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in traces as the outputs print them (SPEC §7): 12 significant digits, no exponent, no -0. */
final class TraceNumbers {
    private static final MathContext DIGITS = new MathContext(12);

    private TraceNumbers() {
    }

    /** The decimal a trace shows; null for NaN or infinity (none). */
    static BigDecimal decimal(double v) {
        if (!Double.isFinite(v)) return null;
        BigDecimal d = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }

    static String text(double v) {
        BigDecimal d = decimal(v);
        return d == null ? "none" : d.toPlainString();
    }
}
