package com.ladderbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.prompts.StrategistPrompts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prompt}: the workbench's prompt text on the command line. */
class PromptCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsTheSamePromptTheWorkbenchCopiesWithNoPlaceholderLeft() {
        CliRun r = CliRun.of("prompt", "--strategy", "mean_reversion");
        assertEquals(0, r.status(), r.err());
        assertEquals(StrategistPrompts.assemble("mean_reversion"), r.out());
        assertFalse(r.out().contains("{{"), "a placeholder was left unfilled");
        assertTrue(r.out().contains(StrategistPrompts.schema().strip()));
    }

    @Test
    void withoutAStrategyItUsesTheOneTheWorkbenchOpensOn() {
        assertEquals(StrategistPrompts.assemble(PromptCommand.DEFAULT_STRATEGY), CliRun.of("prompt").out());
    }

    @Test
    void listNamesEveryStrategyOnePerLine() {
        CliRun r = CliRun.of("prompt", "--list");
        assertEquals(0, r.status());
        assertEquals(String.join("\n", StrategistPrompts.strategies()) + "\n", r.out().replace("\r\n", "\n"));
    }

    @Test
    void anUnknownStrategyIsBadInputListingTheNames() {
        CliRun r = CliRun.of("prompt", "--strategy", "momentum");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        for (String s : StrategistPrompts.strategies()) assertTrue(r.err().contains(s), r.err());
        assertTrue(r.err().contains("--strategy") && r.err().contains("momentum"), r.err());
    }

    @Test
    void outWritesTheFileAndReplacesAnEarlierOne() throws Exception {
        Path f = tmp.resolve("prompt.txt");
        Files.writeString(f, "old");
        CliRun r = CliRun.of("prompt", "--strategy", "defensive", "--out", f.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(StrategistPrompts.assemble("defensive"), Files.readString(f));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void outNamingADirectoryIsRefusedAndLeftAlone() throws Exception {
        Path d = Files.createDirectory(tmp.resolve("dir"));
        CliRun r = CliRun.of("prompt", "--out", d.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("it is a directory"), r.err());
        assertTrue(Files.isDirectory(d));
    }
}
