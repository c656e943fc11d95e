package com.ladderbench.core.samples;

import com.ladderbench.core.io.Checksums;
import com.ladderbench.core.io.OutputTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The bundled sample backtests. From a checkout they are read in place from
 * {@code sample-backtests/}; from the jar alone they are copied out of the class path once into
 * {@code ~/.ladderbench/samples/}, so the workbench always opens on a real result.
 */
public final class Samples {
    public static final String DEFAULT = "trend-ladder";
    /**
     * Every bundled sample, in the order menus list them: the generated scenarios, then the real
     * data. A folder is only found in the jar through this list (a class path cannot be listed).
     */
    public static final List<String> ALL = List.of(DEFAULT, "mean-reversion-latch", "multi-symbol-tf",
            "bitstamp-2013", "eth-2023-depeg");
    static final String FOLDER = "sample-backtests";
    /** Files of a sample, as listed in the jar by {@code sample-backtests/index.txt}. */
    static final String INDEX = "index.txt";

    private Samples() {
    }

    /** A sample's plan, config and data arguments. */
    public record Sample(String name, Path dir, Path plan, Path config, List<String> dataSpecs) {
    }

    public static Sample defaultSample() throws IOException {
        return sample(DEFAULT);
    }

    public static Sample sample(String name) throws IOException {
        return sample(name, Path.of(FOLDER), Path.of(System.getProperty("user.home"), ".ladderbench", "samples"));
    }

    /**
     * From {@code localRoot} when the sample is there (a checkout), else extracted from the jar once
     * into {@code cacheRoot/NAME-HASH}, which later starts reuse: nothing piles up in the system's
     * temporary folder, and a changed bundle gets a folder of its own.
     */
    static Sample sample(String name, Path localRoot, Path cacheRoot) throws IOException {
        Path local = localRoot.resolve(name);
        Path dir = Files.isDirectory(local) ? local : extract(name, cacheRoot);
        return describe(name, dir);
    }

    /** Reads a sample folder: plan.json, config.json (optional) and every SYMBOL_TIMEFRAME.csv. */
    public static Sample describe(String name, Path dir) throws IOException {
        List<String> data = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted()
                    .forEach(p -> data.add(p.toString()));
        }
        Path config = dir.resolve("config.json");
        return new Sample(name, dir, dir.resolve("plan.json"), Files.exists(config) ? config : null, data);
    }

    private static Path extract(String name, Path cacheRoot) throws IOException {
        String base = "/" + FOLDER + "/" + name + "/";
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream in = Samples.class.getResourceAsStream(base + INDEX)) {
            if (in == null) throw new IOException("sample '" + name + "' is not bundled");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                try (InputStream f = Samples.class.getResourceAsStream(base + line.trim())) {
                    if (f == null) throw new IOException("bundled sample file missing: " + base + line.trim());
                    files.put(line.trim(), f.readAllBytes());
                }
            }
        }
        StringBuilder content = new StringBuilder();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            content.append(f.getKey()).append('=').append(Checksums.sha256(f.getValue())).append('\n');
        }
        Path dir = cacheRoot.resolve(name + "-" + Checksums.sha256(content.toString()).substring(0, 12));
        if (Files.isDirectory(dir)) return dir;
        try {
            OutputTarget.directory(dir, OutputTarget.Kind.SAMPLE).writeDirectory(tmp -> {
                for (Map.Entry<String, byte[]> f : files.entrySet()) Files.write(tmp.resolve(f.getKey()), f.getValue());
            });
        } catch (IOException e) {
            if (!Files.isDirectory(dir)) throw e; // else another start extracted it at the same moment
        }
        return dir;
    }
}
