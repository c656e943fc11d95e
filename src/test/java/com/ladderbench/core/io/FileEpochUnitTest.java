package com.ladderbench.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SPEC §2.2: a file's epoch unit is decided once, by its first epoch value, never row by row. */
class FileEpochUnitTest {

    @Test
    void aSecondsSizedValueInAMillisecondFileIsAnErrorNotTheYear2052() {
        FileEpochUnit unit = new FileEpochUnit();
        assertEquals(1_704_067_200_000L, unit.parse("1704067200000", 2));
        // 2.6e9 read on its own would be seconds (2052); in this file it can only be a mistake
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> unit.parse("2600000000", 3));
        assertTrue(e.getMessage().contains("looks like epoch s"), e.getMessage());
    }

    @Test
    void aFileStartingInMillisecondsRefusesALaterValueInNanosecondsNamingTheFirstLine() {
        FileEpochUnit unit = new FileEpochUnit();
        assertEquals(1_704_067_200_000L, unit.parse("1704067200000", 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> unit.parse("1704067200000000000", 5));
        assertTrue(e.getMessage().contains("this file's timestamps are epoch"), e.getMessage());
        assertTrue(e.getMessage().contains("from line 2"), e.getMessage());
    }

    @Test
    void aSecondsFileReadsEveryRowAsSeconds() {
        FileEpochUnit unit = new FileEpochUnit();
        assertEquals(1_704_067_200_000L, unit.parse("1704067200", 2));
        assertEquals(1_704_067_260_000L, unit.parse("1704067260", 3));
        assertThrows(IllegalArgumentException.class, () -> unit.parse("1704067320000", 4));
    }

    @Test
    void isoCellsNeedNoUnit() {
        assertEquals(1_704_067_200_000L, new FileEpochUnit().parse("2024-01-01T00:00:00Z", 2));
    }
}
