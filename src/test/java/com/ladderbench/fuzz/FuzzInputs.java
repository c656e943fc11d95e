package com.ladderbench.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the fuzz tests share: the readers under test take files, so each input is written to one
 * scratch file per target (rewritten for every input, deleted when the JVM exits), and the one
 * property every reader must keep on bad input.
 */
public final class FuzzInputs {
    private FuzzInputs() {
    }

    /** A scratch file named {@code name} in a fresh temporary directory, created once per target. */
    public static Path scratchFile(String name) {
        try {
            Path dir = Files.createTempDirectory("ladderbench-fuzz-");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve(name);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the scratch file's bytes with this input. */
    public static Path write(Path file, byte[] input) {
        try {
            return Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bad input is reported as a problem the user can act on: at least one, each naming the file
     * as given and saying what is wrong in one line.
     */
    public static void assertReportsFile(InvalidInputException e, Path file) {
        assertFalse(e.problems().isEmpty(), "an InvalidInputException without problems");
        for (Problem p : e.problems()) {
            assertEquals(file.toString(), p.file(), () -> "problem does not name the file: " + p.render());
            assertTrue(p.message() != null && !p.message().isBlank(), () -> "problem without a message: " + p);
        }
    }
}
