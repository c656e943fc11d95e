package com.ladderbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ladderbench} launcher script: its class-data archive may change how fast a command
 * starts and nothing else (output, exit status, files), and it never serves an archive older than the jar.
 * It runs a small stand-in jar here, since the real one is built after the tests.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("ladderbench").toAbsolutePath();

    @TempDir
    Path dir;
    Path jar;
    Path archive;

    /** The stand-in for ladderbench.jar: prints its arguments, one per line, and exits with the status in $ECHO_STATUS. */
    public static final class Echo {
        public static void main(String[] args) {
            for (String a : args) System.out.println("[" + a + "]");
            String status = System.getenv("ECHO_STATUS");
            System.exit(status == null ? 0 : Integer.parseInt(status));
        }
    }

    record Ran(int status, String out, String err) {
    }

    @BeforeEach
    void buildStandIn() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
        jar = dir.resolve("ladderbench.jar");
        archive = dir.resolve("ladderbench-validate.jsa");
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Echo.class.getName());
        String entry = Echo.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, mf);
                var in = Echo.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        // an archive and a jar written in the same second must not look stale by rounding
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    }

    private Ran run(String status, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", SCRIPT.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("LADDERBENCH_JAR", jar.toString());
        pb.environment().put("ECHO_STATUS", status);
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Process p = pb.start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Ran(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains("partial")).toList();
        }
    }

    @Test
    void theFirstCommandWritesTheArchiveAndTheNextReadsItWithTheSameOutput() throws Exception {
        Ran first = run("0", "validate", "--plan", "a plan.json", "");
        assertEquals(new Ran(0, "[validate]\n[--plan]\n[a plan.json]\n[]\n", ""), first);
        assertTrue(Files.size(archive) > 0, "archive written");
        assertEquals(List.of(), leftovers());

        FileTime written = Files.getLastModifiedTime(archive);
        Ran second = run("0", "validate", "--plan", "a plan.json", "");
        assertEquals(first, second);
        assertEquals(written, Files.getLastModifiedTime(archive), "a current archive is read, not rewritten");
    }

    @Test
    void theCommandsExitStatusPassesThroughWhetherTheArchiveIsWrittenOrRead() throws Exception {
        assertEquals(2, run("2", "validate").status());
        assertTrue(Files.exists(archive));
        assertEquals(2, run("2", "validate").status());
        assertEquals(1, run("1", "validate").status());
    }

    @Test
    void eachCommandHasAnArchiveOfItsOwnAndAnyOtherFirstWordsShareOne() throws Exception {
        run("0", "validate");
        run("0", "compare", "--plan", "p.json");
        run("0", "--help");
        run("0", "../../etc/x");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("ladderbench-compare.jsa", "ladderbench-other.jsa", "ladderbench-validate.jsa",
                    "ladderbench.jar"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(new Ran(0, "[../../etc/x]\n", ""), run("0", "../../etc/x"));
    }

    @Test
    void aJarRebuiltAfterItsArchiveGetsAFreshOne() throws Exception {
        run("0", "validate");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(120)));
        FileTime stale = Files.getLastModifiedTime(archive);

        Ran ran = run("0", "validate");
        assertEquals(new Ran(0, "[validate]\n", ""), ran);
        assertTrue(Files.getLastModifiedTime(archive).compareTo(stale) > 0, "archive rewritten");
    }

    @Test
    void aCorruptArchiveChangesNothingButTheSpeed() throws Exception {
        Files.writeString(archive, "not an archive");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));
        assertEquals(new Ran(0, "[validate]\n", ""), run("0", "validate"));
    }

    @Test
    void theWorkbenchWithoutACommandWritesNoArchive() throws Exception {
        assertEquals(new Ran(0, "", ""), run("0"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("ladderbench.jar"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aMissingJarIsNamedWithHowToBuildIt() throws Exception {
        Files.delete(jar);
        Ran ran = run("0", "validate");
        assertEquals(2, ran.status());
        assertEquals("", ran.out());
        assertEquals("error: " + jar + " not found; build it first: mvn -B -q package -DskipTests\n", ran.err());
    }
}
