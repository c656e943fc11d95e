package com.ladderbench.core.report;

import com.ladderbench.model.TradeLeg;

/**
 * Decision traces a report links its legs to: the anchor of a leg's trace and the traces' HTML,
 * appended after the TradeSets. Supplied by the caller so the report does not re-run anything.
 */
public interface LegTraces {
    LegTraces NONE = new LegTraces() {
        @Override
        public String anchor(String side, TradeLeg leg) { return null; }

        @Override
        public String html() { return ""; }
    };

    /** The id of the leg's trace in the report, or null when there is none. */
    String anchor(String side, TradeLeg leg);

    /** Every trace as HTML sections carrying the anchors. */
    String html();
}
