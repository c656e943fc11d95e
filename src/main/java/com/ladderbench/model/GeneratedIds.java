package com.ladderbench.model;

import java.nio.charset.StandardCharsets;

/**
 * The ids a run generates: a prefix letter and a counter zero-padded to six digits ({@code L000001});
 * past 999999 the counter simply grows wider. A loaded run keeps such an id as its number and builds
 * the text only when it is read: hundreds of thousands of id strings would otherwise be live objects
 * every young collection has to copy. An id that is not in exactly this form (an imported fill's id)
 * is kept as text.
 */
public final class GeneratedIds {
    private static final int WIDTH = 6;
    /** More digits could overflow a long; no run counts that far. */
    private static final int MAX_DIGITS = 18;

    private GeneratedIds() {
    }

    /**
     * {@code format('F', 1)} is {@code F000001} under any locale (no {@code String.format}: it localises digits).
     *
     * @param prefix an ASCII letter
     * @param n a sequence number, not negative
     */
    public static String format(char prefix, long n) {
        if (n < 0) throw new IllegalArgumentException("a sequence number is not negative, got " + n);
        // one pass into the bytes of the string: called for every fill, leg and set of a run
        int digits = 1;
        for (long x = n; x >= 10; x /= 10) digits++;
        int width = Math.max(WIDTH, digits);
        byte[] b = new byte[width + 1];
        b[0] = (byte) prefix;
        long x = n;
        for (int i = width; i > 0; i--) {
            b[i] = (byte) ('0' + x % 10);
            x /= 10;
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /**
     * The number {@code id} was formatted from, or -1 when {@code id} is not exactly what
     * {@link #format} makes of some number with this prefix (so formatting the number gives back {@code id}).
     */
    public static long parse(char prefix, String id) {
        if (id == null) return -1;
        int len = id.length();
        int digits = len - 1;
        if (digits < WIDTH || digits > MAX_DIGITS || id.charAt(0) != prefix) return -1;
        if (digits > WIDTH && id.charAt(1) == '0') return -1; // wider than six only without padding
        long n = 0;
        for (int i = 1; i < len; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * The number a record (TradeSet, TradeLeg) keeps of an id given as a number and a text: the
     * text's own for a generated id, -1 for any other text, else {@code number}. With
     * {@link #keptText} it makes equal id texts give equal records however they were built.
     */
    static long keptNumber(char prefix, long number, String text) {
        return text == null ? number : parse(prefix, text);
    }

    /** The text a record keeps: none for a generated id (it is kept as its number), else the text. */
    static String keptText(char prefix, String text) {
        return parse(prefix, text) >= 0 ? null : text;
    }

    /** The id's text from what a record keeps (null only when it was made with none). */
    static String text(char prefix, long number, String text) {
        return text != null || number < 0 ? text : format(prefix, number);
    }
}
