package com.ladderbench.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.io.OutputTarget.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an output may replace, and that a write is whole or not at all. */
class OutputTargetTest {
    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static OutputTarget.DirectoryContent result(String text) {
        return tmp -> Files.writeString(tmp.resolve("result.json"), text);
    }

    @Test
    void aNewDirectoryOutputCarriesAMarkerListingWhatWasWritten() throws IOException {
        Path run = dir.resolve("run");
        OutputTarget.directory(run, Kind.RUN).writeDirectory(tmp -> {
            Files.writeString(tmp.resolve("result.json"), "{}");
            Files.createDirectory(tmp.resolve("ladder"));
            Files.writeString(tmp.resolve("ladder/equity.csv"), "x");
        });
        assertEquals("ladderbench-output 1\nkind run\nladder/\nladder/equity.csv\nresult.json\n",
                Files.readString(run.resolve(OutputMarker.NAME)));
        assertEquals(List.of("run"), listing(), "no temporary, old or lock file is left beside it");
    }

    @Test
    void anEarlierOutputOfTheSameKindIsReplacedWhole() throws IOException {
        Path run = dir.resolve("run");
        OutputTarget.directory(run, Kind.RUN).writeDirectory(tmp -> Files.writeString(tmp.resolve("old.csv"), "x"));
        OutputTarget.directory(run, Kind.RUN).writeDirectory(result("new"));
        assertFalse(Files.exists(run.resolve("old.csv")));
        assertEquals("new", Files.readString(run.resolve("result.json")));
        assertEquals(List.of("run"), listing());
    }

    @Test
    void anEmptyDirectoryIsAccepted() throws IOException {
        Path run = Files.createDirectory(dir.resolve("run"));
        OutputTarget.directory(run, Kind.RUN).writeDirectory(result("new"));
        assertEquals("new", Files.readString(run.resolve("result.json")));
    }

    @Test
    void anEarlierOutputWithAFileAddedByTheUserIsRefusedAndKept() throws IOException {
        Path run = dir.resolve("run");
        OutputTarget.directory(run, Kind.RUN).writeDirectory(result("old"));
        Files.writeString(run.resolve("notes.txt"), "mine");
        String before = TreeHash.of(run);
        OutputException e = assertThrows(OutputException.class,
                () -> OutputTarget.directory(run, Kind.RUN).writeDirectory(result("new")));
        assertEquals("--out " + run + " is not allowed: it holds files Ladderbench did not write (notes.txt); "
                + "choose a new or empty directory", e.getMessage());
        assertEquals(before, TreeHash.of(run));
    }

    @Test
    void anEarlierOutputOfAnotherKindIsRefused() throws IOException {
        Path out = dir.resolve("cmp");
        OutputTarget.directory(out, Kind.COMPARISON).writeDirectory(result("old"));
        OutputException e = assertThrows(OutputException.class,
                () -> OutputTarget.directory(out, Kind.RUN).writeDirectory(result("new")));
        assertTrue(e.getMessage().contains("it holds a comparison output, not a run output"), e.getMessage());
    }

    @Test
    void aDirectoryWithOnlyAForgedMarkerButOtherFilesIsRefused() throws IOException {
        Path out = Files.createDirectory(dir.resolve("x"));
        Files.writeString(out.resolve(OutputMarker.NAME), "ladderbench-output 1\nkind run\n");
        Files.writeString(out.resolve("thesis.tex"), "keep");
        assertThrows(OutputException.class, () -> OutputTarget.directory(out, Kind.RUN).check());
        assertEquals("keep", Files.readString(out.resolve("thesis.tex")));
    }

    @Test
    void aFileTargetReplacesAnExistingRegularFileAtomically() throws IOException {
        Path f = dir.resolve("report.html");
        Files.writeString(f, "old");
        OutputTarget.file(f).writeString("new");
        assertEquals("new", Files.readString(f));
        assertEquals(List.of("report.html"), listing());
    }

    @Test
    void aFileTargetRefusesADirectoryADeviceAndASymlink() throws IOException {
        Path d = Files.createDirectory(dir.resolve("report.html"));
        assertEquals("--out " + d + " is not allowed: it is a directory; name a file",
                assertThrows(OutputException.class, () -> OutputTarget.file(d).writeString("x")).getMessage());
        assertEquals("--out /dev/null is not allowed: it is a device or special file, not a regular file",
                assertThrows(OutputException.class, () -> OutputTarget.file(Path.of("/dev/null")).writeString("x"))
                        .getMessage());
        Path real = Files.writeString(dir.resolve("real.html"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), real);
        assertTrue(assertThrows(OutputException.class, () -> OutputTarget.file(link).writeString("x")).getMessage()
                .contains("it is a symbolic link"));
        assertEquals("keep", Files.readString(real));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aFileTargetMayNotBeAnInput() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"), "{}");
        OutputException e = assertThrows(OutputException.class,
                () -> OutputTarget.file(plan).protecting(List.of(plan)).writeString("x"));
        assertEquals("--out " + plan + " is not allowed: it is the input " + plan, e.getMessage());
        assertEquals("{}", Files.readString(plan));
    }

    @Test
    void aFailedWriteIsAPlainLineAndKeepsThePreviousOutput() throws IOException {
        Path run = dir.resolve("run");
        OutputTarget.directory(run, Kind.RUN).writeDirectory(result("old"));
        OutputException e = assertThrows(OutputException.class, () -> OutputTarget.directory(run, Kind.RUN)
                .writeDirectory(tmp -> {
                    Files.writeString(tmp.resolve("result.json"), "half");
                    throw new IOException("No space left on device");
                }));
        assertEquals("cannot write " + run + ": no space left on device", e.getMessage());
        assertEquals("old", Files.readString(run.resolve("result.json")));
        assertEquals(List.of("run"), listing());
    }

    @Test
    void aFailedFileWriteLeavesNothingBehind() {
        Path f = dir.resolve("a.txt");
        OutputException e = assertThrows(OutputException.class, () -> OutputTarget.file(f).writeFile(out -> {
            out.write("half".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + f + ": no space left on device", e.getMessage());
        assertFalse(Files.exists(f));
        assertTrue(Files.notExists(f));
    }

    @Test
    void aFailureWhileMovingTheOldOutputAsideRestoresIt() throws IOException {
        Path run = dir.resolve("run");
        OutputTarget.directory(run, Kind.RUN).writeDirectory(result("old"));
        for (OutputTarget.Step step : OutputTarget.Step.values()) {
            OutputTarget failing = OutputTarget.directory(run, Kind.RUN).withSteps(s -> {
                if (s == step) throw new IOException("No space left on device");
            });
            assertThrows(OutputException.class, () -> failing.writeDirectory(result("new")), step.name());
            String now = Files.readString(run.resolve("result.json"));
            // a failure once the new output is in place leaves the new one (the write had succeeded)
            assertEquals(step == OutputTarget.Step.BUILT || step == OutputTarget.Step.OLD_ASIDE ? "old" : "new", now,
                    step.name());
            assertEquals(List.of("run"), listing(), step.name());
            OutputTarget.directory(run, Kind.RUN).writeDirectory(result("old"));
        }
    }

    @Test
    void aSecondWriterOfTheSameTargetIsRefusedWhileTheFirstWrites() throws Exception {
        Path run = dir.resolve("run");
        CountDownLatch built = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            try {
                OutputTarget.directory(run, Kind.RUN).withSteps(s -> {
                    if (s == OutputTarget.Step.BUILT) {
                        built.countDown();
                        try {
                            release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }).writeDirectory(result("first"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        first.start();
        assertTrue(built.await(30, TimeUnit.SECONDS));
        OutputException e = assertThrows(OutputException.class,
                () -> OutputTarget.directory(run, Kind.RUN).writeDirectory(result("second")));
        assertEquals("cannot write " + run + ": another Ladderbench process is writing it; wait for it to finish",
                e.getMessage());
        release.countDown();
        first.join();
        assertEquals("first", Files.readString(run.resolve("result.json")));
        OutputTarget.directory(run, Kind.RUN).writeDirectory(result("third"));
        assertEquals("third", Files.readString(run.resolve("result.json")));
    }

    @Test
    void theRootTheWorkingDirectoryAndItsAncestorsAreRefused() {
        assertEquals("--out / is not allowed: it is the root directory", assertThrows(OutputException.class,
                () -> OutputTarget.directory(Path.of("/"), Kind.RUN).check()).getMessage());
        assertTrue(assertThrows(OutputException.class, () -> OutputTarget.directory(Path.of("."), Kind.RUN).check())
                .getMessage().contains("it is the working directory"));
        assertTrue(assertThrows(OutputException.class, () -> OutputTarget.directory(Path.of(".."), Kind.RUN).check())
                .getMessage().contains("it holds the working directory"));
        assertTrue(assertThrows(OutputException.class,
                () -> OutputTarget.directory(Path.of("src/.."), Kind.RUN).check())
                .getMessage().contains("it is the working directory"));
    }

    @Test
    void leftoversAreOnlyNamesThisTargetsWritesUse() throws IOException {
        for (String n : List.of(".run.tmp.0123456789abcdef", ".run.old.0123456789abcdef", ".run.tmp.x",
                ".run.tmp.tmp.0123456789abcdef", ".run2.tmp.0123456789abcdef", "run.tmp.0123456789abcdef")) {
            Files.createDirectory(dir.resolve(n));
        }
        assertEquals(List.of(dir.resolve(".run.tmp.0123456789abcdef")), OutputTarget.leftovers(dir, "run", "tmp"));
        assertEquals(List.of(dir.resolve(".run.old.0123456789abcdef")), OutputTarget.leftovers(dir, "run", "old"));
    }
}
