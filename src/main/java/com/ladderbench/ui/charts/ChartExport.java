package com.ladderbench.ui.charts;

import com.ladderbench.core.io.OutputTarget;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;

/** "Save chart as PNG…" for any chart node: a snapshot of the node, written atomically. */
public final class ChartExport {
    public static final String MENU_TEXT = "Save chart as PNG…";

    private ChartExport() {
    }

    /** Writes a PNG of {@code node} as it is shown (its laid-out size). Call on the FX thread. */
    public static void writePng(Node node, Path file) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = node.snapshot(params, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        OutputTarget.file(file).labelled("Save to").writeFile(out -> {
            if (!ImageIO.write(buffered, "png", out)) throw new IOException("no PNG writer available");
        });
    }

    /** Adds the export item (and any {@code extra} items) to a context menu on {@code node}. */
    public static ContextMenu install(Node node, Supplier<String> suggestedName, MenuItem... extra) {
        MenuItem save = new MenuItem(MENU_TEXT);
        save.setOnAction(e -> saveWithChooser(node, suggestedName.get()));
        ContextMenu menu = new ContextMenu();
        menu.getItems().add(save);
        menu.getItems().addAll(extra);
        node.setOnContextMenuRequested(e -> {
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return menu;
    }

    private static void saveWithChooser(Node node, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save chart as PNG");
        chooser.setInitialFileName(safeName(suggestedName) + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        java.io.File f = chooser.showSaveDialog(node.getScene() == null ? null : node.getScene().getWindow());
        if (f == null) return;
        try {
            writePng(node, f.toPath());
        } catch (IOException ex) {
            Alert alert = new Alert(Alert.AlertType.ERROR, ex.getMessage());
            alert.setHeaderText("Chart not saved");
            alert.show();
        }
    }

    /** A file name from a chart title: letters, digits, '-' and '_' only. */
    static String safeName(String s) {
        String n = s == null ? "" : s.trim().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("(^-+|-+$)", "");
        return n.isEmpty() ? "chart" : n.toLowerCase(java.util.Locale.ROOT);
    }
}
