package com.ladderbench.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a text input (CSV) and stops at the first line that cannot be text: one holding a NUL byte
 * or longer than {@value #MAX_LINE_BYTES} bytes. A binary or sparse file (gigabytes of NUL without
 * a line break) is so refused at its first line in milliseconds, instead of being buffered whole
 * as one giant cell.
 */
public final class TextInputGuard extends FilterInputStream {
    public static final int MAX_LINE_BYTES = 1 << 20;

    /** The line where the input stopped being text. */
    public static final class NotText extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        NotText(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() { return line; }
    }

    private long line = 1;
    private long lineBytes;

    public TextInputGuard(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) check(b);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = off; i < off + n; i++) check(buf[i]);
        return n;
    }

    private void check(int b) throws NotText {
        if (b == '\n') {
            line++;
            lineBytes = 0;
            return;
        }
        if (b == 0) throw new NotText(line, "a NUL byte: this is not a text (CSV) file");
        if (++lineBytes > MAX_LINE_BYTES) {
            throw new NotText(line, "line longer than " + (MAX_LINE_BYTES >> 20) + " MB: this is not a CSV file");
        }
    }
}
