package com.ladderbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.core.report.ChartColors;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The workbench and the HTML report draw the same things in the same colours. */
class PaletteSharedColoursTest {
    @Test
    void everySideHasTheReportsColourInTheWorkbench() {
        for (int i = 0; i < 12; i++) assertEquals(Color.web(ChartColors.side(i)), Palette.side(i), "side " + i);
        assertEquals(Palette.LADDER, Palette.side(0));
        assertEquals(Palette.BASELINE, Palette.side(1));
    }

    @Test
    void theReportsHeatmapHexIsTheWorkbenchsDivergingColour() {
        for (int k = 0; k <= 20; k++) {
            double t = k / 20.0;
            Color fx = Palette.diverging(t);
            Color hex = Color.web(ChartColors.diverging(t));
            assertEquals(fx.getRed(), hex.getRed(), 1 / 255.0, "t=" + t);
            assertEquals(fx.getGreen(), hex.getGreen(), 1 / 255.0, "t=" + t);
            assertEquals(fx.getBlue(), hex.getBlue(), 1 / 255.0, "t=" + t);
        }
    }
}
