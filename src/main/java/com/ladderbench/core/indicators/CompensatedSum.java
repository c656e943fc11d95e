package com.ladderbench.core.indicators;

/**
 * A running sum with Neumaier compensation: adding and removing millions of values keeps the
 * error near one rounding of the true sum instead of growing with the number of updates.
 */
final class CompensatedSum {
    private double sum;
    private double compensation;

    void add(double x) {
        double t = sum + x;
        // Neumaier: recover the low-order bits lost by whichever operand is smaller.
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    void reset() {
        sum = 0.0;
        compensation = 0.0;
    }

    double value() {
        return sum + compensation;
    }
}
