package com.ladderbench.core.data;

import com.ladderbench.model.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The fast way through a plain CSV: the files Ladderbench and most exchanges write, printable
 * ASCII without quotes or spaces, {@code \n} or {@code \r\n} line ends. Cuts each line at its
 * commas straight from the bytes and hands the {@link CsvRowLoop} the cells as ranges of those
 * bytes ({@link PlainLine}), with none of a general CSV parser's decoding and token machinery and
 * no String per cell.
 *
 * <p>On the first byte such a file would not hold (a quote, a space or tab, a NUL or other control
 * byte, a lone {@code \r}, any non-ASCII byte such as a BOM or UTF-8 text) or a line longer than
 * {@value #MAX_LINE} bytes it gives up ({@link #scan} returns false) and the caller reads the file
 * again from its start with Jackson's CSV parser, which handles every CSV and reports what is
 * wrong with it. Every line read before that point is plain, and on plain lines both give the same
 * cells and line numbers, so the rows and problems are those of the general reader either way.
 */
final class PlainCsvScanner {
    /** Longest line handled here; a longer one (or binary junk) is the general reader's to report. */
    static final int MAX_LINE = 1 << 16;
    private static final int BUFFER = 1 << 20;

    /** Eight bytes of the buffer as one long, for the skip over ordinary bytes. */
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    /**
     * Subtracted from eight bytes, sets a byte's high bit (with ~x) when it is below 0x2D. A borrow
     * starts only at such a byte and runs toward the higher ones, so the lowest flagged byte (the
     * first in the file, the words being little-endian) is always a true one.
     */
    private static final long BELOW_2D = 0x2D2D2D2D2D2D2D2DL;
    /** Added to eight bytes, sets a byte's high bit (with | x) when it is above 0x7E; a carry starts only at 0xFF, itself flagged. */
    private static final long ABOVE_7E = 0x0101010101010101L;

    private final InputStream in;
    private final byte[] buf;
    private final int maxLine;
    private int start;
    private int end;
    private boolean eof;
    /** Bytes before {@code buf[0]}. */
    private long consumedBefore;

    PlainCsvScanner(InputStream in) {
        this(in, BUFFER);
    }

    /** With a buffer of {@code bufferSize} bytes (tests use small ones to cross its boundary often). */
    PlainCsvScanner(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
        this.maxLine = Math.min(MAX_LINE, bufferSize - 1);
    }

    /** True when the whole file was read here (or the loop had enough); false to read it again with the general parser. */
    boolean scan(CsvRowLoop loop) throws IOException, InvalidInputException {
        PlainLine cells = new PlainLine();
        int line = 0;
        java.util.function.LongSupplier offset = () -> consumedBefore + start;
        while (start < end || fill()) {
            // one pass over the line: cut at commas, stop at '\n', give up on anything not plain;
            // cells are kept as ranges from the line's start, which a fill() moves to the buffer's front
            cells.clear();
            int i = start;
            int lineEnd = -1;
            while (true) {
                if (i == end) {
                    int before = start;
                    boolean more = fill(); // moves the line to the front of the buffer
                    i -= before - start;
                    if (!more) {
                        lineEnd = end; // the last line has no line break
                        break;
                    }
                    continue;
                }
                // eight bytes at a time past what needs no look: all of 0x2D..0x7E ('-', '.', digits, letters, ':'),
                // then straight to the first byte that does (a comma, a line break, anything odd)
                while (i + 8 <= end) {
                    long x = (long) LONGS.get(buf, i);
                    long flagged = (((x - BELOW_2D) & ~x) | ((x + ABOVE_7E) | x)) & HIGH_BITS;
                    if (flagged != 0) {
                        i += Long.numberOfTrailingZeros(flagged) >>> 3;
                        break;
                    }
                    i += 8;
                }
                if (i == end) continue;
                byte b = buf[i];
                if (b == ',') {
                    cells.endCell(i - start);
                } else if (b == '\n') {
                    lineEnd = i;
                    break;
                } else if (b == '\r') {
                    if (i + 1 == end) {
                        int before = start;
                        boolean more = fill();
                        i -= before - start;
                        if (!more) throw new Unplain(); // a lone \r at the very end
                    }
                    if (buf[i + 1] != '\n') throw new Unplain();
                    lineEnd = i;
                    i++;
                    break;
                } else if (b < 0x21 || b > 0x7e || b == '"') {
                    return false;
                }
                i++;
            }
            cells.endCell(lineEnd - start);
            cells.locate(buf, start);
            start = Math.min(i + 1, end);
            line++;
            loop.lastLine = Math.max(loop.lastLine, line);
            if (cells.count() == 1 && cells.isEmpty(0)) continue; // blank line
            loop.row(line, cells);
            if (loop.enough()) {
                loop.truncated = true;
                return true;
            }
            loop.afterRow(offset);
        }
        return true;
    }

    /** Moves the unread bytes to the front and reads more; false at the end of the input. */
    private boolean fill() throws IOException {
        if (eof) return false;
        if (end - start > maxLine) throw new Unplain();
        System.arraycopy(buf, start, buf, 0, end - start);
        consumedBefore += start;
        end -= start;
        start = 0;
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
            if (end > 0 && buf[end - 1] == '\r') throw new Unplain(); // a lone \r at the very end
            return false;
        }
        end += n;
        return true;
    }

    /** Thrown inside the scan when the file is not plain; {@link #scanOrGiveUp} turns it into false. */
    private static final class Unplain extends IOException {
        private static final long serialVersionUID = 1L;

        Unplain() {
            super(null, null);
        }
    }

    /** {@link #scan}, with every "not plain" ending as false. */
    boolean scanOrGiveUp(CsvRowLoop loop) throws IOException, InvalidInputException {
        try {
            return scan(loop);
        } catch (Unplain e) {
            return false;
        }
    }
}
