package com.ladderbench.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void formatWritesWhatInstantWritesAtEveryBoundary() {
        long[] edges = {Long.MIN_VALUE / 1000, -86_400_001L, -1, 0, 1, 999, 1000, 59_999, 86_399_999, 86_400_000,
            951_782_400_000L /* 2000-02-29 */, 951_868_799_999L, 4_107_542_400_000L /* 2100-03-01 */,
            1_704_067_200_000L, 1_704_067_200_100L, 253_402_300_799_999L, 253_402_300_800_000L,
            Long.MAX_VALUE / 1000};
        for (long t : edges) assertEquals(Instant.ofEpochMilli(t).toString(), Timestamps.format(t), "at " + t);
    }

    @Test
    void formatWritesWhatInstantWritesForRandomInstantsAndRoundTrips() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int k = 0; k < 200_000; k++) {
            long t = rnd.nextLong(-5_000_000_000_000L, 300_000_000_000_000L);
            if (k % 2 == 0) t -= Math.floorMod(t, 60_000L); // whole minutes, as bars are
            String s = Timestamps.format(t);
            assertEquals(Instant.ofEpochMilli(t).toString(), s, "at " + t);
            assertEquals(t, Timestamps.parse(s));
        }
    }
}
