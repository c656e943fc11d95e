package com.ladderbench.ui.tradesets;

import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;

/** A row of the TradeSets table: a TradeSet, or one of its legs under it. */
public sealed interface TradeSetRow permits TradeSetRow.SetRow, TradeSetRow.LegRow {

    /** The TradeSet of the row (a leg's parent). */
    TradeSet set();

    /** A TradeSet's own row. */
    record SetRow(TradeSet set) implements TradeSetRow {
    }

    /** A leg, under its TradeSet. */
    record LegRow(TradeSet set, TradeLeg leg) implements TradeSetRow {
    }
}
