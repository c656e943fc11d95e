package com.ladderbench.ui.overview;

import com.ladderbench.core.io.Timestamps;
import com.ladderbench.model.RunInfo;
import com.ladderbench.ui.WorkbenchResult;
import javafx.scene.control.Label;

/** The one-line description above a view: plan, source and the span of bars run. */
final class RunHeading {
    private RunHeading() {
    }

    static void describe(Label label, WorkbenchResult result) {
        RunInfo info = result.primary().info();
        String span = info.bars() == 0 ? "no bars"
                : Timestamps.format(info.firstBar()) + " → " + Timestamps.format(info.lastBar()) + ", "
                        + String.format(java.util.Locale.ROOT, "%,d", info.bars()) + " bars";
        label.setText("Plan " + info.planId() + "   ·   " + span + "   ·   " + result.source());
    }
}
