package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7: files are identical bytes under any locale. Backtest, compare and report run in child
 * JVMs whose default locale is set at start-up (Persian digits, German decimal commas, Hindi), and
 * every file they write, and what they print, equals the root-locale run byte for byte.
 */
class LocaleIndependentOutputTest {
    /** language, country; the empty pair is the root locale the others are compared with. */
    private static final String[][] LOCALES = {{"", ""}, {"fa", "IR"}, {"de", "DE"}, {"hi", "IN"}};

    @TempDir
    static Path tmp;

    private static final Map<String, Path> OUTPUTS = new LinkedHashMap<>();

    @BeforeAll
    static void runUnderEveryLocale() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> running = new ArrayList<>();
        for (String[] l : LOCALES) {
            String name = l[0].isEmpty() ? "root" : l[0] + "-" + l[1];
            Path out = tmp.resolve(name);
            OUTPUTS.put(name, out);
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Duser.language=" + l[0],
                    "-Duser.country=" + l[1], "-Djava.awt.headless=true",
                    "-cp", System.getProperty("java.class.path"), LocaleChildRun.class.getName(), out.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(tmp.resolve(name + ".log").toFile());
            pb.environment().remove("LC_ALL");
            pb.environment().remove("LANG");
            running.add(pb.start());
        }
        int i = 0;
        for (String name : OUTPUTS.keySet()) {
            Process p = running.get(i++);
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), name + " did not finish");
            assertEquals(0, p.exitValue(), () -> name + ": " + log(name));
        }
    }

    private static String log(String name) {
        try {
            return Files.readString(tmp.resolve(name + ".log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void everyFileAndEveryPrintedLineIsIdenticalToTheRootLocaleRun() throws IOException {
        Path root = OUTPUTS.get("root");
        List<Path> expected = files(root);
        assertTrue(expected.contains(Path.of("run", "legs.csv")) && expected.contains(Path.of("report.html")),
                expected.toString());
        for (Map.Entry<String, Path> o : OUTPUTS.entrySet()) {
            assertEquals(expected, files(o.getValue()), o.getKey() + ": the same files");
            for (Path f : expected) {
                assertArrayEquals(Files.readAllBytes(root.resolve(f)), Files.readAllBytes(o.getValue().resolve(f)),
                        o.getKey() + ": " + f.toString().replace(File.separatorChar, '/'));
            }
        }
    }

    @Test
    void filesHoldAsciiDigitsAndFillIdsAreLatin() throws IOException {
        String legs = Files.readString(OUTPUTS.get("fa-IR").resolve("run").resolve("legs.csv"));
        assertTrue(legs.contains(",F000001,"), "fill ids under fa-IR: " + legs.lines().skip(1).findFirst().orElse(""));
        for (Path f : files(OUTPUTS.get("fa-IR"))) {
            String text = Files.readString(OUTPUTS.get("fa-IR").resolve(f));
            assertTrue(text.codePoints().noneMatch(c -> Character.isDigit(c) && (c < '0' || c > '9')),
                    f + " holds a non-ASCII digit");
        }
    }
}
