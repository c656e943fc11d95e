package com.ladderbench.ui.tradesets;

import com.ladderbench.model.Category;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.function.Predicate;

/**
 * Which TradeSets the table shows. A null criterion matches everything. A set matches a category
 * when any of its legs was booked under it, so "risk_reduce" finds every set the ladder trimmed.
 */
public record TradeSetFilter(String symbol, PositionSide side, Category category) implements Predicate<TradeSet> {
    public static final TradeSetFilter ALL = new TradeSetFilter(null, null, null);

    @Override
    public boolean test(TradeSet s) {
        if (symbol != null && !symbol.equals(s.symbol())) return false;
        if (side != null && side != s.side()) return false;
        if (category == null) return true;
        for (TradeLeg leg : s.legs()) {
            if (leg.category() == category) return true;
        }
        return false;
    }
}
