package com.ladderbench.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import java.util.List;

/** The O(1)-per-bar kernels equal the obvious O(n)-per-bar definitions on arbitrary inputs. */
class RollingKernelPropertiesTest {

    @Property(tries = 300)
    void rollingMaxAndMinEqualABruteForceScanOfTheWindow(
            @ForAll @Size(max = 300) List<@DoubleRange(min = -1e6, max = 1e6) Double> values,
            @ForAll @IntRange(min = 1, max = 400) int n) {
        double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] max = RollingExtreme.max(x, n);
        double[] min = RollingExtreme.min(x, n);
        for (int i = 0; i < x.length; i++) {
            if (i < n - 1) {
                assertTrue(Double.isNaN(max[i]) && Double.isNaN(min[i]));
                continue;
            }
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (int j = i - n + 1; j <= i; j++) {
                hi = Math.max(hi, x[j]);
                lo = Math.min(lo, x[j]);
            }
            assertEquals(hi, max[i], 0.0, "max @" + i);
            assertEquals(lo, min[i], 0.0, "min @" + i);
        }
    }

    @Property(tries = 200)
    void rollingSumAndDeviationEqualATwoPassComputationOfTheWindow(
            @ForAll @Size(max = 3000) List<@DoubleRange(min = 0.5, max = 2e5) Double> values,
            @ForAll @IntRange(min = 1, max = 1500) int n) {
        double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] sum = RollingWindow.sum(x, n);
        double[] sd = RollingWindow.populationStdDev(x, n);
        for (int i = n - 1; i < x.length; i++) {
            double s = 0.0;
            for (int j = i - n + 1; j <= i; j++) s += x[j];
            double mean = s / n;
            double squares = 0.0;
            for (int j = i - n + 1; j <= i; j++) squares += (x[j] - mean) * (x[j] - mean);
            double deviation = Math.sqrt(squares / n);
            assertEquals(s, sum[i], 1e-12 * s, "sum @" + i);
            // A deviation is only as precise as the values it comes from.
            assertEquals(deviation, sd[i], 1e-9 * Math.max(deviation, 1e-3 * mean), "stdev @" + i);
        }
    }
}
