package com.ladderbench.ui.explain;

/**
 * A bar to explain, as a view knows it.
 *
 * @param side the run (ladder, baseline, a variant) the view shows
 * @param time a bar's timestamp, or a fill's when {@code fillTime}: then the deciding bar is looked up
 *     (the previous bar when orders fill at the next open)
 */
public record ExplainTarget(String side, String symbol, long time, boolean fillTime) {
}
