package com.ladderbench.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Report axes tick at round values in 1-2-5 steps and at whole days or months. */
class AxisTicksTest {
    @Test
    void anEquityRangeTicksInRoundThousandsLabelledWithoutDecimals() {
        AxisTicks.Scale s = AxisTicks.scale(98_310, 106_240, 4);
        assertEquals(2_000, s.step());
        List<String> labels = s.values().stream().map(v -> AxisTicks.label(v, s.step())).toList();
        assertEquals(List.of("98k", "100k", "102k", "104k", "106k", "108k"), labels);
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, AxisTicks.niceStep(1));
        assertEquals(2, AxisTicks.niceStep(1.01));
        assertEquals(2, AxisTicks.niceStep(2));
        assertEquals(5, AxisTicks.niceStep(2.01));
        assertEquals(10, AxisTicks.niceStep(5.01));
        assertEquals(0.05, AxisTicks.niceStep(0.03), 1e-15);
    }

    @Test
    void theScaleCoversTheDataAndEndsOnTicks() {
        AxisTicks.Scale s = AxisTicks.scale(-7.3, 0, 4);
        assertEquals(-8, s.lo(), 1e-12);
        assertEquals(0, s.hi(), 1e-12);
        assertEquals(List.of("-8", "-6", "-4", "-2", "0"), s.values().stream().map(v -> AxisTicks.label(v, s.step())).toList());
    }

    @Test
    void fractionalStepsGetJustEnoughDecimalsToStayDistinct() {
        assertEquals("0.25", AxisTicks.label(0.25, 0.05));
        assertEquals("100.5k", AxisTicks.label(100_500, 500));
        assertEquals("1.25M", AxisTicks.label(1_250_000, 50_000));
    }

    @Test
    void aHalfYearOfHourlyBarsTicksOnTheFirstOfEachMonth() {
        long t0 = Instant.parse("2024-01-10T05:00:00Z").toEpochMilli();
        long t1 = Instant.parse("2024-06-20T00:00:00Z").toEpochMilli();
        List<AxisTicks.TimeTick> ticks = AxisTicks.times(t0, t1, (t1 - t0) / 900.0 * 110);
        assertEquals(List.of("2024-02", "2024-03", "2024-04", "2024-05", "2024-06"),
                ticks.stream().map(AxisTicks.TimeTick::label).toList());
        assertTrue(ticks.stream().allMatch(t -> Instant.ofEpochMilli(t.time()).toString().endsWith("-01T00:00:00Z")));
    }

    @Test
    void aFewDaysTickAtUtcMidnight() {
        long t0 = Instant.parse("2024-01-01T03:00:00Z").toEpochMilli();
        long t1 = Instant.parse("2024-01-05T00:00:00Z").toEpochMilli();
        List<AxisTicks.TimeTick> ticks = AxisTicks.times(t0, t1, 86_400_000.0);
        assertEquals(List.of("2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"),
                ticks.stream().map(AxisTicks.TimeTick::label).toList());
    }
}
