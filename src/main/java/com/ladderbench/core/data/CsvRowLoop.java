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

    private String[] texts = new String[16];

    /**
     * One record of a plain file, as byte ranges; this default cuts it into Strings for
     * {@link #row(int, String[], int)}. A reader that can read its common row from the bytes
     * overrides this and comes here for every other row, so messages are built from text as before.
     */
    void row(int line, PlainLine cells) throws InvalidInputException {
        texts = cells.texts(texts);
        row(line, texts, cells.count());
    }

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
        double fast = SimpleDecimal.parse(cell);
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

    /** Called after each record that did not stop the reading; {@code charOffset} tells how far into the file it is. */
    void afterRow(java.util.function.LongSupplier charOffset) {
    }
}
