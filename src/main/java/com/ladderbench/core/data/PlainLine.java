package com.ladderbench.core.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The line a {@link PlainCsvScanner} has just cut, as byte ranges of its read buffer rather than
 * Strings: a reader takes the common row's numbers and timestamps straight from these bytes, and
 * only a row that needs a message (or a reader with no byte path) turns its cells into text. The
 * ranges are kept relative to the line's start, so they survive the scanner moving a half-read
 * line to the front of its buffer. Valid until the scanner reads on.
 */
final class PlainLine {
    private byte[] bytes;
    private int base;
    /** Cell k is {@code [edges[k], edges[k + 1] - 1)} from the line's start: each cell ends one before the next begins. */
    private int[] edges = new int[17];
    private int count;

    /** Starts a new line (its first cell starts at its first byte). */
    void clear() {
        count = 0;
    }

    /** The current cell ends at {@code end} bytes from the line's start (at its comma or line break). */
    void endCell(int end) {
        if (count + 1 == edges.length) edges = Arrays.copyOf(edges, edges.length * 2);
        edges[++count] = end + 1;
    }

    /** The finished line starts at {@code bytes[base]}. */
    void locate(byte[] bytes, int base) {
        this.bytes = bytes;
        this.base = base;
    }

    int count() { return count; }

    byte[] bytes() { return bytes; }

    /** Where cell k starts in {@link #bytes()}. */
    int from(int k) { return base + edges[k]; }

    /** One past where cell k ends in {@link #bytes()}. */
    int to(int k) { return base + edges[k + 1] - 1; }

    boolean isEmpty(int k) { return edges[k + 1] - 1 == edges[k]; }

    /** Cell k as text (plain cells are ASCII). */
    String text(int k) {
        return new String(bytes, from(k), to(k) - from(k), StandardCharsets.ISO_8859_1);
    }

    /** Every cell as text, in {@code into} when it is long enough (else in a new array). */
    String[] texts(String[] into) {
        String[] cells = into.length >= count ? into : new String[Math.max(count, into.length * 2)];
        for (int k = 0; k < count; k++) cells[k] = text(k);
        return cells;
    }

    /** Cell k as {@link SimpleDecimal#parse(byte[], int, int)} reads it. */
    double decimal(int k) {
        return SimpleDecimal.parse(bytes, from(k), to(k));
    }

    /** Cell k as a whole number, {@code [-]digits} with 1 to 18 digits; else Long.MIN_VALUE. */
    long wholeNumber(int k) {
        int i = from(k);
        int to = to(k);
        boolean negative = i < to && bytes[i] == '-';
        if (negative) i++;
        if (i == to || to - i > 18) return Long.MIN_VALUE;
        long v = 0;
        for (; i < to; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) return Long.MIN_VALUE;
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }
}
