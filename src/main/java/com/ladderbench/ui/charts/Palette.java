package com.ladderbench.ui.charts;

import javafx.scene.paint.Color;

/**
 * Colours every view uses for the same things: Okabe–Ito hues, which stay distinguishable for
 * colour-blind readers and on a projector.
 */
public final class Palette {
    public static final Color LADDER = Color.web("#0072B2");
    public static final Color BASELINE = Color.web("#E69F00");
    public static final Color BUY = Color.web("#009E73");
    public static final Color SELL = Color.web("#D55E00");
    public static final Color PRICE = Color.web("#333333");
    public static final Color HIGHLIGHT = Color.web("#F0E442", 0.45);
    public static final Color BETTER = Color.web("#1A7F37");
    public static final Color WORSE = Color.web("#C0362C");
    private static final Color[] VARIANTS = {
        Color.web("#CC79A7"), Color.web("#009E73"), Color.web("#56B4E9"), Color.web("#D55E00"),
        Color.web("#7F7F7F"), Color.web("#8C564B"), Color.web("#17BECF"), Color.web("#BCBD22"),
    };

    private Palette() {
    }

    /** The colour of the side at {@code index} in a result (ladder, baseline, then variants). */
    public static Color side(int index) {
        if (index == 0) return LADDER;
        if (index == 1) return BASELINE;
        return VARIANTS[(index - 2) % VARIANTS.length];
    }

    /** White-to-red heat colour for {@code t} in 0..1; light enough that black text stays readable. */
    public static Color heat(double t) {
        double c = Math.max(0, Math.min(1, t));
        return Color.hsb(12, 0.08 + 0.72 * c, 1.0 - 0.12 * c);
    }

    /** Diverging colour for sweep heatmaps: red (worst) through pale yellow to green (best). */
    public static Color diverging(double t) {
        double c = Math.max(0, Math.min(1, t));
        double hue = 5 + 125 * c;
        double sat = 0.15 + 0.55 * Math.abs(c - 0.5) * 2;
        return Color.hsb(hue, sat, 0.97 - 0.1 * Math.abs(c - 0.5) * 2);
    }
}
