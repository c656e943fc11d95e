package com.ladderbench.core.data;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/** Test helpers: write CSV text to a file and read it back, or capture the problems. */
final class CsvFiles {
    private CsvFiles() {
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BarSeries read(Path dir, Timeframe tf, String text) throws InvalidInputException {
        return BarCsvReader.read(new DataSpec("BTC-USD", tf, write(dir, "data.csv", text)));
    }

    static List<Problem> problems(Path dir, Timeframe tf, String text) {
        InvalidInputException e = Assertions.assertThrows(InvalidInputException.class, () -> read(dir, tf, text));
        return e.problems();
    }
}
