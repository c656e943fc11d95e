package com.ladderbench.core.plan;

import java.math.BigDecimal;

/** Renders numbers in messages the way a user would have written them (4, not 4.0). */
final class Numbers {
    private Numbers() {
    }

    static String format(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        double abs = Math.abs(v);
        if (v == 0 || (abs >= 1e-6 && abs < 1e15)) {
            return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        // 1e-12, 1e+308: how a user writes such numbers, not Java's 1.0E-12
        return BigDecimal.valueOf(v).stripTrailingZeros().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
