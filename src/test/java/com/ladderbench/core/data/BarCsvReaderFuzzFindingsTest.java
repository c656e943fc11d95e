package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that fuzzing ({@link BarCsvReaderFuzzTest}) found to crash the reader, as readable
 * specifications; each reproducer also stays in the fuzz corpus.
 */
class BarCsvReaderFuzzFindingsTest {
    @TempDir
    Path dir;

    @Test
    void aHeaderWhoseFirstCellIsEmptyIsABadHeaderNotACrash() {
        List<Problem> p = CsvFiles.problems(dir, Timeframe.H1,
                ",open,high,low,close,volume\n2024-01-01T00:00:00Z,100,101,99,100.5,10\n");
        assertEquals(1, p.size(), p.toString());
        assertEquals("line 1", p.get(0).location());
        assertTrue(p.get(0).message().contains("timestamp"), p.get(0).message());
    }
}
