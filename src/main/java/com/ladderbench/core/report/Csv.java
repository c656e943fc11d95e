package com.ladderbench.core.report;

/** RFC 4180 field quoting and number rendering shared by the CSV writers. */
public final class Csv {
    private Csv() {
    }

    /** The text, quoted when it holds a comma, quote or line break; null becomes empty. */
    public static String field(String s) {
        if (s == null) return "";
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

    /** Shortest round-trip decimal; NaN and infinities become empty. */
    public static String number(double v) {
        if (!Double.isFinite(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
