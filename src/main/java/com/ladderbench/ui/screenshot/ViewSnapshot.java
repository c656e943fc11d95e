package com.ladderbench.ui.screenshot;

import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.ui.Styles;
import com.ladderbench.ui.WorkbenchView;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;

/** Renders a view alone in a scene of a given size, styled like the workbench, to a PNG. */
public final class ViewSnapshot {
    private ViewSnapshot() {
    }

    /** Call on the FX thread. */
    public static BufferedImage render(WorkbenchView view, int width, int height) {
        Parent root = new StackPane(view.node());
        Scene scene = new Scene(root, width, height);
        Styles.apply(scene);
        root.applyCss();
        root.layout();
        WritableImage image = scene.snapshot(null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** Any thread; written atomically. */
    public static void writePng(BufferedImage image, Path out) throws IOException {
        writePng(image, OutputTarget.file(out));
    }

    public static void writePng(BufferedImage image, OutputTarget out) throws IOException {
        out.writeFile(o -> {
            if (!ImageIO.write(image, "png", o)) throw new IOException("no PNG writer available");
        });
    }
}
