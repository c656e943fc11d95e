package com.ladderbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.Category;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegKindTest {
    private static TradeLeg leg(String id, Side side, boolean entry, Category c, double after) {
        // lots of 0.5: one unit per leg, positions such as 1.5 are whole lots
        return new TradeLeg(id, "F" + id, side, 2, 100, 0, 0, "t", c, "r", entry, null, 100, 0, Math.round(after / 0.5), 0.5);
    }

    @Test
    void theFirstLegOpensLaterEntriesScaleInAndExitsGoByTheirDeRiskCategory() {
        List<TradeLeg> legs = List.of(
                leg("1", Side.BUY, true, Category.TREND_CONTINUATION, 1),
                leg("2", Side.BUY, true, Category.TREND_CONTINUATION, 2),
                leg("3", Side.SELL, false, Category.RISK_REDUCE, 1.5),
                leg("4", Side.BUY, true, Category.MEAN_REVERSION, 2.5),
                leg("5", Side.SELL, false, Category.TREND_CONTINUATION, 2),
                leg("6", Side.SELL, false, Category.RISK_OFF, 1),
                leg("7", Side.SELL, false, Category.EMERGENCY_EXIT, 0));
        TradeSet set = new TradeSet("S1", "BTC-USD", Timeframe.H1, PositionSide.LONG, 0, 1L, legs, 0, 0, 0, 7, 3, 4,
                100, 100, 250, 1, null, "t", "t");
        assertEquals(List.of(LegKind.ENTRY, LegKind.SCALE_IN, LegKind.TRIM, LegKind.SCALE_IN, LegKind.EXIT,
                LegKind.RISK_OFF, LegKind.EMERGENCY_EXIT), legs.stream().map(l -> LegKind.of(set, l)).toList());
    }

    @Test
    void anImportedFillWithoutACategoryIsAPlainExit() {
        TradeLeg open = leg("1", Side.SELL, true, null, -1);
        TradeLeg cover = leg("2", Side.BUY, false, null, 0);
        TradeSet set = new TradeSet("S1", "X", Timeframe.H1, PositionSide.SHORT, 0, 1L, List.of(open, cover), 0, 0, 0,
                2, 1, 1, 100, 100, 100, 1, null, null, null);
        assertEquals(LegKind.ENTRY, LegKind.of(set, open));
        assertEquals(LegKind.EXIT, LegKind.of(set, cover));
    }

    @Test
    void everyKindHasItsOwnColourAndShape() {
        assertEquals(LegKind.values().length, Arrays.stream(LegKind.values()).map(LegKind::color).distinct().count());
        assertEquals(LegKind.values().length, Arrays.stream(LegKind.values()).map(LegKind::shape).distinct().count());
    }
}
