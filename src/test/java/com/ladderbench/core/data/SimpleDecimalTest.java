package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number cell read from a plain file's bytes is the double its text gives, to the bit, wherever
 * the cell sits in the buffer (the eight-byte word read runs past the cell's end, or cannot, at the
 * buffer's end); what the hand-written reader does not take is NaN on both, for the general parser.
 */
class SimpleDecimalTest {

    /** Bits of the byte reading of {@code text} placed at {@code at} in a buffer with {@code after} bytes of {@code filler} behind it. */
    private static long bytesAt(String text, int at, int after, byte filler) {
        byte[] cell = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] buf = new byte[at + cell.length + after];
        java.util.Arrays.fill(buf, filler);
        System.arraycopy(cell, 0, buf, at, cell.length);
        return Double.doubleToRawLongBits(SimpleDecimal.parse(buf, at, at + cell.length));
    }

    private static long text(String s) {
        return Double.doubleToRawLongBits(SimpleDecimal.parse(s));
    }

    /** Every placement: mid-buffer with digits, dots or junk behind it, and flush with the buffer's end. */
    private static void sameEverywhere(String s) {
        long expected = text(s);
        for (byte filler : new byte[] {'7', '.', ',', '\n', 0, (byte) 0xFF}) {
            for (int after = 0; after <= 9; after++) {
                assertEquals(expected, bytesAt(s, 3, after, filler), () -> "'" + s + "' with bytes " + filler + " behind");
            }
        }
        assertEquals(expected, bytesAt(s, 0, 0, (byte) 0), s);
    }

    @Test
    void everyShortCellOverDigitsPointsSignsAndNeighbouringBytesReadsAsItsText() {
        // exhaustive to five characters: the ranges around '0'..'9' and '.', the sign, an exponent
        char[] alphabet = {'0', '1', '9', '.', '-', '/', ':', '+', 'e'};
        int total = 0;
        for (int len = 0; len <= 5; len++) {
            int[] idx = new int[len];
            while (true) {
                StringBuilder sb = new StringBuilder();
                for (int i : idx) sb.append(alphabet[i]);
                String s = sb.toString();
                long expected = text(s);
                assertEquals(expected, bytesAt(s, 2, 8, (byte) '5'), s);
                assertEquals(expected, bytesAt(s, 0, 0, (byte) 0), s);
                total++;
                int k = len - 1;
                while (k >= 0 && ++idx[k] == alphabet.length) idx[k--] = 0;
                if (k < 0) break;
            }
        }
        assertTrue(total > 60_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "-12345678", "99999999", "00000000", "1234567.8", "0.1234567", ".1234567",
        "1234567.", "123456789", "-123456789", "12345678.9", "0.00000001", "100.031", "99.8918", "1.32", "13.871",
        "0", "-0", "-0.0", "007", "1.", ".5", "-.5", "123456789012345678", "1234567890.12345678", "1234567890123456789",
        "9007199254740991", "9007199254740992", "900719925474099.1", "900719925474099.2", "1234567890123456789012"})
    void boundaryCellsReadAsTheirTextEverywhereInTheBuffer(String s) {
        sameEverywhere(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "-.", "1..2", "1.2.3", "..", "1e5", "1E5", "+1", "--1", "1-", "12/4", "9:",
        ":9", "1 2", "0x1p3", "NaN", "Infinity", "1,5", "１２", "12345678e", "1234567/", "/1234567", "1234567:", "12345.7.",
        "1234567890123456789", "9007199254740992", "12345678901234567890"})
    void whatTheHandReaderDoesNotTakeIsNaNOnBothPaths(String s) {
        assertTrue(Double.isNaN(SimpleDecimal.parse(s)), s);
        if (s.chars().allMatch(c -> c < 0x100)) sameEverywhere(s);
    }

    @Property(tries = 5000)
    void randomCellsOfAnyLengthReadAsTheirText(@ForAll @StringLength(max = 22) @Chars({'0', '1', '2', '3', '4', '5',
        '6', '7', '8', '9', '.', '-', '/', ':'}) String s, @ForAll @IntRange(min = 0, max = 12) int after) {
        long expected = text(s);
        assertEquals(expected, bytesAt(s, 1, after, (byte) '3'), s);
        assertEquals(expected, bytesAt(s, 1, after, (byte) '.'), s);
    }

    @Property(tries = 5000)
    void digitsWithAPointAnywhereReadAsDoubleParseDoubleReadsThem(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int a,
            @ForAll @IntRange(min = 0, max = 20) int point, @ForAll boolean negative) {
        String digits = Integer.toString(a);
        int at = Math.min(point, digits.length());
        String s = (negative ? "-" : "") + digits.substring(0, at) + (point > digits.length() ? "" : ".") + digits.substring(at);
        double bytes = Double.longBitsToDouble(bytesAt(s, 5, 3, (byte) '9'));
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(bytes), s);
    }

    @Test
    void randomBytesNeverReadDifferentlyFromTheirText() {
        Random r = new Random(14);
        byte[] buf = new byte[64];
        for (int i = 0; i < 200_000; i++) {
            r.nextBytes(buf);
            int len = r.nextInt(12);
            for (int k = 0; k < len; k++) {
                if (r.nextInt(4) > 0) buf[10 + k] = (byte) ('0' + r.nextInt(10));
            }
            String s = new String(buf, 10, len, StandardCharsets.ISO_8859_1);
            assertEquals(text(s), Double.doubleToRawLongBits(SimpleDecimal.parse(buf, 10, 10 + len)), s);
        }
    }
}
