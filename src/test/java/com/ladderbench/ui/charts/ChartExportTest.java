package com.ladderbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChartExportTest {
    private TimeSeriesChart chart;

    @Start
    void start(Stage stage) {
        chart = new TimeSeriesChart("Equity");
        stage.setScene(new Scene(new StackPane(chart), 640, 360));
        // the stage is shared between test classes: one an earlier class resized keeps its size otherwise
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void exportWritesAPngReadableByImageIoWithTheChartsSize(@TempDir Path dir) throws Exception {
        var eq = Fixtures.sample().primary().equity();
        Path file = dir.resolve("equity.png");
        WaitForAsyncUtils.asyncFx(() -> {
            chart.setSeries(List.of(LineSeries.line("ladder", eq.time(), eq.equity(), Palette.LADDER)));
            ChartExport.writePng(chart, file);
            return null;
        }).get(20, TimeUnit.SECONDS);
        BufferedImage img = ImageIO.read(file.toFile());
        assertNotNull(img, "ImageIO reads the file back");
        assertEquals(640, img.getWidth());
        assertEquals(360, img.getHeight());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void everyChartOffersSaveAsPngInItsContextMenu() throws Exception {
        var menu = WaitForAsyncUtils.asyncFx(() -> {
            var m = ChartExport.install(new StackPane(), () -> "x");
            return m.getItems().get(0).getText();
        }).get(5, TimeUnit.SECONDS);
        assertEquals(ChartExport.MENU_TEXT, menu);
    }

    @Test
    void suggestedFileNamesArePlain() {
        assertEquals("equity-drawdown", ChartExport.safeName("Equity / drawdown"));
        assertEquals("chart", ChartExport.safeName("  "));
        assertTrue(ChartExport.safeName("Price BTC-USD").matches("[a-z0-9_-]+"));
    }
}
