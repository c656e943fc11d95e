package com.ladderbench.core.plan;

/** The allowed interval of a numeric field, and how to say it in a message. */
record NumberRange(double min, boolean minInclusive, double max, boolean maxInclusive) {

    static final NumberRange NON_NEGATIVE = new NumberRange(0, true, Double.POSITIVE_INFINITY, false);
    static final NumberRange POSITIVE = new NumberRange(0, false, Double.POSITIVE_INFINITY, false);
    /** 0 < f <= 1: a fraction of something that must not be empty. */
    static final NumberRange FRACTION = new NumberRange(0, false, 1, true);

    boolean contains(double v) {
        boolean aboveMin = minInclusive ? v >= min : v > min;
        boolean belowMax = Double.isInfinite(max) || (maxInclusive ? v <= max : v < max);
        return aboveMin && belowMax;
    }

    /** {@code > 0 and <= 1}. */
    String describe() {
        String lower = (minInclusive ? ">= " : "> ") + Numbers.format(min);
        if (Double.isInfinite(max)) return lower;
        return lower + " and " + (maxInclusive ? "<= " : "< ") + Numbers.format(max);
    }
}
