package com.ladderbench.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.io.TimestampParser.EpochUnit;
import org.junit.jupiter.api.Test;

/** The pieces a file reader uses to decide its one epoch unit (SPEC §2.2). */
class EpochUnitTest {
    private static final long HOUR = 3_600_000L;

    @Test
    void magnitudeBoundariesAreTheOldPerRowOnes() {
        assertEquals(EpochUnit.SECONDS, EpochUnit.byMagnitude(99_999_999_999d));
        assertEquals(EpochUnit.MILLISECONDS, EpochUnit.byMagnitude(100_000_000_000d));
        assertEquals(EpochUnit.MILLISECONDS, EpochUnit.byMagnitude(99_999_999_999_999d));
        assertEquals(EpochUnit.MICROSECONDS, EpochUnit.byMagnitude(1e14));
        assertEquals(EpochUnit.NANOSECONDS, EpochUnit.byMagnitude(1e17));
    }

    @Test
    void theSpacingOfTwoRowsTellsSecondsFromMillisecondsForSmallValues() {
        assertEquals(EpochUnit.SECONDS, EpochUnit.fromSpacing(3600, HOUR));
        assertEquals(EpochUnit.MILLISECONDS, EpochUnit.fromSpacing(HOUR, HOUR));
        assertEquals(EpochUnit.SECONDS, EpochUnit.fromSpacing(36_000, HOUR), "a 10-bar gap in seconds is still seconds");
        assertEquals(EpochUnit.MILLISECONDS, EpochUnit.fromSpacing(60_000, 60_000), "1m bars in milliseconds");
    }

    @Test
    void aValueFitsItsFilesUnitOrIsMillisecondsBefore1973InAFileThatStartedThere() {
        assertTrue(EpochUnit.SECONDS.fits(1.7e9, 1.7e9));
        assertFalse(EpochUnit.SECONDS.fits(1.7e12, 1.7e9));
        assertFalse(EpochUnit.MILLISECONDS.fits(1.7e9, 1.7e12));
        assertTrue(EpochUnit.MILLISECONDS.fits(5e10, 0), "1971 in ms, in a file from 1970");
        assertTrue(EpochUnit.MILLISECONDS.fits(2e11, 0), "and past 1973 in the same file");
        assertFalse(EpochUnit.MILLISECONDS.fits(2e14, 0), "microseconds are another unit");
    }

    @Test
    void parsingInAGivenUnitNeverLooksAtTheValuesSize() {
        assertEquals(HOUR, TimestampParser.parse("3600000", EpochUnit.MILLISECONDS));
        assertEquals(HOUR, TimestampParser.parse("3600", EpochUnit.SECONDS));
        assertEquals(HOUR, TimestampParser.parse("3600000000", EpochUnit.MICROSECONDS));
        assertEquals(1_704_067_200_500L, TimestampParser.parse("1704067200.5", EpochUnit.SECONDS));
        assertEquals(1_704_067_200_000L, TimestampParser.parse("2024-01-01T00:00:00Z", EpochUnit.MILLISECONDS));
        assertThrows(IllegalArgumentException.class, () -> TimestampParser.parse("9999999999999999", EpochUnit.SECONDS));
    }

    @Test
    void epochValueReadsWholeNumbersExactlyAndTheRestAsDecimals() {
        assertEquals(-3600.0, TimestampParser.epochValue("-3600"));
        assertEquals(999_999_999_999_999_999d, TimestampParser.epochValue("999999999999999999"));
        assertEquals(1e19, TimestampParser.epochValue("10000000000000000000"));
        assertEquals(1704067200.5, TimestampParser.epochValue("1704067200.5"));
        assertThrows(IllegalArgumentException.class, () -> TimestampParser.epochValue("12abc"));
    }
}
