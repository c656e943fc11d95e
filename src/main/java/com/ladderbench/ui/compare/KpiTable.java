package com.ladderbench.ui.compare;

import com.ladderbench.core.analysis.MetricField;
import com.ladderbench.core.compare.Comparison;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.ui.charts.NumberFormats;
import com.ladderbench.ui.charts.Palette;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;

/**
 * Every metric of every run side by side, one column per run; each run's cell also shows its
 * difference from the baseline, green when that is an improvement ({@link MetricField.Better}).
 */
public final class KpiTable extends TableView<MetricField> {

    public KpiTable() {
        setItems(FXCollections.observableArrayList(MetricField.values()));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label("No runs"));
    }

    /** One column per side, after the metric names. */
    public void show(List<ComparisonResult.Side> sides) {
        getColumns().clear();
        TableColumn<MetricField, String> name = new TableColumn<>("Metric");
        name.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().label()));
        name.setPrefWidth(160);
        name.setSortable(false);
        getColumns().add(name);
        ComparisonResult.Side baseline = null;
        for (ComparisonResult.Side s : sides) if (s.name().equals(Comparison.BASELINE)) baseline = s;
        for (int i = 0; i < sides.size(); i++) {
            getColumns().add(column(sides.get(i), baseline, Palette.side(i)));
        }
    }

    /**
     * The text of one cell: the figure, and its delta against the baseline for other runs.
     * Percentages (win rate too, a 0..1 fraction in the metrics) read as {@code 41.2%} and their
     * deltas in percentage points ({@code -3.1 pp}), never as a relative change.
     */
    public static String cellText(MetricField f, ComparisonResult.Side side, ComparisonResult.Side baseline) {
        double v = f.of(side.result().metrics());
        String text = format(f, v);
        if (baseline == null || baseline == side) return text;
        double d = v - f.of(baseline.result().metrics());
        double scale = percentScale(f);
        if (scale > 0) return text + "   (" + NumberFormats.signed(d * scale, 2) + " pp)";
        return text + "   (" + NumberFormats.signed(d, decimals(f, d)) + ")";
    }

    static String format(MetricField f, double v) {
        double scale = percentScale(f);
        if (scale > 0) return NumberFormats.fixed(v * scale, 2) + (Double.isFinite(v) ? "%" : "");
        return NumberFormats.fixed(v, decimals(f, v));
    }

    /** What turns the metric into percent: 100 for the win rate (a fraction), 1 for *_pct; 0 when not a percentage. */
    static double percentScale(MetricField f) {
        return switch (f) {
            case WIN_RATE -> 100;
            case TOTAL_RETURN_PCT, MAX_DRAWDOWN_PCT, EXPOSURE_PCT -> 1;
            default -> 0;
        };
    }

    private static int decimals(MetricField f, double v) {
        if (f.isCount()) return 0;
        return Math.abs(v) < 10 ? 3 : 2;
    }

    private static TableColumn<MetricField, String> column(ComparisonResult.Side side, ComparisonResult.Side baseline,
            Color colour) {
        TableColumn<MetricField, String> c = new TableColumn<>(side.name());
        c.setId("run-" + side.name());
        c.setSortable(false);
        c.setPrefWidth(baseline == null || baseline == side ? 130 : 230);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cellText(cd.getValue(), side, baseline)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (empty || baseline == null || baseline == side || getTableRow() == null
                        || getTableRow().getItem() == null) {
                    setTextFill(Color.BLACK);
                    return;
                }
                MetricField f = getTableRow().getItem();
                double d = f.of(side.result().metrics()) - f.of(baseline.result().metrics());
                setTextFill(colour(f.better(), d));
            }
        });
        javafx.scene.control.Label header = new javafx.scene.control.Label(side.name());
        header.setStyle("-fx-font-weight: bold; -fx-text-fill: " + web(colour) + ";");
        c.setGraphic(header);
        c.setText(null);
        return c;
    }

    private static Color colour(MetricField.Better better, double d) {
        if (!Double.isFinite(d) || d == 0 || better == MetricField.Better.NEITHER) return Color.BLACK;
        boolean good = better == MetricField.Better.HIGHER ? d > 0 : d < 0;
        return good ? Palette.BETTER : Palette.WORSE;
    }

    private static String web(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02X%02X%02X", (int) (c.getRed() * 255), (int) (c.getGreen() * 255),
                (int) (c.getBlue() * 255));
    }
}
