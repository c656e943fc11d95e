package com.ladderbench.core.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The plan and config files under src/test/resources/plans/. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/plans/" + name);
        if (url == null) throw new IllegalArgumentException("no fixture " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
