package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.io.TreeHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §7: {@code --out} never destroys what Ladderbench did not write. Every refused target gets
 * exit 2, one line naming it and why, and is left byte for byte as it was.
 */
class OutTargetRefusalsTest {
    @TempDir
    Path dir;

    private static CliRun backtest(String out) {
        return backtest(CliRun.PLAN, CliRun.DATA, CliRun.CONFIG, out);
    }

    private static CliRun backtest(String plan, String data, String config, String out) {
        return CliRun.of("backtest", "--plan", plan, "--data", data, "--config", config, "--out", out);
    }

    /** Exit 2 and exactly this one line on stderr, nothing on stdout. */
    private static void refused(CliRun r, String line) {
        assertEquals(2, r.status(), r.err());
        assertEquals(line + System.lineSeparator(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aRegularFileIsRefusedAndKept() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes");
        String before = TreeHash.of(dir);
        refused(backtest(notes.toString()), "error: --out " + notes
                + " is not allowed: it is a file, not a directory; choose a new or empty directory");
        assertEquals(before, TreeHash.of(dir));
    }

    @Test
    void aDeviceIsRefusedAndStaysADevice() throws IOException {
        refused(backtest("/dev/null"),
                "error: --out /dev/null is not allowed: it is a device or special file, not a directory");
        BasicFileAttributes a = Files.readAttributes(Path.of("/dev/null"), BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        assertTrue(a.isOther(), "still the device node");
    }

    @Test
    void aSymlinkOutOfTheTreeIsRefusedAndNeitherItNorItsTargetChange() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("precious.txt"), "keep");
        Path project = Files.createDirectories(dir.resolve("project"));
        Path link = Files.createSymbolicLink(project.resolve("out"), outside);
        String before = TreeHash.of(dir);
        refused(backtest(link.toString()), "error: --out " + link + " is not allowed: it is a symbolic link to "
                + outside + "; name the real directory");
        assertEquals(before, TreeHash.of(dir));
    }

    @Test
    void aForeignNonEmptyDirectoryIsRefusedAndKept() throws IOException {
        Path thesis = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(thesis.resolve("chapter1.tex"), "keep");
        String before = TreeHash.of(dir);
        refused(backtest(thesis.toString()), "error: --out " + thesis + " is not allowed: it holds files Ladderbench"
                + " did not write (chapter1.tex); choose a new or empty directory");
        assertEquals(before, TreeHash.of(dir));
    }

    @Test
    void theWorkingDirectoryIsRefusedAndKept() {
        Path cwd = Path.of("").toAbsolutePath();
        Set<String> busy = Set.of("target", ".git"); // written by the build itself while this test runs
        String before = TreeHash.of(cwd, busy);
        refused(backtest("."), "error: --out . is not allowed: it is the working directory; "
                + "choose a new or empty directory");
        refused(backtest(".."), "error: --out .. is not allowed: it holds the working directory; "
                + "choose a new or empty directory");
        assertEquals(before, TreeHash.of(cwd, busy));
    }

    /** The inputs copied into {@code into}: plan, data, config. */
    private List<Path> copyInputs(Path into) throws IOException {
        Files.createDirectories(into);
        Path plan = Files.copy(Path.of(CliRun.PLAN), into.resolve("plan.json"));
        Path data = Files.copy(Path.of(CliRun.DATA), into.resolve("BTC-USD_1h.csv"));
        Path config = Files.copy(Path.of(CliRun.CONFIG), into.resolve("config.json"));
        return List.of(plan, data, config);
    }

    @Test
    void aDirectoryHoldingTheInputsIsRefusedAndKept() throws IOException {
        Path project = dir.resolve("project");
        List<Path> in = copyInputs(project);
        String before = TreeHash.of(dir);
        refused(backtest(in.get(0).toString(), in.get(1).toString(), in.get(2).toString(), project.toString()),
                "error: --out " + project + " is not allowed: it holds the input " + in.get(0));
        assertEquals(before, TreeHash.of(dir));
    }

    @Test
    void anAncestorOfAnInputIsRefusedEvenWhenOnlyTheDataLivesThere() throws IOException {
        Path deep = dir.resolve("work/data/2024");
        Files.createDirectories(deep);
        Path data = Files.copy(Path.of(CliRun.DATA), deep.resolve("BTC-USD_1h.csv"));
        Path work = dir.resolve("work");
        String before = TreeHash.of(dir);
        refused(backtest(CliRun.PLAN, data.toString(), CliRun.CONFIG, work.toString()),
                "error: --out " + work + " is not allowed: it holds the input " + data);
        assertEquals(before, TreeHash.of(dir));
    }

    @Test
    void theRootIsRefused() throws IOException {
        List<String> before;
        try (Stream<Path> s = Files.list(Path.of("/"))) {
            before = s.map(Path::toString).sorted().toList();
        }
        refused(backtest("/"), "error: --out / is not allowed: it is the root directory");
        try (Stream<Path> s = Files.list(Path.of("/"))) {
            assertEquals(before, s.map(Path::toString).sorted().toList());
        }
    }

    @Test
    void anEarlierRunWithAFileAddedIsRefusedAndKept() throws IOException {
        Path run = dir.resolve("run");
        assertEquals(0, backtest(run.toString()).status());
        Files.writeString(run.resolve("my-notes.md"), "keep");
        String before = TreeHash.of(dir);
        refused(backtest(run.toString()), "error: --out " + run + " is not allowed: it holds files Ladderbench"
                + " did not write (my-notes.md); choose a new or empty directory");
        assertEquals(before, TreeHash.of(dir));
    }

    @Test
    void anEarlierComparisonIsNotReplacedByARun() throws IOException {
        Path out = dir.resolve("cmp");
        assertEquals(0, CliRun.of("compare", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--config", CliRun.CONFIG,
                "--out", out.toString()).status());
        String before = TreeHash.of(dir);
        refused(backtest(out.toString()), "error: --out " + out + " is not allowed: it holds a comparison output,"
                + " not a run output; choose a new or empty directory");
        assertEquals(before, TreeHash.of(dir));
    }

    @Test
    void anEarlierRunIsReplacedAndAnEmptyDirectoryAccepted() throws IOException {
        Path run = Files.createDirectory(dir.resolve("run"));
        assertEquals(0, backtest(run.toString()).status());
        assertEquals(0, backtest(run.toString()).status());
        assertTrue(Files.exists(run.resolve("result.json")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(run), s.toList(), "no leftovers beside it");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"backtest", "compare", "sweep", "tradesets"})
    void everyDirectoryCommandRefusesAFileBeforeDoingAnyWork(String command) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "keep");
        Path fills = Files.writeString(dir.resolve("fills.csv"),
                "timestamp,symbol,side,qty,price,fee\n2024-01-01T00:00:00Z,BTC-USD,buy,1,40000,0\n");
        List<String> args = switch (command) {
            case "tradesets" -> List.of("tradesets", "--fills", fills.toString(), "--out", notes.toString());
            case "sweep" -> List.of("sweep", "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--param",
                    "config.slippage_bps=1,2", "--out", notes.toString());
            default -> List.of(command, "--plan", CliRun.PLAN, "--data", CliRun.DATA, "--out", notes.toString());
        };
        refused(CliRun.of(args.toArray(String[]::new)), "error: --out " + notes
                + " is not allowed: it is a file, not a directory; choose a new or empty directory");
        assertEquals("keep", Files.readString(notes));
    }

    // ---- single-file outputs

    private Path aRun() {
        Path run = dir.resolve("run");
        assertEquals(0, backtest(run.toString()).status());
        return run;
    }

    @Test
    void reportOntoADirectoryIsRefused() throws IOException {
        Path run = aRun();
        Path html = Files.createDirectory(dir.resolve("report.html"));
        Files.writeString(html.resolve("keep.txt"), "keep");
        String before = TreeHash.of(html);
        refused(CliRun.of("report", "--run", run.toString(), "--out", html.toString()),
                "error: --out " + html + " is not allowed: it is a directory; name a file");
        assertEquals(before, TreeHash.of(html));
    }

    @Test
    void reportOntoASymlinkIsRefusedAndAnExistingFileReplaced() throws IOException {
        Path run = aRun();
        Path real = Files.writeString(dir.resolve("real.html"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), real);
        assertEquals(2, CliRun.of("report", "--run", run.toString(), "--out", link.toString()).status());
        assertEquals("keep", Files.readString(real));
        assertTrue(Files.isSymbolicLink(link));

        assertEquals(0, CliRun.of("report", "--run", run.toString(), "--out", real.toString()).status());
        assertTrue(Files.readString(real).startsWith("<!DOCTYPE html>"));
    }

    // ---- I/O failures: exit 2 with a plain line, no trace, no temporary name

    private static void plainFailure(CliRun r, String line) {
        refused(r, line);
        assertFalse(r.err().contains("internal error") || r.err().contains("Exception") || r.err().contains(".tmp."),
                r.err());
    }

    @Test
    void aDirectoryTheProcessMayNotWriteIsPermissionDenied() {
        // tests run as root, whom chmod does not stop; sysfs refuses new entries even to root
        plainFailure(backtest("/sys/ladderbench-out"), "error: cannot write /sys/ladderbench-out: permission denied");
    }

    @Test
    void procIsRefusedPlainly() {
        plainFailure(backtest("/proc/x"), "error: cannot write /proc/x: no such file or directory");
        plainFailure(CliRun.of("report", "--run", aRun().toString(), "--out", "/proc/x.html"),
                "error: cannot write /proc/x.html: no such file or directory");
    }

    @Test
    void aParentThatIsAFileIsAPlainFailure() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "keep");
        plainFailure(backtest(file.resolve("run").toString()),
                "error: cannot write " + file.resolve("run") + ": not a directory");
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void aSiblingOfTheInputsIsFine() throws IOException {
        Path project = dir.resolve("project");
        List<Path> in = copyInputs(project.resolve("inputs"));
        Path run = project.resolve("runs/first");
        assertEquals(0, backtest(in.get(0).toString(), in.get(1).toString(), in.get(2).toString(), run.toString())
                .status());
        assertTrue(Files.exists(run.resolve("result.json")));
    }
}
