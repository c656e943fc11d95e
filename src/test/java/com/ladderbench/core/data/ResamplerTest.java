package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ResamplerTest {

    @Test
    void fourHourBarsTakeFirstOpenExtremesLastCloseSummedVolumeAndMeanSpread() {
        HigherTimeframe h4 = Resampler.resample(Bars.hourly(0, 1, 2, 3, 4, 5, 6, 7), Timeframe.H4);
        BarSeries s = h4.series();
        assertEquals(Timeframe.H4, s.timeframe());
        assertArrayEquals(new long[] {Bars.START, Bars.START + 4 * 3_600_000L}, s.time());
        assertArrayEquals(new double[] {100, 104}, s.open());
        assertArrayEquals(new double[] {113, 117}, s.high());
        assertArrayEquals(new double[] {90, 94}, s.low());
        assertArrayEquals(new double[] {104, 108}, s.close());
        assertArrayEquals(new double[] {1 + 2 + 3 + 4, 5 + 6 + 7 + 8}, s.volume());
        assertArrayEquals(new double[] {1.5, 5.5}, s.spreadBps());
        assertArrayEquals(new int[] {3, 7}, h4.completedAt(), "each bucket completes at the close of its last hour");
    }

    @Test
    void aTrailingPartialBucketIsLeftOut() {
        HigherTimeframe h4 = Resampler.resample(Bars.hourly(0, 1, 2, 3, 4, 5), Timeframe.H4);
        assertEquals(1, h4.series().size());
        assertArrayEquals(new int[] {3}, h4.completedAt());
    }

    @Test
    void aBucketEndingInAGapCompletesOnlyAtTheNextBar() {
        // hour 3 is missing: at hour 2's close the data cannot yet show that bucket 0 is over
        HigherTimeframe h4 = Resampler.resample(Bars.hourly(0, 1, 2, 4, 5, 6, 7), Timeframe.H4);
        assertArrayEquals(new int[] {3, 6}, h4.completedAt());
        assertEquals(103, h4.series().close()[0]);
        assertEquals(113 - 1, h4.series().high()[0]);
    }

    @Test
    void aBucketWithAGapAtItsStartStillCompletesAtItsLastBar() {
        HigherTimeframe h4 = Resampler.resample(Bars.hourly(1, 2, 3, 5, 7), Timeframe.H4);
        assertArrayEquals(new int[] {2, 4}, h4.completedAt());
        assertArrayEquals(new double[] {101, 105}, h4.series().open());
    }

    @Test
    void aTrailingBucketEndingInAGapIsLeftOut() {
        HigherTimeframe afterGap = Resampler.resample(Bars.hourly(0, 1, 2), Timeframe.H4);
        assertEquals(0, afterGap.series().size());
        assertEquals(0, afterGap.completedAt().length);
    }

    @Test
    void dailyBucketsStartAtUtcMidnight() {
        // 4h bars from 2023-12-31T20:00Z: that bar alone makes up the rest of Dec 31
        HigherTimeframe d1 = Resampler.resample(Bars.at(Timeframe.H4, -1, 0, 1, 2, 3, 4, 5), Timeframe.D1);
        assertArrayEquals(new long[] {Bars.START - 86_400_000L, Bars.START}, d1.series().time());
        assertArrayEquals(new int[] {0, 6}, d1.completedAt());
        assertArrayEquals(new double[] {0, 1 + 2 + 3 + 4 + 5 + 6}, d1.series().volume());
    }

    @Test
    void withoutSpreadDataTheResampledSeriesHasNone() {
        BarSeries b = Bars.hourly(0, 1, 2, 3);
        BarSeries noSpread = new BarSeries(b.symbol(), b.timeframe(), b.time(), b.open(), b.high(), b.low(), b.close(),
                b.volume(), null, "test");
        assertEquals(null, Resampler.resample(noSpread, Timeframe.H4).series().spreadBps());
    }

    @Test
    void resamplingToAFinerOrNonMultipleTimeframeIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Resampler.resample(Bars.hourly(0, 1), Timeframe.M30));
        assertThrows(IllegalArgumentException.class,
                () -> Resampler.resample(Bars.at(Timeframe.H4, 0, 1), Timeframe.H6));
    }

    @Property
    void noBucketIsKnownBeforeItsDataEndsNorLaterThanTheNextBar(
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 1, max = 7) Integer> steps) {
        List<Integer> offsets = new ArrayList<>();
        int at = 0;
        for (int step : steps) {
            offsets.add(at);
            at += step;
        }
        BarSeries base = Bars.hourly(offsets.stream().mapToInt(Integer::intValue).toArray());
        HigherTimeframe h4 = Resampler.resample(base, Timeframe.H4);
        long len = Timeframe.H4.millis();
        int[] done = h4.completedAt();
        int last = -1;
        for (int k = 0; k < done.length; k++) {
            long end = h4.series().time()[k] + len;
            while (last + 1 < base.size() && base.time()[last + 1] < end) last++;
            int expected = base.closeTime(last) >= end ? last : last + 1;
            assertEquals(expected, done[k], "bucket " + k);
            assertTrue(base.closeTime(done[k]) >= end, "no look-ahead");
            if (k > 0) assertTrue(done[k] >= done[k - 1], "completion order");
        }
        double volume = 0;
        for (double v : h4.series().volume()) volume += v;
        double expected = 0;
        for (int i = 0; i < base.size(); i++) {
            if (done.length > 0 && base.time()[i] < h4.series().time()[done.length - 1] + len) expected += base.volume()[i];
        }
        assertEquals(expected, volume, 1e-9, "every bar of a complete bucket is counted once");
    }
}
