package com.ladderbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class XRangeTest {
    private final XRange limit = new XRange(0, 1000);

    @Test
    void zoomKeepsThePointUnderThePointerInPlace() {
        XRange z = new XRange(0, 1000).zoom(250, 0.5, limit);
        assertEquals(500, z.span(), 1e-9);
        assertEquals(0.25, (250 - z.min()) / z.span(), 1e-9);
    }

    @Test
    void panningStopsAtTheDataEdgesWithoutShrinking() {
        XRange p = new XRange(100, 300).pan(-500, limit);
        assertEquals(new XRange(0, 200), p);
        assertEquals(new XRange(800, 1000), new XRange(100, 300).pan(5000, limit));
    }

    @Test
    void zoomingOutNeverShowsMoreThanTheData() {
        assertEquals(limit, new XRange(400, 600).zoom(500, 100, limit));
        assertEquals(limit, XRange.around(500, 5000, limit));
    }

    @Test
    void anEmptyRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new XRange(5, 5));
    }

    @Test
    void timeTicksAreRoundUtcInstantsInsideTheRangeAndSpacedForTheirLabels() {
        long day = 86_400_000L;
        XRange sixMonths = new XRange(1_704_067_200_000L, 1_704_067_200_000L + 166 * day);
        List<TimeTicks.Tick> ticks = TimeTicks.ticks(sixMonths, 1200, 110);
        assertTrue(ticks.size() >= 3 && ticks.size() <= 11, "fits the axis: " + ticks);
        assertEquals("2024-01", ticks.get(0).label());
        for (TimeTicks.Tick t : ticks) assertTrue(t.time() >= sixMonths.min() && t.time() <= sixMonths.max());
        List<TimeTicks.Tick> hours = TimeTicks.ticks(new XRange(0, 12 * 3_600_000L), 1200, 110);
        assertEquals("01-01 00:00", hours.get(0).label());
    }
}
