package com.ladderbench.ui.charts;

import com.ladderbench.core.report.ChartColors;
import javafx.scene.paint.Color;

/**
 * Colours every view uses for the same things: Okabe–Ito hues, which stay distinguishable for
 * colour-blind readers and on a projector.
 */
public final class Palette {
    public static final Color LADDER = Color.web(ChartColors.LADDER);
    public static final Color BASELINE = Color.web(ChartColors.BASELINE);
    public static final Color BUY = Color.web(ChartColors.BUY);
    public static final Color SELL = Color.web(ChartColors.SELL);
    public static final Color PRICE = Color.web(ChartColors.PRICE);
    public static final Color HIGHLIGHT = Color.web("#F0E442", 0.45);
    public static final Color BETTER = Color.web(ChartColors.BETTER);
    public static final Color WORSE = Color.web(ChartColors.WORSE);

    private Palette() {
    }

    /** The colour of the side at {@code index} in a result (ladder, baseline, then variants). */
    public static Color side(int index) {
        return Color.web(ChartColors.side(index));
    }

    /** White-to-red heat colour for {@code t} in 0..1; light enough that black text stays readable. */
    public static Color heat(double t) {
        double c = Math.max(0, Math.min(1, t));
        return Color.hsb(12, 0.08 + 0.72 * c, 1.0 - 0.12 * c);
    }

    /** Diverging colour for sweep heatmaps: red (worst) through pale yellow to green (best). */
    public static Color diverging(double t) {
        double[] hsb = ChartColors.divergingHsb(t);
        return Color.hsb(hsb[0], hsb[1], hsb[2]);
    }
}
