package com.ladderbench.ui;

import com.ladderbench.ui.compare.CompareView;
import com.ladderbench.ui.overview.OverviewView;
import com.ladderbench.ui.overview.PriceView;
import com.ladderbench.ui.plan.PlanView;
import com.ladderbench.ui.setup.RunSetupView;
import com.ladderbench.ui.telemetry.TelemetryView;
import com.ladderbench.ui.tradesets.TradeSetsView;
import java.util.List;

/**
 * The workbench's views, in tab order: the one place a view is added. The main window and the
 * {@code screenshot} command both build their views here, so every view can be screenshot by id.
 */
public final class ViewCatalog {
    private ViewCatalog() {
    }

    public static List<WorkbenchView> create(Selection selection, WorkbenchActions actions) {
        // Overview first: it is what an analyst reads first
        return List.of(
                new OverviewView(),
                new TradeSetsView(selection),
                new PriceView(selection),
                new TelemetryView(selection),
                new CompareView(),
                new PlanView(actions),
                new RunSetupView(actions));
    }

    /** The ids {@code screenshot --view} accepts. */
    public static List<String> ids(List<WorkbenchView> views) {
        return views.stream().map(WorkbenchView::id).toList();
    }
}
