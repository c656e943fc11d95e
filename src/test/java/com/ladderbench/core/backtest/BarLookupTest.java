package com.ladderbench.core.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A timestamp's bar is the first bar at or after it, as Arrays.binarySearch's index or insertion point gives it. */
class BarLookupTest {
    private static final long[] TIME = {100, 160, 220, 400, 460};

    @Test
    void aBarsOwnTimestampIsThatBar() {
        BarLookup at = new BarLookup(TIME);
        for (int i = 0; i < TIME.length; i++) assertEquals(i, at.applyAsInt(TIME[i]));
    }

    @Test
    void aTimestampBetweenBarsIsTheNextBarAndPastTheLastIsTheBarCount() {
        BarLookup at = new BarLookup(TIME);
        assertEquals(0, at.applyAsInt(99));
        assertEquals(1, at.applyAsInt(101));
        assertEquals(3, at.applyAsInt(221));
        assertEquals(3, at.applyAsInt(399));
        assertEquals(4, at.applyAsInt(401));
        assertEquals(5, at.applyAsInt(461));
        assertEquals(5, at.applyAsInt(Long.MAX_VALUE));
    }

    @Test
    void anEarlierTimestampAfterALaterOneIsFoundAsIfAskedFirst() {
        BarLookup at = new BarLookup(TIME);
        assertEquals(4, at.applyAsInt(460));
        assertEquals(4, at.applyAsInt(460));
        assertEquals(3, at.applyAsInt(400));
        assertEquals(0, at.applyAsInt(100));
        assertEquals(2, at.applyAsInt(161));
        assertEquals(0, at.applyAsInt(Long.MIN_VALUE));
    }

    @Test
    void anEmptySeriesHasBarZeroForEveryTimestamp() {
        BarLookup at = new BarLookup(new long[0]);
        assertEquals(0, at.applyAsInt(5));
        assertEquals(0, at.applyAsInt(-5));
    }

    @Test
    void anyOrderOfTimestampsGivesWhatABinarySearchGives() {
        Random random = new Random(7);
        long[] time = new long[2000];
        long t = 0;
        for (int i = 0; i < time.length; i++) time[i] = t += 1 + random.nextInt(90);
        BarLookup at = new BarLookup(time);
        for (int k = 0; k < 20_000; k++) {
            // mostly rising with gaps of every size, sometimes going back
            long ts = k % 7 == 0 ? random.nextLong() % (t + 200) : time[Math.min(time.length - 1, k / 10)] + random.nextInt(3) - 1;
            int expected = Arrays.binarySearch(time, ts);
            assertEquals(expected >= 0 ? expected : -expected - 1, at.applyAsInt(ts), "timestamp " + ts);
        }
    }
}
