package com.ladderbench.core.report;

import java.util.Locale;

/**
 * The colours of the workbench and the HTML report, as CSS hex, in one place: Okabe–Ito hues,
 * distinguishable for colour-blind readers and on a projector. The UI's {@code Palette} wraps these,
 * so a ladder line is the same blue in a chart on screen and in a report.
 */
public final class ChartColors {
    public static final String LADDER = "#0072B2";
    public static final String BASELINE = "#E69F00";
    public static final String BUY = "#009E73";
    public static final String SELL = "#D55E00";
    public static final String PRICE = "#333333";
    public static final String BETTER = "#1A7F37";
    public static final String WORSE = "#C0362C";
    private static final String[] VARIANTS = {
        "#CC79A7", "#009E73", "#56B4E9", "#D55E00", "#7F7F7F", "#8C564B", "#17BECF", "#BCBD22",
    };

    private ChartColors() {
    }

    /** The colour of the side at {@code index} of a result: ladder, baseline, then the variants in turn. */
    public static String side(int index) {
        if (index == 0) return LADDER;
        if (index == 1) return BASELINE;
        return VARIANTS[(index - 2) % VARIANTS.length];
    }

    /** Hue, saturation and brightness of the sweep heatmap's colour for {@code t} in 0..1 (worst red, best green). */
    public static double[] divergingHsb(double t) {
        double c = Math.max(0, Math.min(1, t));
        double far = Math.abs(c - 0.5) * 2;
        return new double[] {5 + 125 * c, 0.15 + 0.55 * far, 0.97 - 0.1 * far};
    }

    /** {@link #divergingHsb} as CSS hex. */
    public static String diverging(double t) {
        double[] hsb = divergingHsb(t);
        return hex(hsb[0], hsb[1], hsb[2]);
    }

    /** HSB (hue in degrees) to {@code #rrggbb}, the conversion JavaFX's {@code Color.hsb} makes. */
    static String hex(double hue, double saturation, double brightness) {
        double h = ((hue % 360) + 360) % 360 / 60;
        int sector = (int) Math.floor(h);
        double f = h - sector;
        double p = brightness * (1 - saturation);
        double q = brightness * (1 - saturation * f);
        double t = brightness * (1 - saturation * (1 - f));
        double[] rgb = switch (sector) {
            case 0 -> new double[] {brightness, t, p};
            case 1 -> new double[] {q, brightness, p};
            case 2 -> new double[] {p, brightness, t};
            case 3 -> new double[] {p, q, brightness};
            case 4 -> new double[] {t, p, brightness};
            default -> new double[] {brightness, p, q};
        };
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(rgb[0] * 255), Math.round(rgb[1] * 255),
                Math.round(rgb[2] * 255));
    }
}
