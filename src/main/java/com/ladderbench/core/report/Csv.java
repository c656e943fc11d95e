package com.ladderbench.core.report;

import com.ladderbench.core.text.Decimals;

/**
 * RFC 4180 field quoting, the formula guard and number rendering shared by the CSV writers.
 *
 * <p>Formula guard (SPEC §7): plans are drafted by LLMs and fills come from anywhere, so a text
 * cell that starts with {@code = + - @}, a tab or a carriage return, which a spreadsheet would
 * run as a formula, is written with a leading {@code '} (the usual CSV-injection defence; the
 * spreadsheet shows the text and hides the quote). Numbers are never text cells, so a negative
 * number stays {@code -5}. Ladderbench reads none of its own text cells back.
 */
public final class Csv {
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private Csv() {
    }

    /** The text, guarded against formulas, quoted when it holds a comma, quote or line break; null becomes empty. */
    public static String field(String s) {
        if (s == null) return "";
        s = inert(s);
        boolean quote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** A text cell that a spreadsheet would run as a formula gets a leading {@code '}; any other text is unchanged. */
    public static String inert(String s) {
        if (s == null || s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /**
     * A value the user typed as a number ({@code -5}, {@code 0.25}): written as typed so it stays a
     * number in a spreadsheet; anything else is a text {@link #field}.
     */
    public static String typedNumber(String s) {
        return s != null && DECIMAL.matcher(s).matches() ? s : field(s);
    }

    /** {@link Decimals#plain}; NaN and infinities become empty. */
    public static String number(double v) {
        return Double.isFinite(v) ? Decimals.plain(v) : "";
    }
}
