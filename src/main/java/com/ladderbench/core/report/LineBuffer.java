package com.ladderbench.core.report;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The rows of a large text file (equity.csv, events.csv) built in one reused buffer and handed to
 * the UTF-8 encoder in 64 KiB chunks, instead of one writer call (and often one String) per cell.
 */
final class LineBuffer implements Flushable {
    private static final int CHUNK = 1 << 16;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(CHUNK + 4096);
    private char[] chars = new char[CHUNK + 4096];

    LineBuffer(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** Where the current row is appended; call {@link #endLine} after it. */
    StringBuilder row() {
        return line;
    }

    /** Appends a number as {@link Csv#number} prints it: empty for NaN and infinities. */
    StringBuilder number(double v) {
        return Double.isFinite(v) ? com.ladderbench.core.text.Decimals.appendPlain(line, v) : line;
    }

    void endLine() throws IOException {
        line.append('\n');
        if (line.length() >= CHUNK) drain();
    }

    private void drain() throws IOException {
        int n = line.length();
        if (chars.length < n) chars = new char[n];
        line.getChars(0, n, chars, 0);
        out.write(chars, 0, n);
        line.setLength(0);
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }
}
