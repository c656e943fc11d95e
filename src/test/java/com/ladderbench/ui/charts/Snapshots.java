package com.ladderbench.ui.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.scene.Node;

/** Test helper: writes what a view looks like to target/ui-snapshots/NAME.png, to look at by eye. */
public final class Snapshots {
    public static final Path DIR = Path.of("target", "ui-snapshots");

    private Snapshots() {
    }

    /** Call on the FX thread. */
    public static Path save(Node node, String name) {
        Path file = DIR.resolve(name + ".png");
        try {
            ChartExport.writePng(node, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
