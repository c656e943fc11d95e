package com.ladderbench.ui.tradesets;

import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * A row of the TradeSets table: a TradeSet, or one of its legs under it.
 *
 * <p>A row is also the value of each of its cells, as an {@link ObservableValue} of itself that never
 * changes (a row whose figures change is replaced, not updated), so it keeps no listeners. Why: a
 * table cell asks its column for an observable value at each update and listens to it; a wrapper
 * made per update, with its listener list, was new garbage held by a cell that had long reached the
 * old generation, for each cell a scroll step brought into view: a young object the next collection
 * had to find through that old cell and copy while the row was shown.
 */
public sealed interface TradeSetRow extends ObservableValue<TradeSetRow> permits TradeSetRow.SetRow, TradeSetRow.LegRow {

    /** The TradeSet of the row (a leg's parent). */
    TradeSet set();

    /** The row itself. */
    @Override
    default TradeSetRow getValue() {
        return this;
    }

    /** Never told anything: the value never changes. */
    @Override
    default void addListener(InvalidationListener listener) {
    }

    @Override
    default void removeListener(InvalidationListener listener) {
    }

    /** Never told anything: the value never changes. */
    @Override
    default void addListener(ChangeListener<? super TradeSetRow> listener) {
    }

    @Override
    default void removeListener(ChangeListener<? super TradeSetRow> listener) {
    }

    /** A TradeSet's own row. */
    record SetRow(TradeSet set) implements TradeSetRow {
    }

    /** A leg, under its TradeSet. */
    record LegRow(TradeSet set, TradeLeg leg) implements TradeSetRow {
    }
}
