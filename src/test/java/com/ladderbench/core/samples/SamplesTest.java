package com.ladderbench.core.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting from the jar alone no longer leaks a ladderbench-sample-* folder per start (issue 10, point 10). */
class SamplesTest {
    @TempDir
    Path dir;

    private static List<Path> tempLeftovers() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("ladderbench-sample-")).toList();
        }
    }

    @Test
    void aBundledSampleIsExtractedOnceIntoTheCacheAndReused() throws IOException {
        List<Path> before = tempLeftovers();
        Path noCheckout = dir.resolve("no-checkout");
        Path cache = dir.resolve("cache");
        Samples.Sample first = Samples.sample(Samples.DEFAULT, noCheckout, cache);
        Samples.Sample second = Samples.sample(Samples.DEFAULT, noCheckout, cache);

        assertEquals(first.dir(), second.dir(), "the second start reuses the first's folder");
        assertTrue(first.dir().startsWith(cache), first.dir().toString());
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(1, s.count(), "one folder, no leftovers");
        }
        assertEquals(before, tempLeftovers(), "nothing in the system temporary folder");

        Path checkout = Path.of(Samples.FOLDER, Samples.DEFAULT);
        assertArrayEquals(Files.readAllBytes(checkout.resolve("plan.json")), Files.readAllBytes(first.plan()));
        assertEquals(List.of(first.dir().resolve("BTC-USD_1h.csv").toString()), first.dataSpecs());
    }
}
