package com.ladderbench.core.ledger;

import com.ladderbench.model.Lots;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalLong;

/**
 * The quantity grid. Positions are counted in whole lots ({@code long}) so that "flat" is exactly
 * zero, however many partial exits a position went through; doubles only appear at the edges.
 *
 * <p>A lot size is either a whole number of units (10, 1) or a whole fraction of one (0.5, 1e-8).
 * For fractions the conversion divides by the whole number of lots per unit, which makes
 * {@link #toQty} the correctly rounded decimal: 30000000 lots of 1e-8 is exactly the double 0.3.
 */
public final class LotSize {
    /** Tolerance for binary noise, relative to the number of lots: far below one lot in practice. */
    private static final double RELATIVE_NOISE = 1e-12;
    private static final double ABSOLUTE_NOISE = 1e-9;
    private static final double WHOLE_TOLERANCE = 1e-9;

    private final double lotSize;
    /** Lots per unit when the lot is a fraction of a unit, else 0. */
    private final long lotsPerUnit;
    /** Units per lot when the lot is a whole number of units, else 0. */
    private final long unitsPerLot;

    public LotSize(double lotSize) {
        if (!(lotSize > 0) || Double.isInfinite(lotSize)) {
            throw new IllegalArgumentException("lot size must be a positive number, got " + lotSize);
        }
        this.lotSize = lotSize;
        if (lotSize >= 1) {
            long units = Math.round(lotSize);
            if (!nearlyWhole(lotSize, units)) {
                throw new IllegalArgumentException("lot size " + lotSize
                        + " must be a whole number, or a unit divided by a whole number (0.5, 0.01, 1e-8)");
            }
            this.unitsPerLot = units;
            this.lotsPerUnit = 0;
        } else {
            double inverse = 1.0 / lotSize;
            long lots = Math.round(inverse);
            if (!nearlyWhole(inverse, lots)) {
                throw new IllegalArgumentException("lot size " + lotSize
                        + " must be a whole number, or a unit divided by a whole number (0.5, 0.01, 1e-8)");
            }
            this.lotsPerUnit = lots;
            this.unitsPerLot = 0;
        }
    }

    private static boolean nearlyWhole(double x, long whole) {
        return Math.abs(x - whole) <= WHOLE_TOLERANCE * Math.max(1.0, Math.abs(x));
    }

    public double lotSize() {
        return lotSize;
    }

    /** Rounds down to whole lots (sizing, partial exits); a value a hair below a whole lot counts as that lot. */
    public long toLotsFloor(double qty) {
        double lots = rawLots(qty);
        long nearest = Math.round(lots);
        // Math.round clamps at Long.MAX_VALUE: 2^63 lots and a little more would pass for noise around it
        if (isNoise(lots, nearest) && Math.abs(lots) < Long.MAX_VALUE) return nearest;
        return checkedLong(Math.floor(lots), qty);
    }

    public long toLotsNearest(double qty) {
        return checkedLong(Math.rint(rawLots(qty)), qty);
    }

    /** Empty when {@code qty} is not a whole number of lots, e.g. an imported fill off the grid. */
    public OptionalLong toLotsExact(double qty) {
        double lots = rawLots(qty);
        long nearest = Math.round(lots);
        if (isNoise(lots, nearest) && Math.abs(lots) < Long.MAX_VALUE) return OptionalLong.of(nearest);
        return OptionalLong.empty();
    }

    /** The nearest double to {@code lots × lot size}: for money arithmetic only, never for counting. */
    public double toQty(long lots) {
        return lotsPerUnit > 0 ? lots / (double) lotsPerUnit : lots * (double) unitsPerLot;
    }

    /** The exact quantity {@code lots × lot size}: for display and files. */
    public BigDecimal toExactQty(long lots) {
        return Lots.qty(lots, lotSize);
    }

    /**
     * The whole number of lots an exact decimal quantity is (a fills file's text, a written run's
     * qty); empty when it is off the grid or beyond a 64-bit lot count.
     */
    public OptionalLong toLotsExact(BigDecimal qty) {
        BigDecimal lots = lotsPerUnit > 0 ? qty.multiply(BigDecimal.valueOf(lotsPerUnit))
                : qty.divide(BigDecimal.valueOf(unitsPerLot), MathContext.DECIMAL128);
        try {
            return OptionalLong.of(lots.stripTrailingZeros().longValueExact());
        } catch (ArithmeticException offGridOrTooLarge) {
            return OptionalLong.empty();
        }
    }

    private double rawLots(double qty) {
        if (!Double.isFinite(qty)) throw new IllegalArgumentException("quantity must be finite, got " + qty);
        return lotsPerUnit > 0 ? qty * lotsPerUnit : qty / unitsPerLot;
    }

    private static boolean isNoise(double lots, long nearest) {
        return Math.abs(lots - nearest) <= Math.max(ABSOLUTE_NOISE, RELATIVE_NOISE * Math.abs(lots));
    }

    private static long checkedLong(double wholeLots, double qty) {
        if (Math.abs(wholeLots) >= Long.MAX_VALUE) {
            throw new IllegalArgumentException("quantity " + qty + " is too large for the lot size");
        }
        return (long) wholeLots;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LotSize other && other.lotsPerUnit == lotsPerUnit && other.unitsPerLot == unitsPerLot;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(lotsPerUnit) * 31 + Long.hashCode(unitsPerLot);
    }

    @Override
    public String toString() {
        return "LotSize[" + lotSize + "]";
    }
}
