package com.ladderbench.ui.charts;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

/**
 * A heat-coloured table: every cell shows its figure as text (so colour is never the only
 * carrier of the value) on a background from a colour scale explained by a legend beneath.
 */
public final class HeatTable extends VBox {
    private static final Color HEADER_BG = Color.web("#F2F2F2");
    private static final Color TOTAL_BG = Color.web("#E8E8E8");
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final HBox legend = new HBox(6);
    private Label[][] cells = new Label[0][0];
    private Label grand;
    private HeatData data;

    public HeatTable(String titleText) {
        title.setText(titleText);
        title.setStyle("-fx-font-size: 12px; -fx-font-weight: bold;");
        grid.setHgap(1);
        grid.setVgap(1);
        grid.setStyle("-fx-background-color: #D0D0D0; -fx-padding: 1;");
        legend.setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        setPadding(new Insets(6));
        setFillWidth(false);
        getChildren().addAll(title, grid, legend);
        ChartExport.install(this, () -> title.getText());
    }

    public void setTitle(String text) { title.setText(text); }

    public HeatData data() { return data; }

    /** The text shown in a value cell. */
    public String cellText(int row, int column) { return cells[row][column].getText(); }

    /** The text of the bottom-right total, or null without totals. */
    public String grandTotalText() { return grand == null ? null : grand.getText(); }

    public void setData(HeatData d) {
        this.data = d;
        grid.getChildren().clear();
        grand = null;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : d.values()) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (d.scale() == HeatData.HeatScale.SEQUENTIAL) min = Math.min(0, min);
        grid.add(header(d.rowHeader(), Pos.CENTER_LEFT), 0, 0);
        for (int c = 0; c < d.columns().size(); c++) grid.add(header(d.columns().get(c), Pos.CENTER), c + 1, 0);
        if (d.hasTotals()) grid.add(header("Total", Pos.CENTER), d.columns().size() + 1, 0);
        cells = new Label[d.rows().size()][d.columns().size()];
        for (int r = 0; r < d.rows().size(); r++) {
            grid.add(header(d.rows().get(r), Pos.CENTER_LEFT), 0, r + 1);
            for (int c = 0; c < d.columns().size(); c++) {
                double v = d.values()[r][c];
                Label cell = cell(Double.isNaN(v) ? "n/a" : d.format().apply(v), colour(d.scale(), v, min, max));
                cells[r][c] = cell;
                grid.add(cell, c + 1, r + 1);
            }
            if (d.hasTotals()) grid.add(total(d.format().apply(d.rowTotals()[r])), d.columns().size() + 1, r + 1);
        }
        if (d.hasTotals()) {
            int last = d.rows().size() + 1;
            grid.add(header("Total", Pos.CENTER_LEFT), 0, last);
            for (int c = 0; c < d.columns().size(); c++) grid.add(total(d.format().apply(d.columnTotals()[c])), c + 1, last);
            grand = total(d.format().apply(d.grandTotal()));
            grid.add(grand, d.columns().size() + 1, last);
        }
        buildLegend(d, min, max);
    }

    private void buildLegend(HeatData d, double min, double max) {
        legend.getChildren().clear();
        if (min == Double.POSITIVE_INFINITY) {
            legend.getChildren().add(new Label("No values"));
            return;
        }
        Region bar = new Region();
        bar.setMinSize(160, 12);
        bar.setPrefSize(160, 12);
        Stop[] stops = new Stop[6];
        for (int i = 0; i < stops.length; i++) {
            double t = i / (double) (stops.length - 1);
            stops[i] = new Stop(t, colour(d.scale(), min + t * (max - min), min, max));
        }
        bar.setBackground(new Background(new BackgroundFill(
                new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops), null, null)));
        bar.setStyle("-fx-border-color: #999999;");
        String lowNote = d.scale() == HeatData.HeatScale.SEQUENTIAL ? "" : d.scale() == HeatData.HeatScale.HIGHER_BETTER
                ? " (worst)" : " (best)";
        String highNote = d.scale() == HeatData.HeatScale.SEQUENTIAL ? "" : d.scale() == HeatData.HeatScale.HIGHER_BETTER
                ? " (best)" : " (worst)";
        legend.getChildren().addAll(new Label(d.legend() + ":"), new Label(d.format().apply(min) + lowNote), bar,
                new Label(d.format().apply(max) + highNote));
    }

    static Color colour(HeatData.HeatScale scale, double v, double min, double max) {
        if (!Double.isFinite(v)) return Color.WHITE;
        double t = max > min ? (v - min) / (max - min) : 0.5;
        switch (scale) {
            case SEQUENTIAL:
                return v == 0 ? Color.WHITE : Palette.heat(max > min ? t : 1);
            case HIGHER_BETTER:
                return Palette.diverging(t);
            default:
                return Palette.diverging(1 - t);
        }
    }

    private static Label header(String text, Pos pos) {
        Label l = new Label(text);
        l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setAlignment(pos);
        l.setTextAlignment(pos == Pos.CENTER ? javafx.scene.text.TextAlignment.CENTER : javafx.scene.text.TextAlignment.LEFT);
        l.setPadding(new Insets(3, 6, 3, 6));
        l.setBackground(new Background(new BackgroundFill(HEADER_BG, null, null)));
        l.setStyle("-fx-font-weight: bold; -fx-font-size: 11px;");
        GridPane.setFillWidth(l, true);
        GridPane.setFillHeight(l, true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setPrefWidth(pos == Pos.CENTER_LEFT ? Region.USE_COMPUTED_SIZE : 84);
        return l;
    }

    private static Label cell(String text, Color bg) {
        Label l = new Label(text);
        l.setAlignment(Pos.CENTER_RIGHT);
        l.setPadding(new Insets(3, 8, 3, 8));
        l.setMinWidth(52);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setBackground(new Background(new BackgroundFill(bg, null, null)));
        l.setTextFill(Color.BLACK);
        GridPane.setHalignment(l, HPos.RIGHT);
        return l;
    }

    private static Label total(String text) {
        Label l = cell(text, TOTAL_BG);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
