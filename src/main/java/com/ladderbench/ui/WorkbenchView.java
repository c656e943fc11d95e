package com.ladderbench.ui;

import javafx.scene.Node;

/**
 * One tab of the workbench. Views only display what the core computed: they receive a
 * {@link WorkbenchResult} and talk to each other through the shared {@link Selection}.
 */
public interface WorkbenchView {
    /** Stable id, also the {@code screenshot --view} name: overview, tradesets, telemetry, compare, plan. */
    String id();

    /** The tab title. */
    String title();

    Node node();

    /** Shows a new result; called on the FX thread after every successful run or load. */
    void show(WorkbenchResult result);
}
