package com.ladderbench.core.data;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberInput;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.ladderbench.core.text.Decimals;
import com.ladderbench.model.InvalidInputException;
import java.io.IOException;
import java.util.Arrays;

/**
 * The row loop the market data and trades readers share: streams a CSV's records as
 * (line, cells, count) into one reused array, skips blank lines, remembers the last line reached
 * (so a failed read can say where it stopped) and stops once the reader has seen enough bad lines.
 */
abstract class CsvRowLoop {
    /** The line the latest record started on. */
    int lastLine;
    /** Reading stopped early because {@link #enough()} said so. */
    boolean truncated;
    /** What is wrong with the current line, joined by "; "; the reader clears it per line. */
    final StringBuilder issues = new StringBuilder();

    final void readAll(CsvParser parser) throws IOException, InvalidInputException {
        String[] cells = new String[16];
        int count = 0;
        int line = 0;
        JsonToken token;
        java.util.function.LongSupplier offset = () -> parser.currentLocation().getCharOffset();
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.START_ARRAY) {
                count = 0;
            } else if (token == JsonToken.VALUE_STRING) {
                if (count == 0) line = parser.currentTokenLocation().getLineNr();
                if (count == cells.length) cells = Arrays.copyOf(cells, count * 2);
                cells[count++] = parser.getText();
            } else if (token == JsonToken.END_ARRAY) {
                lastLine = Math.max(lastLine, line);
                if (count == 0 || (count == 1 && cells[0].isEmpty())) continue; // blank line
                row(line, cells, count);
                if (enough()) {
                    truncated = true;
                    return;
                }
                afterRow(offset);
            }
        }
    }

    /** One record; {@code cells} is reused, only its first {@code count} entries belong to this line. */
    abstract void row(int line, String[] cells, int count) throws InvalidInputException;

    /** True once so many lines were bad that reading on would only repeat the message. */
    abstract boolean enough();

    final void issue(String message) {
        if (issues.length() > 0) issues.append("; ");
        issues.append(message);
    }

    /**
     * A cell as a finite number, or NaN with an issue recorded: plain decimals only, so a hex
     * float, "NaN" or "Infinity" in a data file is reported rather than read.
     */
    final double number(String column, String cell) {
        double fast = simpleDecimal(cell);
        if (fast == fast) return fast; // not NaN: read exactly without the general parser
        if (!Decimals.isPlain(cell)) {
            issue(column + ": not a number: '" + cell + "' (plain decimals only, like 101.5 or 1.2e-5)");
            return Double.NaN;
        }
        double v;
        try {
            v = NumberInput.parseDouble(cell, true);
        } catch (NumberFormatException e) {
            issue(column + ": not a number: '" + cell + "'");
            return Double.NaN;
        }
        if (!Double.isFinite(v)) {
            issue(column + " must be finite, got " + cell);
            return Double.NaN;
        }
        return v;
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long EXACT_BELOW = 1L << 53;

    /**
     * The common cell, {@code [-]digits[.digits]} with at most 18 digits, as the nearest double;
     * NaN when the cell is anything else (the general parser then reads or reports it). Exact, as
     * a correctly rounding parser is: below 2^53 the digits are an exact double, so is a power of
     * ten up to 10^22, and one IEEE division of two exact values is correctly rounded.
     */
    static double simpleDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > 20) return Double.NaN;
        int i = s.charAt(0) == '-' ? 1 : 0;
        long m = 0;
        int digits = 0;
        int point = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                digits++;
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > 18 || m >= EXACT_BELOW) return Double.NaN;
        double v = point < 0 ? m : m / POW10[n - 1 - point];
        return s.charAt(0) == '-' ? -v : v;
    }

    /** Called after each record that did not stop the reading; {@code charOffset} tells how far into the file it is. */
    void afterRow(java.util.function.LongSupplier charOffset) {
    }
}
