package com.ladderbench.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Quantities are counted in whole lots ({@code long}); a quantity in units, {@code lots × lot_size},
 * is derived only for display, files and money arithmetic. A lot size is a whole number of units
 * (1, 10) or a unit divided by a whole number (0.5, 1e-8), so both derivations go through that
 * whole number and never through a noisy double product.
 */
public final class Lots {
    private Lots() {
    }

    /** The exact quantity {@code lots × lotSize} as a decimal, trailing zeros stripped. */
    public static BigDecimal qty(long lots, double lotSize) {
        return lots == 0 ? BigDecimal.ZERO : qty(BigDecimal.valueOf(lots), lotSize);
    }

    /** The exact quantity of a lot count beyond 64 bits (a sum of many fills). */
    public static BigDecimal qty(java.math.BigInteger lots, double lotSize) {
        return lots.signum() == 0 ? BigDecimal.ZERO : qty(new BigDecimal(lots), lotSize);
    }

    private static BigDecimal qty(BigDecimal l, double lotSize) {
        // a whole lot count at lot size 1 is its own quantity: what the general path below makes of it
        // (l x 1.0, zeros stripped, scale 0), without the division stripping the zeros does
        if (lotSize == 1.0 && l.scale() == 0) return l;
        long perUnit = lotsPerUnit(lotSize);
        int tens = perUnit > 0 ? powerOfTen(perUnit) : -1;
        BigDecimal q = tens >= 0 && l.precision() <= MathContext.DECIMAL128.getPrecision()
                // a decimal lot size (0.001, 1e-8): the division below is exact for such a count, and is
                // this shift of the decimal point, without a division (a run's thousands of trigger stats)
                ? l.scaleByPowerOfTen(-tens)
                : perUnit > 0
                // exact for decimal lot sizes (1/2^a·5^b); 34 digits otherwise, far below one lot
                ? l.divide(BigDecimal.valueOf(perUnit), MathContext.DECIMAL128)
                : l.multiply(BigDecimal.valueOf(lotSize));
        q = q.stripTrailingZeros();
        return q.scale() < 0 ? q.setScale(0) : q;
    }

    /**
     * The quantity as the nearest double, for money arithmetic (notional, fees, P&L). Correctly
     * rounded while the lot count fits a double exactly (below 2^53): 30000000 lots of 1e-8 is 0.3.
     */
    public static double toDouble(long lots, double lotSize) {
        long perUnit = lotsPerUnit(lotSize);
        return perUnit > 0 ? lots / (double) perUnit : lots * lotSize;
    }

    /** The d of a whole number 10^d (1 is 10^0), else -1. */
    static int powerOfTen(long n) {
        int d = 0;
        while (n % 10 == 0 && n != 0) {
            n /= 10;
            d++;
        }
        return n == 1 ? d : -1;
    }

    /** The whole number of lots per unit for a fractional lot size, else 0. */
    static long lotsPerUnit(double lotSize) {
        if (!(lotSize < 1) || !(lotSize > 0)) return 0;
        double inverse = 1.0 / lotSize;
        long whole = Math.round(inverse);
        return Math.abs(inverse - whole) <= 1e-9 * inverse ? whole : 0;
    }
}
