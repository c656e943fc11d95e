package com.ladderbench.core.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Renders a double as the shortest plain decimal that parses back to the same double:
 * {@code 42000}, {@code 0.1}, {@code 1.5E-7} becomes {@code 0.00000015}. No exponent, no trailing
 * {@code .0}, so files diff cleanly and read the same in any tool.
 */
final class ShortestDecimal {
    private ShortestDecimal() {
    }

    static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) throw new IllegalArgumentException("not finite: " + v);
        if (v == 0) return "0"; // also -0.0
        String s = Double.toString(v);
        int exp = s.indexOf('E');
        if (exp < 0 && significantDigits(s) < 16) {
            // the common case, no BigDecimal: Double.toString is shortest when it is this short
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
        BigDecimal best = new BigDecimal(s);
        // Java 17's Double.toString may print a digit more than needed (JDK-4511638, fixed in 19)
        for (int p = best.precision() - 1; p >= 1; p--) {
            BigDecimal shorter = best.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() != v) break;
            best = shorter;
        }
        return best.stripTrailingZeros().toPlainString();
    }

    private static int significantDigits(String s) {
        int n = 0;
        boolean leading = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') continue;
            if (leading && c == '0') continue;
            leading = false;
            n++;
        }
        return n;
    }
}
