package com.ladderbench.core.report;

import com.ladderbench.core.io.Timestamps;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.Writer;
import com.ladderbench.core.text.Decimals;

/**
 * One CSV row at a time: RFC 4180 quoting, '\n' line ends, numbers as {@link Decimals#plain}
 * prints them, empty cells for null and NaN.
 */
final class CsvCells {
    private final Writer out;
    private boolean rowStarted;

    CsvCells(Writer out) {
        this.out = out;
    }

    /** A text cell, guarded against formulas ({@link Csv#inert}) and quoted where RFC 4180 needs it. */
    CsvCells text(String s) throws IOException {
        separator();
        if (s == null) return this;
        s = Csv.inert(s);
        if (needsQuotes(s)) {
            out.write('"');
            out.write(s.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(s);
        }
        return this;
    }

    CsvCells number(double v) throws IOException {
        separator();
        out.write(plain(v));
        return this;
    }

    CsvCells number(Double v) throws IOException {
        return v == null ? text(null) : number(v.doubleValue());
    }

    /** An exact decimal (a quantity from whole lots), plain, as it is. */
    CsvCells decimal(BigDecimal v) throws IOException {
        separator();
        out.write(v.toPlainString());
        return this;
    }

    CsvCells integer(long v) throws IOException {
        separator();
        out.write(Long.toString(v));
        return this;
    }

    CsvCells bool(boolean v) throws IOException {
        return text(Boolean.toString(v));
    }

    CsvCells time(Long epochMillis) throws IOException {
        return text(epochMillis == null ? null : Timestamps.format(epochMillis));
    }

    void endRow() throws IOException {
        out.write('\n');
        rowStarted = false;
    }

    void header(String... names) throws IOException {
        for (String n : names) text(n);
        endRow();
    }

    private void separator() throws IOException {
        if (rowStarted) out.write(',');
        rowStarted = true;
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty()) return false;
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1));
    }

    static String plain(double v) {
        return Csv.number(v);
    }
}
