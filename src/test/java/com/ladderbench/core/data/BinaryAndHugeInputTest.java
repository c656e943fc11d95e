package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.core.io.TextInputGuard;
import com.ladderbench.core.ledger.FillsCsvReader;
import com.ladderbench.core.ledger.LotSize;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded memory on hostile inputs (issue 10, point 5): a sparse file of NUL bytes is refused at its
 * first line instead of being read whole, and a row-count estimate from a huge file size is capped.
 */
class BinaryAndHugeInputTest {
    private static final long GB = 1L << 30;

    @TempDir
    Path dir;

    /** {@code prefix}, then NUL bytes up to {@code size} (sparse: takes no disk space). */
    private Path sparse(String name, String prefix, long size) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, prefix);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p;
    }

    private static Problem onlyProblem(InvalidInputException e) {
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    @Test
    void aSparseFileOfNulBytesIsRefusedAtItsFirstLine() throws IOException {
        Path p = sparse("BTC-USD_1h.csv", "", 2 * GB);
        Problem problem = onlyProblem(assertThrows(InvalidInputException.class,
                () -> BarCsvReader.read(new DataSpec("BTC-USD", Timeframe.H1, p))));
        assertEquals(p + ": line 1: a NUL byte: this is not a text (CSV) file", problem.render());
    }

    @Test
    void aNulAfterGoodRowsNamesItsLine() throws IOException {
        Path p = sparse("BTC-USD_1h.csv", "timestamp,open,high,low,close,volume\n"
                + "2024-01-01T00:00:00Z,100,101,99,100.5,10\n", 2 * GB);
        assertEquals(p + ": line 3: a NUL byte: this is not a text (CSV) file", onlyProblem(assertThrows(
                InvalidInputException.class, () -> BarCsvReader.read(new DataSpec("BTC-USD", Timeframe.H1, p))))
                .render());
    }

    @Test
    void aLineLongerThanAnyCsvRowIsRefused() throws IOException {
        Path p = dir.resolve("BTC-USD_1h.csv");
        Files.write(p, "x".repeat(TextInputGuard.MAX_LINE_BYTES + 1).getBytes(StandardCharsets.US_ASCII));
        assertEquals(p + ": line 1: line longer than 1 MB: this is not a CSV file", onlyProblem(assertThrows(
                InvalidInputException.class, () -> BarCsvReader.read(new DataSpec("BTC-USD", Timeframe.H1, p))))
                .render());
        Files.write(p, "x".repeat(TextInputGuard.MAX_LINE_BYTES).getBytes(StandardCharsets.US_ASCII));
        InvalidInputException atLimit = assertThrows(InvalidInputException.class,
                () -> BarCsvReader.read(new DataSpec("BTC-USD", Timeframe.H1, p)));
        assertEquals(false, atLimit.getMessage().contains("longer than"), "a line of exactly 1 MB is still read");
    }

    @Test
    void aSparseFillsFileIsRefusedAtItsFirstLine() throws IOException {
        Path p = sparse("fills.csv", "", 2 * GB);
        assertEquals(p + ": line 1: a NUL byte: this is not a text (CSV) file", onlyProblem(assertThrows(
                InvalidInputException.class, () -> FillsCsvReader.read(p, new LotSize(1e-8)))).render());
    }

    /**
     * 5000 good rows, then NULs to 16 GB: the columns are sized from the first 256 rows, which would
     * ask for ~600 million rows (29 GB) uncapped and die of OutOfMemoryError in the 2 GB test heap;
     * capped, the reader reaches the NULs and names their line.
     */
    @Test
    void theRowEstimateFromAHugeFileSizeIsCapped() throws IOException {
        StringBuilder sb = new StringBuilder("timestamp,open,high,low,close,volume\n");
        long t = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 5000; i++) {
            sb.append(t + i * 3_600_000L).append(",1,1,1,1,1\n");
        }
        Path p = sparse("BTC-USD_1h.csv", sb.toString(), 16 * GB);
        assertEquals(p + ": line 5002: a NUL byte: this is not a text (CSV) file", onlyProblem(assertThrows(
                InvalidInputException.class, () -> BarCsvReader.read(new DataSpec("BTC-USD", Timeframe.H1, p))))
                .render());
    }
}
