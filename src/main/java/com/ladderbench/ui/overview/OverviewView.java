package com.ladderbench.ui.overview;

import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.Metrics;
import com.ladderbench.ui.WorkbenchResult;
import com.ladderbench.ui.WorkbenchView;
import com.ladderbench.ui.charts.LineSeries;
import com.ladderbench.ui.charts.NumberFormats;
import com.ladderbench.ui.charts.Palette;
import com.ladderbench.ui.charts.TimeSeriesChart;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The first tab: ladder and baseline KPI tiles side by side, their equity curves on one chart
 * and their drawdowns beneath on the same time axis (zooming one zooms both).
 */
public final class OverviewView implements WorkbenchView {
    public static final String ID = "overview";
    private final KpiTiles tiles = new KpiTiles();
    private final TimeSeriesChart equity = new TimeSeriesChart("Equity");
    private final TimeSeriesChart drawdown = new TimeSeriesChart("Drawdown from peak %");
    private final Label heading = new Label();
    private final BorderPane root = new BorderPane();

    public OverviewView() {
        heading.setPadding(new Insets(6, 8, 0, 8));
        heading.setStyle("-fx-font-size: 13px;");
        drawdown.setIncludeZero(true);
        drawdown.setReadout(v -> NumberFormats.fixed(v, 2) + "%");
        equity.bindXRange(drawdown);
        SplitPane charts = new SplitPane(equity, drawdown);
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.64);
        root.setTop(new VBox(heading, tiles));
        root.setCenter(charts);
        equity.setEmptyMessage("No run to show yet");
        drawdown.setEmptyMessage("No run to show yet");
    }

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "Overview"; }

    @Override
    public Node node() { return root; }

    @Override
    public void show(WorkbenchResult result) {
        // only ladder and baseline here; variants belong to the Compare tab
        List<ComparisonResult.Side> sides = result.sides().subList(0, Math.min(2, result.sides().size()));
        List<String> names = new ArrayList<>();
        List<Metrics> metrics = new ArrayList<>();
        List<LineSeries> eq = new ArrayList<>();
        List<LineSeries> dd = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            ComparisonResult.Side s = sides.get(i);
            names.add(s.name());
            metrics.add(s.result().metrics());
            EquityCurve c = s.result().equity();
            eq.add(LineSeries.line(s.name(), c.time(), c.equity(), Palette.side(i)));
            dd.add(LineSeries.line(s.name(), c.time(), c.drawdownPct(), Palette.side(i)));
        }
        RunHeading.describe(heading, result);
        tiles.show(names, metrics, result.baselineOrNull() == null ? null : result.baselineOrNull().metrics());
        equity.setSeries(eq);
        drawdown.setSeries(dd);
    }

    public KpiTiles tiles() { return tiles; }

    public TimeSeriesChart equityChart() { return equity; }

    public TimeSeriesChart drawdownChart() { return drawdown; }
}
