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

    /** {@code text} as ASCII bytes at offset 3 of a buffer with bytes around it, read from there. */
    private static long fromBytes(TimestampParser.FixedIso reader, String text) {
        byte[] cell = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] buf = new byte[cell.length + 9];
        java.util.Arrays.fill(buf, (byte) '9');
        System.arraycopy(cell, 0, buf, 3, cell.length);
        return reader.parse(buf, 3, 3 + cell.length);
    }

    @Property(tries = 3000)
    void aCellReadFromBytesIsReadAsItsTextWhicheverDateCameBefore(
            @ForAll @LongRange(min = 0, max = 253_402_300_799L) long a, @ForAll @LongRange(min = 0, max = 86_400 * 3) long step) {
        TimestampParser.FixedIso bytes = new TimestampParser.FixedIso();
        for (long sec : new long[] {a, a + step, a + 2 * step, a}) {
            String s = Instant.ofEpochSecond(sec).toString();
            if (s.length() != 20) continue; // past 9999
            assertEquals(iso.parse(s), fromBytes(bytes, s), s);
            String noZone = s.substring(0, 19);
            assertEquals(iso.parse(noZone), fromBytes(bytes, noZone), noZone);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z",
        "2024-01-00T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T00:60:00Z", "2024-01-01T00:00:60Z",
        "2024-01-01 00:00:00Z", "2024-01-01T00:00:00+01:00", "2024-01-01T00:00:00.5Z", "2024-01-01T00:00Z",
        "2024-01-01t00:00:00z", "2024-01-01T00:00:00X", "2024-0a-01T00:00:00Z", "20240101T00:00:00Z", "1704067200000000",
        "2024-01-01T0:\u00e9:00Z", "2024-01-0\u00ff T00:00:00", "2024/01/01T00:00:00Z", "2024-01-01T00:00:0Z"})
    void fromBytesAnythingButTheExactLayoutIsLeftToTheGeneralParserToo(String s) {
        TimestampParser.FixedIso bytes = new TimestampParser.FixedIso();
        fromBytes(bytes, "2024-01-01T00:00:00Z"); // a remembered date does not make a bad one pass
        assertEquals(Long.MIN_VALUE, fromBytes(bytes, s), s);
        assertEquals(Long.MIN_VALUE, iso.parse(s), s);
    }

    @org.junit.jupiter.api.Test
    void textAndBytesShareTheRememberedDate() {
        String[] cells = {"2024-01-01T23:59:00Z", "2024-01-02T00:00:00Z", "2024-01-02T00:01:00", "2024-02-29T12:00:00Z",
            "2024-02-30T00:00:00Z", "2024-02-29T12:01:00Z"};
        TimestampParser.FixedIso mixed = new TimestampParser.FixedIso();
        for (int i = 0; i < cells.length; i++) {
            long expected = cells[i].startsWith("2024-02-30") ? Long.MIN_VALUE : TimestampParser.parse(cells[i]);
            assertEquals(expected, i % 2 == 0 ? mixed.parse(cells[i]) : fromBytes(mixed, cells[i]), cells[i]);
            assertEquals(expected, i % 2 == 0 ? fromBytes(mixed, cells[i]) : mixed.parse(cells[i]), cells[i]);
        }
    }
}
