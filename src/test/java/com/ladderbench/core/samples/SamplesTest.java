package com.ladderbench.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SamplesTest {

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
