package com.ladderbench.core.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled sample backtests. From a checkout they are read in place from
 * {@code sample-backtests/}; from the jar alone they are copied out of the class path into a
 * temporary folder, so the workbench always opens on a real result.
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
        Path local = Path.of(FOLDER, name);
        Path dir = Files.isDirectory(local) ? local : extract(name);
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

    private static Path extract(String name) throws IOException {
        String base = "/" + FOLDER + "/" + name + "/";
        List<String> files = new ArrayList<>();
        try (InputStream in = Samples.class.getResourceAsStream(base + INDEX)) {
            if (in == null) throw new IOException("sample '" + name + "' is not bundled");
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) files.add(line.trim());
            }
        }
        Path dir = Files.createTempDirectory("ladderbench-sample-").resolve(name);
        Files.createDirectories(dir);
        for (String f : files) {
            try (InputStream in = Samples.class.getResourceAsStream(base + f)) {
                if (in == null) throw new IOException("bundled sample file missing: " + base + f);
                Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
