package com.ladderbench.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixed-layout reader with its day cache gives what the general parser gives, or steps aside for it. */
class FixedIsoTest {
    private final TimestampParser.FixedIso iso = new TimestampParser.FixedIso();

    @Property(tries = 5000)
    void everyInstantReadsAsTheGeneralParserReadsItWhicheverDateCameBefore(
            @ForAll @LongRange(min = 0, max = 253_402_300_799L) long a, @ForAll @LongRange(min = 0, max = 253_402_300_799L) long b) {
        for (long sec : new long[] {a, b, a, a + 60, b}) {
            String s = Instant.ofEpochSecond(sec).toString();
            if (s.length() != 20) continue; // past 9999
            assertEquals(TimestampParser.parse(s), iso.parse(s), s);
            String noZone = s.substring(0, 19);
            assertEquals(TimestampParser.parse(noZone), iso.parse(noZone), noZone);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z",
        "2024-01-00T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T00:60:00Z", "2024-01-01T00:00:60Z",
        "2024-01-01 00:00:00Z", "2024-01-01T00:00:00+01:00", "2024-01-01T00:00:00.5Z", "2024-01-01T00:00Z",
        "2024-01-01t00:00:00z", "2024-01-01T00:00:00X", "2024-0a-01T00:00:00Z", "20240101T00:00:00Z", "1704067200000000"})
    void anythingButTheExactLayoutOrAnImpossibleDateIsLeftToTheGeneralParser(String s) {
        iso.parse("2024-01-01T00:00:00Z"); // a cached date does not make a bad one pass
        assertEquals(Long.MIN_VALUE, iso.parse(s));
    }

    @Property(tries = 200)
    void aLeapDayIsReadWhereItExists(@ForAll @LongRange(min = 1970, max = 9999) long year) {
        String s = year + "-02-29T12:00:00Z";
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        assertEquals(leap ? TimestampParser.parse(s) : Long.MIN_VALUE, iso.parse(s), s);
    }
}
