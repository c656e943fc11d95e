package com.ladderbench.ui.overview;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.model.Metrics;
import com.ladderbench.ui.charts.NumberFormats;
import com.ladderbench.ui.charts.Palette;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;

/**
 * The headline figures as TilesFX number tiles: one row per run (ladder, then baseline), one
 * column per {@link Kpi}. The ladder's tiles also say how far it is from the baseline, green when
 * that is an improvement.
 */
public final class KpiTiles extends GridPane {
    private static final Color TILE_BG = Color.web("#2B2F36");
    private final List<Kpi> kpis = Kpi.headline();
    private final List<List<Tile>> rows = new ArrayList<>();

    public KpiTiles() {
        setHgap(6);
        setVgap(6);
        setPadding(new Insets(6));
        getColumnConstraints().add(new ColumnConstraints(70));
        for (int i = 0; i < kpis.size(); i++) {
            ColumnConstraints c = new ColumnConstraints(90, 150, Double.MAX_VALUE);
            c.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(c);
        }
    }

    /**
     * @param names the runs' names, shown at the left of each row
     * @param baseline the baseline's metrics for the deltas on the first row, or null
     */
    public void show(List<String> names, List<Metrics> metrics, Metrics baseline) {
        getChildren().clear();
        rows.clear();
        for (int r = 0; r < metrics.size(); r++) {
            Label name = new Label(names.get(r));
            name.setStyle("-fx-font-weight: bold; -fx-text-fill: " + web(Palette.side(r)) + ";");
            name.setWrapText(true);
            GridPane.setValignment(name, javafx.geometry.VPos.CENTER);
            add(name, 0, r);
            List<Tile> row = new ArrayList<>();
            for (int c = 0; c < kpis.size(); c++) {
                Kpi k = kpis.get(c);
                Metrics m = metrics.get(r);
                Tile t = tile(k, m, r == 0 && metrics.size() > 1 ? baseline : null);
                add(t, c + 1, r);
                row.add(t);
            }
            rows.add(row);
        }
    }

    /** The tile of run {@code row} and KPI {@code column}, for tests. */
    public Tile tile(int row, int column) { return rows.get(row).get(column); }

    public List<Kpi> kpis() { return kpis; }

    private static Tile tile(Kpi k, Metrics m, Metrics baseline) {
        double v = k.value(m);
        TileBuilder<?> b = TileBuilder.create()
                .skinType(Tile.SkinType.NUMBER)
                .prefSize(150, 112)
                .minSize(90, 100)
                .maxSize(Double.MAX_VALUE, 112)
                .backgroundColor(TILE_BG)
                .title(k.title())
                // the default title is a few pixels high on a 112 px tile; analysts scan the titles first
                .textSize(Tile.TextSize.BIGGER)
                .unit(k.unit())
                .decimals(k.decimals())
                // NUMBER tiles show the value as given; the wide range keeps losses from being clipped to 0
                .minValue(-1e15)
                .maxValue(1e15)
                .animated(false);
        if (Double.isFinite(v)) {
            b.value(v);
        } else {
            b.valueVisible(false).description("n/a").descriptionAlignment(Pos.CENTER);
        }
        if (baseline != null) {
            double d = v - k.value(baseline);
            // the description is the tile's second-largest text: deltas must be readable at a glance
            b.description("Δ " + NumberFormats.signed(d, k.decimals()) + k.deltaUnit() + " vs baseline")
                    .descriptionAlignment(Pos.TOP_RIGHT)
                    .descriptionColor(deltaColour(k.better().better(), d));
        }
        return b.build();
    }

    private static Color deltaColour(MetricField.Better better, double d) {
        if (!Double.isFinite(d) || d == 0 || better == MetricField.Better.NEITHER) return Color.web("#D0D0D0");
        boolean good = better == MetricField.Better.HIGHER ? d > 0 : d < 0;
        return good ? Color.web("#5FD38D") : Color.web("#FF8A80");
    }

    private static String web(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02X%02X%02X", (int) (c.getRed() * 255), (int) (c.getGreen() * 255),
                (int) (c.getBlue() * 255));
    }
}
