package com.ladderbench.core.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled samples: every folder is offered, and starting from the jar alone leaks no temp folder per start. */
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

    @Test
    void theListOfSamplesIsEveryFolderWithAPlanAndNothingElse() throws Exception {
        Set<String> folders;
        try (Stream<Path> dirs = Files.list(Path.of(Samples.FOLDER))) {
            folders = dirs.filter(d -> Files.isRegularFile(d.resolve("plan.json")))
                    .map(d -> d.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(folders, new TreeSet<>(Samples.ALL), "a sample folder missing from Samples.ALL is never offered");
        assertEquals(Samples.DEFAULT, Samples.ALL.get(0));
    }

    @Test
    void everySampleDescribesItsPlanConfigAndOneDataFilePerSeries() throws Exception {
        for (String name : Samples.ALL) {
            Samples.Sample s = Samples.sample(name);
            assertTrue(Files.isRegularFile(s.plan()), name);
            assertTrue(!s.dataSpecs().isEmpty() && s.dataSpecs().stream().allMatch(d -> d.endsWith(".csv")), name);
            List<String> index = Files.readAllLines(s.dir().resolve(Samples.INDEX));
            assertTrue(index.contains("README.md") && index.contains("plan.json"), name + "/index.txt is stale");
        }
    }
}
