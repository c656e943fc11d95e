package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.ladderbench.core.engine.Qty;
import com.ladderbench.model.Category;
import com.ladderbench.model.Side;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The derived figures of a TradeSet (SPEC §5) on quantities that do not sum to 1, so that a
 * weighted average can not pass for a plain sum: whole units with a lot size of 1.
 */
class TradeSetFiguresTest {
    private static final double EPS = 1e-9;

    private final Ledger ledger = new Ledger(new LotSize(1));
    private final TestFills btc = new TestFills("BTC-USD", 1);

    private TradeSet onlySet() {
        List<TradeSet> sets = ledger.tradeSets();
        assertEquals(1, sets.size());
        return sets.get(0);
    }

    @Test
    void theAverageExitPriceWeighsEachExitByItsQuantity() {
        ledger.apply(btc.buy(10, 100));
        ledger.apply(btc.sell(3, 110));
        ledger.apply(btc.sell(5, 120));
        TradeSet open = onlySet();
        assertEquals((3 * 110 + 5 * 120) / 8.0, open.avgExitPrice(), EPS, "exits of 8 units, 2 still held");
        assertEquals(100.0, open.avgEntryPrice(), EPS);

        ledger.apply(btc.sell(2, 90));
        TradeSet closed = onlySet();
        assertEquals((3 * 110 + 5 * 120 + 2 * 90) / 10.0, closed.avgExitPrice(), EPS);
        assertEquals(3 * 10 + 5 * 20 - 2 * 10, closed.pnlRealizedTotal(), EPS);
    }

    @Test
    void theAverageEntryPriceWeighsEachEntryByItsQuantity() {
        ledger.apply(btc.buy(2, 100));
        ledger.apply(btc.buy(3, 110));
        ledger.apply(btc.sell(4, 120));
        ledger.apply(btc.buy(1, 90));
        TradeSet set = onlySet();
        assertEquals((2 * 100 + 3 * 110 + 90) / 6.0, set.avgEntryPrice(), EPS);
        assertEquals(120.0, set.avgExitPrice(), EPS);
        assertEquals(List.of(2.0, 5.0, 1.0, 2.0), set.legs().stream().map(Qty::after).toList());
    }

    @Test
    void maxExposureIsTheLargestPositionTimesItsLegPriceNotTheFirst() {
        ledger.apply(btc.buy(2, 100));
        ledger.apply(btc.buy(8, 105));
        ledger.apply(btc.sell(4, 130));
        assertEquals(10 * 105, onlySet().maxExposure(), EPS);
    }

    @Test
    void holdDurationRunsToTheCloseOrWhileOpenToTheLatestLeg() {
        ledger.apply(btc.buy(4, 100));
        ledger.apply(btc.sell(1, 100));
        ledger.apply(btc.at(TestFills.T0 + 5 * TestFills.HOUR + TestFills.HOUR / 2).sell(1, 100));
        assertEquals(5.5, onlySet().holdDurationHours(), EPS);
        ledger.apply(btc.at(TestFills.T0 + 30 * TestFills.HOUR).sell(2, 100));
        assertEquals(30.0, onlySet().holdDurationHours(), EPS);
    }

    @Test
    void rUsesTheFirstEntrysQuantityPriceAndStopNotLaterTopUps() {
        ledger.apply(btc.full(Side.BUY, 4, 50, 0, "first", null, null, 10.0));
        ledger.apply(btc.full(Side.BUY, 6, 60, 0, "top_up", null, null, 1.0));
        ledger.apply(btc.sell(10, 70));
        TradeSet set = onlySet();
        double pnl = 4 * 20 + 6 * 10;
        assertEquals(pnl / (4 * 50 * 0.10), set.rMultiple(), EPS);
        assertEquals("first", set.entryTrigger());
    }

    @Test
    void aShortSetsFiguresAreMeasuredOnAbsoluteQuantities() {
        ledger.apply(btc.sell(6, 100));
        ledger.apply(btc.buy(2, 90));
        ledger.apply(btc.buy(4, 95));
        TradeSet set = onlySet();
        assertEquals((2 * 90 + 4 * 95) / 6.0, set.avgExitPrice(), EPS);
        assertEquals(600.0, set.maxExposure(), EPS);
        assertEquals(2 * 10 + 4 * 5, set.pnlRealizedTotal(), EPS);
        assertEquals(List.of(-6.0, -4.0, 0.0), set.legs().stream().map(Qty::after).toList());
        assertEquals(List.of(false, false), set.legs().subList(1, 3).stream().map(TradeLeg::isEntry).toList());
    }

    @Test
    void aPositionThatWouldOverflowSixtyFourBitsOfLotsIsRefusedAndLeavesTheBooksAlone() {
        ledger.apply(btc.buy(9e18, 1));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ledger.apply(btc.buy(9e18, 1)));
        assertEquals("fill F2BTC-USD would make the position on BTC-USD larger than 9223372036854775807 lots of 1.0",
                e.getMessage());
        assertEquals(9_000_000_000_000_000_000L, ledger.position("BTC-USD").lots());
    }

    @Test
    void aFillEarlierThanTheSymbolsPreviousFillIsRefusedButOneAtTheSameInstantIsBooked() {
        ledger.apply(btc.at(TestFills.T0 + TestFills.HOUR).buy(1, 100));
        ledger.apply(btc.at(TestFills.T0 + TestFills.HOUR).buy(1, 100));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ledger.apply(btc.at(TestFills.T0).sell(1, 100)));
        assertEquals(2L, ledger.position("BTC-USD").lots());
    }

    @Test
    void aFillThatExactlyClosesThePositionOpensNoNewSet() {
        ledger.apply(btc.buy(3, 100));
        List<TradeLeg> legs = ledger.apply(btc.sell(3, 105));
        assertEquals(1, legs.size(), "one exit leg, no zero-lot entry leg");
        assertEquals(false, legs.get(0).isEntry());
        assertEquals(true, ledger.position("BTC-USD").openSet().isEmpty());
        assertEquals(true, onlySet().isClosed());
    }

    @Test
    void aStopOfZeroPercentPutsNothingAtRiskSoTheSetHasNoRMultiple() {
        ledger.apply(btc.full(Side.BUY, 2, 100, 0, "e", Category.OTHER, null, 0.0));
        ledger.apply(btc.sell(2, 110));
        assertNull(onlySet().rMultiple());
    }

    @Test
    void anOpenSetAskedForTwiceWithoutANewFillIsBuiltOnce() {
        ledger.apply(btc.buy(2, 100));
        PositionLifecycle position = ledger.position("BTC-USD");
        TradeSet first = position.openSet().orElseThrow();
        assertSame(first, position.openSet().orElseThrow());
        ledger.apply(btc.buy(1, 100));
        TradeSet after = position.openSet().orElseThrow();
        assertEquals(2, after.numLegs(), "a new fill rebuilds it");
        assertSame(after, position.openSet().orElseThrow());
    }
}
