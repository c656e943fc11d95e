package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The engine reads a symbol's time column for stale-data checks only from its first irregular
 * bar on: {@link TriggerEngine#firstGap} finds that bar, and every bar before it misses none.
 */
class FirstGapTest {
    private static final long H = 3_600_000L;

    @Test
    void aSeriesWithoutGapsHasItsFirstGapPastItsLastBar() {
        assertEquals(4, TriggerEngine.firstGap(new long[] {0, H, 2 * H, 3 * H}, H));
        assertEquals(1, TriggerEngine.firstGap(new long[] {5 * H}, H), "one bar: nothing follows it");
        assertEquals(0, TriggerEngine.firstGap(new long[0], H));
    }

    @Test
    void theFirstGapIsTheFirstBarNotOneBarLengthAfterItsPredecessor() {
        assertEquals(1, TriggerEngine.firstGap(new long[] {0, 2 * H, 3 * H}, H), "at the second bar");
        assertEquals(3, TriggerEngine.firstGap(new long[] {0, H, 2 * H, 4 * H}, H), "at the last bar");
        assertEquals(2, TriggerEngine.firstGap(new long[] {0, H, 3 * H, 5 * H}, H), "the first of two");
    }

    @Test
    void aRepeatedOrEarlierTimeCountsAsAGap() {
        assertEquals(2, TriggerEngine.firstGap(new long[] {0, H, H, 2 * H}, H), "a repeated time");
        assertEquals(2, TriggerEngine.firstGap(new long[] {0, H, 0, H}, H), "a step back");
        assertEquals(1, TriggerEngine.firstGap(new long[] {0, H / 2, H}, H), "less than a bar apart");
    }
}
