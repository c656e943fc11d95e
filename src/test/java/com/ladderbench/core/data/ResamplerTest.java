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

    /**
     * Buckets are found by comparing each bar with its bucket's interval rather than dividing every
     * bar's time: the result is the one bar-by-bar {@link Timeframe#barStart} gives, bit for bit,
     * for any series (gaps, bars out of order, unknown spreads, weeks with their Monday origin).
     */
    @Property(tries = 300)
    void bucketsAreWhatBarStartGivesBarByBar(@ForAll @Size(min = 1, max = 120) List<@IntRange(min = -3, max = 500) Integer> steps,
            @ForAll boolean withSpread) {
        long[] time = new long[steps.size()];
        double[] price = new double[steps.size()];
        double[] volume = new double[steps.size()];
        double[] spread = new double[steps.size()];
        long t = Bars.START - 3 * 86_400_000L;
        for (int i = 0; i < time.length; i++) {
            t += steps.get(i) * 60_000L * 7; // 7-minute steps cross every bucket edge; a few go back in time
            time[i] = t;
            price[i] = 100 + (i * 37 % 11) - 0.1 * i;
            volume[i] = (i % 5) * 0.1;
            spread[i] = i % 3 == 0 ? Double.NaN : 0.3 * i;
        }
        BarSeries base = new BarSeries("X", Timeframe.M1, time, price, price.clone(), price.clone(), price.clone(), volume,
                withSpread ? spread : null, "test");
        for (Timeframe target : new Timeframe[] {Timeframe.M5, Timeframe.H1, Timeframe.H4, Timeframe.D1, Timeframe.W1}) {
            assertEquals(barByBar(base, target), describe(Resampler.resample(base, target)), target.label());
        }
    }

    /** The resampling rule spelled out one bar at a time: a bar whose barStart differs from the previous bar's opens a bucket. */
    private static String barByBar(BarSeries b, Timeframe target) {
        List<long[]> bounds = new ArrayList<>(); // {start, first, end}
        for (int i = 0; i < b.size(); i++) {
            long start = target.barStart(b.time()[i]);
            if (i == 0 || start != target.barStart(b.time()[i - 1])) bounds.add(new long[] {start, i, i + 1});
            else bounds.get(bounds.size() - 1)[2] = i + 1;
        }
        StringBuilder sb = new StringBuilder();
        long len = target.millis();
        for (int k = 0; k < bounds.size(); k++) {
            long start = bounds.get(k)[0];
            int first = (int) bounds.get(k)[1];
            int end = (int) bounds.get(k)[2];
            int at;
            if (b.closeTime(end - 1) >= start + len) at = end - 1;
            else if (end < b.size()) at = end;
            else break; // a trailing partial bucket
            double high = b.high()[first];
            double low = b.low()[first];
            double volume = 0;
            double spreadSum = 0;
            int spreads = 0;
            for (int i = first; i < end; i++) {
                high = Math.max(high, b.high()[i]);
                low = Math.min(low, b.low()[i]);
                volume += b.volume()[i];
                if (b.hasSpread() && !Double.isNaN(b.spreadBps()[i])) {
                    spreadSum += b.spreadBps()[i];
                    spreads++;
                }
            }
            String spread = !b.hasSpread() ? "-" : String.valueOf(spreads == 0 ? Double.NaN : spreadSum / spreads);
            sb.append(start).append(' ').append(b.open()[first]).append(' ').append(high).append(' ').append(low).append(' ')
                    .append(b.close()[end - 1]).append(' ').append(volume).append(' ').append(spread).append(" @").append(at).append('\n');
        }
        return sb.toString();
    }

    private static String describe(HigherTimeframe h) {
        BarSeries s = h.series();
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.size(); k++) {
            sb.append(s.time()[k]).append(' ').append(s.open()[k]).append(' ').append(s.high()[k]).append(' ').append(s.low()[k])
                    .append(' ').append(s.close()[k]).append(' ').append(s.volume()[k]).append(' ')
                    .append(s.hasSpread() ? String.valueOf(s.spreadBps()[k]) : "-").append(" @").append(h.completedAt()[k]).append('\n');
        }
        return sb.toString();
    }
}
