package com.ladderbench.ui.charts;

import com.ladderbench.model.Category;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import javafx.scene.paint.Color;

/**
 * What a leg did to its position, for pictures: the price markers and the TradeSets tree use the
 * same colour and shape for each, so a trim reads the same in both. Okabe–Ito hues, each with its
 * own shape so colour-blind readers can tell them apart too.
 */
public enum LegKind {
    ENTRY("entry", Color.web("#009E73"), MarkerShape.TRIANGLE),
    SCALE_IN("scale-in", Color.web("#56B4E9"), MarkerShape.DIAMOND),
    EXIT("exit", Color.web("#0072B2"), MarkerShape.SQUARE),
    TRIM("risk_reduce trim", Color.web("#E69F00"), MarkerShape.CIRCLE),
    RISK_OFF("risk_off", Color.web("#D55E00"), MarkerShape.CROSS),
    EMERGENCY_EXIT("emergency_exit", Color.web("#A0143C"), MarkerShape.STAR);

    private final String label;
    private final Color color;
    private final MarkerShape shape;

    LegKind(String label, Color color, MarkerShape shape) {
        this.label = label;
        this.color = color;
        this.shape = shape;
    }

    public String label() { return label; }

    public Color color() { return color; }

    public MarkerShape shape() { return shape; }

    /** CSS colour, for cells and labels. */
    public String web() {
        return String.format("#%02X%02X%02X", (int) Math.round(color.getRed() * 255),
                (int) Math.round(color.getGreen() * 255), (int) Math.round(color.getBlue() * 255));
    }

    public Marker.Legend legend() {
        return new Marker.Legend(label, color, shape);
    }

    /**
     * The kind of one of a set's legs: its first leg opened the position, later entries scaled in;
     * exits by the de-risk category of their trigger (none for imported fills: a plain exit).
     */
    public static LegKind of(TradeSet set, TradeLeg leg) {
        if (leg.isEntry()) return !set.legs().isEmpty() && set.legs().get(0).equals(leg) ? ENTRY : SCALE_IN;
        Category c = leg.category();
        if (c == Category.RISK_REDUCE) return TRIM;
        if (c == Category.RISK_OFF) return RISK_OFF;
        if (c == Category.EMERGENCY_EXIT) return EMERGENCY_EXIT;
        return EXIT;
    }
}
