package com.ladderbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markers are reduced per pixel column like the curves once they no longer fit one by one. */
class MarkerColumnsTest {
    private static Marker at(long t, double v, LegKind k) {
        return new Marker(t, v, true, 8, k.color(), k.shape(), k.label());
    }

    @Test
    void markersAreDrawnOneByOneWhileEachHasItsTwelvePixelsAndAggregatedBeyond() {
        assertFalse(MarkerColumns.crowded(100, 1200));
        assertTrue(MarkerColumns.crowded(101, 1200));
    }

    @Test
    void eachPixelColumnKeepsOneMarkPerKindSpanningItsValues() {
        List<Marker> markers = new ArrayList<>();
        // 10,000 legs over 1,000 ms on 100 px: 100 legs per column, two kinds alternating
        for (int i = 0; i < 10_000; i++) {
            markers.add(at(i / 10, 100 + (i % 7), i % 2 == 0 ? LegKind.ENTRY : LegKind.TRIM));
        }
        List<MarkerColumns.Column> cols = MarkerColumns.aggregate(markers, new XRange(0, 1000), 100);
        assertEquals(200, cols.size(), "one mark per column and kind");
        int total = 0;
        for (MarkerColumns.Column c : cols) {
            total += c.count();
            assertTrue(c.column() >= 0 && c.column() < 100, "inside the plot: " + c.column());
            assertEquals(100, c.min(), 0.0);
            assertEquals(106, c.max(), 0.0);
        }
        assertEquals(10_000, total, "every leg is counted once");
    }

    @Test
    void markersOutsideTheRangeAreLeftOutAndTheLastInstantFallsInTheLastColumn() {
        List<Marker> markers = List.of(at(-1, 1, LegKind.EXIT), at(0, 2, LegKind.EXIT), at(1000, 3, LegKind.EXIT),
                at(1001, 4, LegKind.EXIT));
        List<MarkerColumns.Column> cols = MarkerColumns.aggregate(markers, new XRange(0, 1000), 100);
        assertEquals(2, cols.size());
        assertEquals(0, cols.get(0).column());
        assertEquals(99, cols.get(1).column());
        assertEquals(3, cols.get(1).max(), 0.0);
    }
}
