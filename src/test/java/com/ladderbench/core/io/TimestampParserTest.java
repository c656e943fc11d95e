package com.ladderbench.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {

    @Property
    void dayArithmeticAgreesWithJavaTime(@ForAll @IntRange(min = -300_000, max = 2_000_000) int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        assertEquals(epochDay, TimestampParser.daysFromCivil(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
    }

    @Property
    void isoDateTimesAgreeWithJavaTime(@ForAll @IntRange(min = 0, max = 2_000_000_000) int seconds,
            @ForAll @IntRange(min = -12, max = 14) int offsetHours, @ForAll @IntRange(min = 0, max = 999) int millis) {
        OffsetDateTime t = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, millis * 1_000_000L),
                ZoneOffset.ofHours(offsetHours));
        String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d.%03d%s", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), millis, t.getOffset().getId());
        assertEquals(seconds * 1000L + millis, TimestampParser.parse(text));
    }

    @Test
    void fractionsBeyondMillisecondsAreTruncated() {
        assertEquals(1_704_067_200_123L, TimestampParser.parse("2024-01-01T00:00:00.123999Z"));
        assertEquals(1_704_067_200_100L, TimestampParser.parse("2024-01-01T00:00:00.1Z"));
    }

    @Test
    void epochUnitsAreToldApartByMagnitude() {
        assertEquals(1_704_067_200_000L, TimestampParser.parse("1704067200"));
        assertEquals(1_704_067_200_000L, TimestampParser.parse("1704067200000"));
        assertEquals(1_704_067_200_000L, TimestampParser.parse("1704067200000000"));
        assertEquals(1_704_067_200_000L, TimestampParser.parse("1704067200000000000"));
        assertEquals(1_704_067_200_500L, TimestampParser.parse("1704067200.5"));
        assertEquals(1_704_067_200_000L, TimestampParser.parse("1704067200000.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024-13-01", "2024-02-30", "2023-02-29", "2024-01-01T24:00:00Z",
        "2024-01-01T10:60Z", "2024-01-01T10:00:00+25:00", "2024-01-01X10:00", "2024-1-1", "2024-01-01T10:00:00Zjunk",
        "1e400", "1.2.3"})
    void malformedTimestampsAreRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> TimestampParser.parse(text));
    }
}
