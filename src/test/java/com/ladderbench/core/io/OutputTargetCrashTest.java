package com.ladderbench.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.io.OutputTarget.Kind;
import com.ladderbench.core.io.OutputTarget.Step;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replacement is all-or-nothing under kill -9 (SPEC §7): after a crash at any step, the old or the
 * new output is at the target (at once, or once a reader or the next write recovers), and the next
 * write into the target leaves no leftover. Simulated at every step in-process, then for real by
 * killing a child JVM.
 */
class OutputTargetCrashTest {
    @TempDir
    Path dir;

    private Path run() {
        return dir.resolve("run");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void write(String version) throws IOException {
        OutputTarget.directory(run(), Kind.RUN).writeDirectory(tmp -> {
            Files.writeString(tmp.resolve("result.json"), version);
            Files.writeString(tmp.resolve("equity.csv"), version);
        });
    }

    /** Whole: both files of one version. */
    private String version() throws IOException {
        String a = Files.readString(run().resolve("result.json"));
        assertEquals(a, Files.readString(run().resolve("equity.csv")), "one version, never a mix");
        return a;
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aCrashAtAnyStepOfAReplacementLeavesTheOldOrTheNewOutput(Step step) throws IOException {
        write("old");
        OutputTarget crashing = OutputTarget.directory(run(), Kind.RUN).withSteps(s -> {
            if (s == step) throw new OutputTarget.SimulatedCrash(s);
        });
        assertThrows(OutputTarget.SimulatedCrash.class, () -> crashing.writeDirectory(tmp -> {
            Files.writeString(tmp.resolve("result.json"), "new");
            Files.writeString(tmp.resolve("equity.csv"), "new");
        }));
        OutputTarget.recover(run()); // what a reader does first
        String seen = version();
        assertEquals(step == Step.BUILT || step == Step.OLD_ASIDE ? "old" : "new", seen);

        write("next");
        assertEquals("next", version());
        assertEquals(List.of("run"), listing(), "the next write cleaned every leftover");
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"BUILT", "NEW_IN"})
    void aCrashDuringAFirstWriteLeavesNothingOrTheNewOutput(Step step) throws IOException {
        OutputTarget crashing = OutputTarget.directory(run(), Kind.RUN).withSteps(s -> {
            if (s == step) throw new OutputTarget.SimulatedCrash(s);
        });
        assertThrows(OutputTarget.SimulatedCrash.class, () -> crashing.writeDirectory(tmp ->
                Files.writeString(tmp.resolve("result.json"), "new")));
        if (step == Step.BUILT) {
            assertTrue(Files.notExists(run()));
        } else {
            assertEquals("new", Files.readString(run().resolve("result.json")));
        }
        write("next");
        assertEquals(List.of("run"), listing());
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"BUILT", "NEW_IN"})
    void aCrashWhileReplacingAFileLeavesTheOldOrTheNewFile(Step step) throws IOException {
        Path f = dir.resolve("report.html");
        OutputTarget.file(f).writeString("old");
        assertThrows(OutputTarget.SimulatedCrash.class, () -> OutputTarget.file(f).withSteps(s -> {
            if (s == step) throw new OutputTarget.SimulatedCrash(s);
        }).writeString("new"));
        assertEquals(step == Step.BUILT ? "old" : "new", Files.readString(f));
        OutputTarget.file(f).writeString("next");
        assertEquals(List.of("report.html"), listing());
    }

    // ---- the real thing: a child JVM killed with SIGKILL (and stopped with SIGTERM) at a step

    private Process child(String pause, String version) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", cp, OutputWriterChild.class.getName(),
                run().toString(), pause, version).redirectErrorStream(true).start();
    }

    private static void awaitLine(Process p, String expected) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = r.readLine()) != null) {
            if (line.equals(expected)) return;
            seen.append(line).append('\n');
        }
        throw new AssertionError("child ended before '" + expected + "':\n" + seen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WRITING", "BUILT", "OLD_ASIDE", "NEW_IN"})
    void killMinus9AtAnyStepThenTheNextRunRecovers(String step) throws Exception {
        write("old");
        Process p = child(step, "new");
        awaitLine(p, "at " + step);
        p.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));

        OutputTarget.recover(run());
        assertEquals(Set.of("WRITING", "BUILT", "OLD_ASIDE").contains(step) ? "old" : "new", version());

        write("next");
        assertEquals("next", version());
        assertEquals(List.of("run"), listing(), "temporary and set-aside copies of the killed run are gone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"WRITING", "OLD_ASIDE", "NEW_IN"})
    void sigtermRollsBackAtOnceAndLeavesNothingBehind(String step) throws Exception {
        write("old");
        Process p = child(step, "new");
        awaitLine(p, "at " + step);
        p.destroy(); // SIGTERM: the shutdown hook runs
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(step.equals("NEW_IN") ? "new" : "old", version(), "without any later run");
        assertEquals(List.of("run"), listing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUILT"})
    void aSecondProcessWritingTheSameTargetIsRefused(String step) throws Exception {
        write("old");
        Process p = child(step, "new");
        try {
            awaitLine(p, "at " + step);
            OutputException e = assertThrows(OutputException.class, () -> write("second"));
            assertTrue(e.getMessage().contains("another Ladderbench process is writing it"), e.getMessage());
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        write("after");
        assertEquals("after", version());
    }
}
