package com.ladderbench.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs appear whole or not at all: a failed write leaves neither the target nor a temporary. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aFileIsWrittenWhole() throws IOException {
        AtomicFiles.writeString(dir.resolve("a.txt"), "hello");
        assertEquals("hello", Files.readString(dir.resolve("a.txt")));
        assertEquals(List.of(dir.resolve("a.txt")), listing());
    }

    @Test
    void aFailedFileWriteLeavesNothingBehind() throws IOException {
        assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("a.txt"), out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals(List.of(), listing());
    }

    @Test
    void aFailedDirectoryWriteKeepsThePreviousDirectory() throws IOException {
        Path run = dir.resolve("run");
        AtomicFiles.writeDirectory(run, tmp -> Files.writeString(tmp.resolve("result.json"), "old"));
        assertThrows(IllegalStateException.class, () -> AtomicFiles.writeDirectory(run, tmp -> {
            Files.writeString(tmp.resolve("result.json"), "new");
            throw new IllegalStateException("run failed");
        }));
        assertEquals("old", Files.readString(run.resolve("result.json")));
        assertEquals(List.of(run), listing());
    }

    @Test
    void aDirectoryIsReplacedWholeWhenTheNewContentIsComplete() throws IOException {
        Path run = dir.resolve("run");
        AtomicFiles.writeDirectory(run, tmp -> Files.writeString(tmp.resolve("old.csv"), "x"));
        AtomicFiles.writeDirectory(run, tmp -> Files.writeString(tmp.resolve("new.csv"), "y"));
        assertFalse(Files.exists(run.resolve("old.csv")));
        assertEquals("y", Files.readString(run.resolve("new.csv")));
        assertEquals(List.of(run), listing());
    }
}
