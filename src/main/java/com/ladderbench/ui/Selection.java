package com.ladderbench.ui;

import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.TradeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the analyst has selected, shared by every view: selecting a TradeSet in the table or an
 * event in the log moves the price chart there. One instance per workbench window.
 * A selected trigger (its id, null for all) narrows the event log and the price markers to it.
 */
public final class Selection {
    private final ObjectProperty<TradeSet> tradeSet = new SimpleObjectProperty<>(this, "tradeSet");
    private final ObjectProperty<BlockEvent> event = new SimpleObjectProperty<>(this, "event");
    private final ObjectProperty<String> trigger = new SimpleObjectProperty<>(this, "trigger");
    private final ObjectProperty<com.ladderbench.ui.explain.ExplainTarget> explain =
            new SimpleObjectProperty<>(this, "explain");

    /** A bar the analyst asked to explain (double-click); the workbench opens its trace and resets this. */
    public ObjectProperty<com.ladderbench.ui.explain.ExplainTarget> explainProperty() { return explain; }

    public ObjectProperty<TradeSet> tradeSetProperty() { return tradeSet; }

    public ObjectProperty<BlockEvent> eventProperty() { return event; }

    /** The id of the trigger whose activity the analyst looks at, or null for every trigger. */
    public ObjectProperty<String> triggerProperty() { return trigger; }

    /** Forgets selections that belong to a previous result. */
    public void clear() {
        tradeSet.set(null);
        event.set(null);
        trigger.set(null);
    }
}
