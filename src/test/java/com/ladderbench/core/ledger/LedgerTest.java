package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.Category;
import com.ladderbench.model.Fill;
import com.ladderbench.model.GeneratedIds;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.Side;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LedgerTest {
    private static final double EPS = 1e-9;

    private final Ledger ledger = new Ledger(new LotSize(1e-8));
    private final TestFills btc = new TestFills("BTC-USD");

    private void applyAll(Fill... fills) {
        for (Fill f : fills) ledger.apply(f);
    }

    private TradeSet onlySet() {
        List<TradeSet> sets = ledger.tradeSets();
        assertEquals(1, sets.size(), "number of TradeSets");
        return sets.get(0);
    }

    @Test
    void runbookExampleIsOneSetOfFourLegsWithWacAccounting() {
        applyAll(btc.buy(1.0, 40000), btc.sell(0.3, 41000), btc.buy(0.2, 40500), btc.sell(0.9, 42000));

        TradeSet set = onlySet();
        List<TradeLeg> legs = set.legs();
        assertEquals(4, legs.size());
        assertEquals(List.of(1.0, 0.7, 0.9, 0.0), legs.stream().map(TradeLeg::positionAfterAsDouble).toList());
        assertEquals(List.of(true, false, true, false), legs.stream().map(TradeLeg::isEntry).toList());
        assertEquals(40111.111111111111, legs.get(2).wacAtFill(), 1e-8);
        assertEquals(40000.0, legs.get(1).wacAtFill(), "an exit realises against the WAC before it");
        assertEquals(40111.111111111111, legs.get(3).wacAtFill(), 1e-8, "the final exit uses the scaled-in WAC");
        assertEquals(300.0, legs.get(1).realizedPnl(), EPS);
        assertEquals(1700.0, legs.get(3).realizedPnl(), 1e-8);
        assertEquals(0.0, legs.get(0).realizedPnl());
        assertEquals(2000.0, set.pnlRealizedTotal(), 1e-8);
        assertEquals(2000.0, set.pnlNet(), 1e-8);
        assertTrue(set.isClosed());
        assertEquals(PositionSide.LONG, set.side());
        assertEquals(0, ledger.position("BTC-USD").lots());
        assertTrue(Double.isNaN(ledger.position("BTC-USD").wac()), "WAC is NaN once flat");
    }

    @Test
    void oneEntryThreeExitsIsOneSetOfFourLegsWithDerivedFields() {
        applyAll(
                btc.full(Side.BUY, 1.0, 100, 0, "entry_a", Category.TREND_CONTINUATION, null, 5.0),
                btc.full(Side.SELL, 0.25, 110, 0, "trim_1", Category.RISK_REDUCE, 0.25, null),
                btc.full(Side.SELL, 0.25, 105, 0, "trim_2", Category.RISK_REDUCE, 1.0 / 3, null),
                btc.full(Side.SELL, 0.5, 120, 0, "panic", Category.EMERGENCY_EXIT, null, null));

        TradeSet set = onlySet();
        assertEquals(4, set.numLegs());
        assertEquals(1, set.numEntries());
        assertEquals(3, set.numExits());
        assertEquals(2.5 + 1.25 + 10.0, set.pnlRealizedTotal(), EPS);
        assertEquals(100.0, set.avgEntryPrice(), EPS);
        assertEquals((0.25 * 110 + 0.25 * 105 + 0.5 * 120) / 1.0, set.avgExitPrice(), EPS);
        assertEquals(100.0, set.maxExposure(), EPS, "max |position| x price: the entry's notional");
        assertEquals(3.0, set.holdDurationHours(), EPS);
        assertEquals(13.75 / (1.0 * 100 * 0.05), set.rMultiple(), EPS);
        assertEquals("entry_a", set.entryTrigger());
        assertEquals("panic", set.exitTrigger());
        assertEquals(Timeframe.H1, set.timeframe());
        assertEquals(TestFills.T0, set.openedAt());
        assertEquals(TestFills.T0 + 3 * TestFills.HOUR, set.closedAt());
        assertEquals(0.25, set.legs().get(1).exitFraction());
        assertEquals(Category.RISK_REDUCE, set.legs().get(1).category());
        assertNull(set.legs().get(0).exitFraction(), "entry legs carry no exit fraction");
    }

    @Test
    void partialClosesAccumulateAgainstAnUnchangedWac() {
        ledger.apply(btc.buy(2.0, 50));
        double expected = 0;
        double[] exitPrices = {51, 49, 55, 60};
        for (double p : exitPrices) {
            List<TradeLeg> legs = ledger.apply(btc.sell(0.5, p));
            expected += 0.5 * (p - 50);
            assertEquals(50.0, legs.get(0).wacAtFill(), "exits leave the WAC alone");
            assertEquals(expected, ledger.realizedPnl(), EPS);
        }
        TradeSet set = onlySet();
        assertEquals(expected, set.pnlRealizedTotal(), EPS);
        assertEquals(List.of(2.0, 1.5, 1.0, 0.5, 0.0), set.legs().stream().map(TradeLeg::positionAfterAsDouble).toList());
    }

    @Test
    void scaleInUpdatesWacAndLaterExitsUseIt() {
        applyAll(btc.buy(1.0, 100), btc.buy(1.0, 110), btc.buy(2.0, 120));
        PositionLifecycle p = ledger.position("BTC-USD");
        assertEquals((100 + 110 + 240) / 4.0, p.wac(), EPS);
        assertEquals(new java.math.BigDecimal("4"), p.qty());
        List<TradeLeg> exit = ledger.apply(btc.sell(1.0, 130));
        assertEquals(130 - 112.5, exit.get(0).realizedPnl(), EPS);
        assertEquals(112.5, exit.get(0).wacAtFill(), EPS);
        assertEquals(3 * (130 - 112.5), p.unrealizedPnl(130), EPS);
    }

    @Test
    void shortPositionsRealiseWacMinusPrice() {
        applyAll(btc.sell(2.0, 100), btc.buy(1.0, 90), btc.sell(1.0, 95), btc.buy(2.0, 100));
        TradeSet set = onlySet();
        assertEquals(PositionSide.SHORT, set.side());
        List<TradeLeg> legs = set.legs();
        assertEquals(List.of(-2.0, -1.0, -2.0, 0.0), legs.stream().map(TradeLeg::positionAfterAsDouble).toList());
        assertEquals(10.0, legs.get(1).realizedPnl(), EPS);
        assertEquals(97.5, legs.get(2).wacAtFill(), EPS);
        assertEquals(-5.0, legs.get(3).realizedPnl(), EPS);
        assertEquals(5.0, set.pnlRealizedTotal(), EPS);
        assertEquals(200.0, set.maxExposure(), EPS);
    }

    @Test
    void shortUnrealizedPnlGainsWhenPriceFalls() {
        ledger.apply(btc.sell(2.0, 100));
        assertEquals(-200_000_000L, ledger.position("BTC-USD").lots());
        assertEquals(20.0, ledger.unrealizedPnl(Map.of("BTC-USD", 90.0)), EPS);
    }

    @Test
    void longToShortCrossingFillClosesOneSetAndOpensTheNext() {
        Ledger lots = new Ledger(new LotSize(1));
        TestFills btc = new TestFills("BTC-USD", 1);
        lots.apply(btc.fill(Side.BUY, 100, 10, 1.0));
        List<TradeLeg> legs = lots.apply(btc.fill(Side.SELL, 150, 12, 3.0));

        assertEquals(2, legs.size());
        TradeLeg close = legs.get(0);
        TradeLeg open = legs.get(1);
        assertEquals(close.fillId(), open.fillId(), "both legs keep the fill's id");
        assertFalse(close.legId().equals(open.legId()), "each leg has its own id");
        assertEquals(100.0, close.qtyAsDouble());
        assertEquals(50.0, open.qtyAsDouble());
        assertEquals(2.0, close.fees(), EPS, "fee split pro rata: 100/150 of 3");
        assertEquals(1.0, open.fees(), EPS);
        assertEquals(0.0, close.positionAfterAsDouble());
        assertEquals(-50.0, open.positionAfterAsDouble());
        assertEquals(200.0, close.realizedPnl(), EPS);
        assertFalse(close.isEntry());
        assertTrue(open.isEntry());

        List<TradeSet> sets = lots.tradeSets();
        assertEquals(2, sets.size());
        assertEquals(PositionSide.LONG, sets.get(0).side());
        assertEquals(PositionSide.SHORT, sets.get(1).side());
        assertEquals(sets.get(0).closedAt(), sets.get(1).openedAt());
        assertEquals(200.0 - 1.0 - 2.0, sets.get(0).pnlNet(), EPS);
        assertNull(sets.get(1).closedAt());
        assertEquals(12.0, lots.position("BTC-USD").wac());
    }

    @Test
    void shortToLongCrossingFillClosesOneSetAndOpensTheNext() {
        Ledger lots = new Ledger(new LotSize(1));
        TestFills btc = new TestFills("BTC-USD", 1);
        lots.apply(btc.sell(30, 20));
        List<TradeLeg> legs = lots.apply(btc.buy(40, 18));
        assertEquals(List.of(0.0, 10.0), legs.stream().map(TradeLeg::positionAfterAsDouble).toList());
        assertEquals(60.0, legs.get(0).realizedPnl(), EPS);
        List<TradeSet> sets = lots.tradeSets();
        assertEquals(List.of(PositionSide.SHORT, PositionSide.LONG), sets.stream().map(TradeSet::side).toList());
        assertEquals(18.0, sets.get(1).avgEntryPrice());
        assertEquals(10L, lots.position("BTC-USD").lots());
    }

    @Test
    void manyFillsAtOneTimestampNeverCollide() {
        long t = TestFills.T0;
        Set<String> legIds = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            // flatten and reopen at the same instant, 250 times
            for (TradeLeg leg : ledger.apply(fill("B" + i, t, Side.BUY, 0.5, 100 + i))) legIds.add(leg.legId());
            for (TradeLeg leg : ledger.apply(fill("S" + i, t, Side.SELL, 0.5, 101 + i))) legIds.add(leg.legId());
        }
        List<TradeSet> sets = ledger.tradeSets();
        assertEquals(1000, legIds.size(), "every leg has its own id");
        assertEquals(500, sets.size(), "flatten and reopen at one timestamp are separate sets");
        assertEquals(500, sets.stream().map(TradeSet::setId).distinct().count());
        assertTrue(sets.stream().allMatch(s -> s.openedAt() == t && s.closedAt() == t));
        assertEquals(500 * 0.5, ledger.realizedPnl(), 1e-7);
        assertEquals("S000001", sets.get(0).setId());
        assertEquals("S000500", sets.get(499).setId());
    }

    private static Fill fill(String id, long t, Side side, double qty, double price) {
        return new Fill(id, t, "BTC-USD", Timeframe.M1, side, TestFills.lots(qty), TestFills.LOT, price, 0.0, null, null, null,
                null, null);
    }

    @Test
    void entryFeesCountInNetPnl() {
        applyAll(btc.fill(Side.BUY, 1.0, 100, 0.5), btc.fill(Side.SELL, 1.0, 110, 0.6));
        TradeSet set = onlySet();
        assertEquals(10.0, set.pnlRealizedTotal(), EPS);
        assertEquals(1.1, set.feesTotal(), EPS);
        assertEquals(8.9, set.pnlNet(), EPS);
        assertEquals(1.1, ledger.fees(), EPS);
        assertEquals(0.5, set.legs().get(0).fees());
    }

    @Test
    void rMultipleUsesTheFirstEntryStopAndNetPnl() {
        applyAll(btc.full(Side.BUY, 2.0, 100, 0.5, "e", Category.REVERSAL, null, 5.0),
                btc.full(Side.SELL, 2.0, 105, 0.6, "x", Category.OTHER, null, null));
        assertEquals((10.0 - 1.1) / (2.0 * 100 * 0.05), onlySet().rMultiple(), EPS);
    }

    @Test
    void rMultipleIsNullWithoutAStop() {
        applyAll(btc.buy(1.0, 100), btc.sell(1.0, 101));
        assertNull(onlySet().rMultiple());
    }

    @Test
    void openSetAtTheEndStaysOpenWithUnrealizedPnl() {
        applyAll(btc.full(Side.BUY, 1.0, 100, 0, "e", Category.OTHER, null, 2.0), btc.sell(0.4, 110), btc.buy(0.2, 104));
        TradeSet set = onlySet();
        assertFalse(set.isClosed());
        assertNull(set.closedAt());
        assertNull(set.exitTrigger(), "no exit trigger while open");
        assertNull(set.rMultiple(), "no R while open");
        assertEquals(2.0, set.holdDurationHours(), EPS, "to the last leg while open");
        assertEquals(0.8, set.legs().get(2).positionAfterAsDouble());
        double wac = (0.6 * 100 + 0.2 * 104) / 0.8;
        assertEquals(wac, ledger.position("BTC-USD").wac(), EPS);
        assertEquals(0.8 * (120 - wac), ledger.unrealizedPnl(Map.of("BTC-USD", 120.0)), EPS);
        assertThrows(IllegalArgumentException.class, () -> ledger.unrealizedPnl(Map.of()),
                "an open position without a mark is a bug, not zero");
    }

    @Test
    void openSetSnapshotFollowsLaterFills() {
        ledger.apply(btc.buy(1.0, 100));
        assertEquals(1, ledger.tradeSets().get(0).numLegs());
        ledger.apply(btc.buy(1.0, 100));
        assertEquals(2, ledger.tradeSets().get(0).numLegs());
    }

    @Test
    void pairedViewOfAOneEntryOneExitSetMatchesTheOldPairRow() {
        Fill entry = btc.full(Side.SELL, 0.5, 2000, 0.4, "short_a", Category.REVERSAL, null, 4.0);
        Fill exit = btc.full(Side.BUY, 0.5, 1900, 0.3, "cover", Category.RISK_OFF, null, null);
        applyAll(entry, exit);
        // the old pair-based system: one row from the entry and exit fills directly
        double oldPnl = (entry.price() - exit.price()) * entry.qtyAsDouble() - (entry.fee() + exit.fee());
        double oldR = oldPnl / (entry.qtyAsDouble() * entry.price() * entry.stopLossPct() / 100);
        var paired = PairedView.of(onlySet()).orElseThrow();
        assertEquals(onlySet().setId(), paired.setId());
        assertEquals("BTC-USD", paired.symbol());
        assertEquals(PositionSide.SHORT, paired.side());
        assertEquals(entry.timestamp(), paired.entryTime());
        assertEquals(exit.timestamp(), paired.exitTime());
        assertEquals(entry.price(), paired.entryPrice());
        assertEquals(exit.price(), paired.exitPrice());
        assertEquals("short_a", paired.entryTrigger());
        assertEquals("cover", paired.exitTrigger());
        assertEquals(entry.qty(), paired.qty());
        assertEquals(oldPnl, paired.pnl(), EPS);
        assertEquals(entry.fee() + exit.fee(), paired.fees(), EPS);
        assertEquals((exit.timestamp() - entry.timestamp()) / 3_600_000.0, paired.holdDurationHours(), EPS);
        assertEquals(oldR, paired.rMultiple(), EPS);
    }

    @Test
    void pairedViewIsEmptyForLadderedOrOpenSets() {
        applyAll(btc.buy(1.0, 100), btc.sell(0.5, 101), btc.sell(0.5, 102), btc.buy(1.0, 100));
        List<TradeSet> sets = ledger.tradeSets();
        assertTrue(PairedView.of(sets.get(0)).isEmpty(), "1 entry / 2 exits has no paired view");
        assertTrue(PairedView.of(sets.get(1)).isEmpty(), "an open set has no paired view");
    }

    @Test
    void tradeSetsAreOrderedByOpeningTimeAcrossSymbols() {
        TestFills eth = new TestFills("ETH-USD");
        ledger.apply(btc.at(TestFills.T0 + 10 * TestFills.HOUR).buy(1, 100));
        ledger.apply(eth.at(TestFills.T0).buy(1, 10));
        ledger.apply(btc.sell(1, 101));
        List<TradeSet> sets = ledger.tradeSets();
        assertEquals(List.of("ETH-USD", "BTC-USD"), sets.stream().map(TradeSet::symbol).toList());
        assertEquals(List.of("S000002", "S000001"), sets.stream().map(TradeSet::setId).toList());
    }

    @Test
    void tradeSetsClosedInAnotherOrderThanTheyOpenedComeBackInOpeningOrderWithTheOpenOnes() {
        TestFills eth = new TestFills("ETH-USD");
        TestFills sol = new TestFills("SOL-USD");
        ledger.apply(btc.at(TestFills.T0).buy(1, 100));
        ledger.apply(eth.at(TestFills.T0 + TestFills.HOUR).buy(1, 10));
        ledger.apply(sol.at(TestFills.T0 + 2 * TestFills.HOUR).buy(1, 1));
        ledger.apply(sol.sell(1, 2));
        ledger.apply(btc.at(TestFills.T0 + 3 * TestFills.HOUR).sell(1, 101));
        List<TradeSet> sets = ledger.tradeSets();
        assertEquals(List.of("S000001", "S000002", "S000003"), sets.stream().map(TradeSet::setId).toList());
        assertEquals(List.of(true, false, true), sets.stream().map(TradeSet::isClosed).toList());
    }

    @Test
    void flatLifecycleForUnknownSymbol() {
        PositionLifecycle p = ledger.position("NOPE");
        assertEquals(0, p.lots());
        assertTrue(p.isFlat());
        assertTrue(Double.isNaN(p.wac()));
        assertEquals(0.0, p.unrealizedPnl(123));
        assertTrue(p.openSet().isEmpty());
    }

    @Test
    void badFillsAreRejectedAndLeaveTheBooksUnchanged() {
        ledger.apply(btc.buy(1.0, 100));
        Fill ok = btc.sell(0.5, 100);
        List<Fill> bad = List.of(
                withLots(ok, 0, 1e-8), withLots(ok, -1, 1e-8), withLots(ok, 50_000_000L, 1e-6),
                new Fill(ok.fillId(), ok.timestamp(), ok.symbol(), null, ok.side(), 50_000_000L, 1e-8, 0, 0, null, null, null, null, null),
                new Fill(ok.fillId(), ok.timestamp(), ok.symbol(), null, ok.side(), 50_000_000L, 1e-8, 100, -1, null, null, null, null, null),
                new Fill(ok.fillId(), ok.timestamp(), ok.symbol(), null, ok.side(), 50_000_000L, 1e-8, Double.NaN, 0, null, null, null, null, null),
                new Fill(null, ok.timestamp(), ok.symbol(), null, ok.side(), 50_000_000L, 1e-8, 100, 0, null, null, null, null, null),
                new Fill(ok.fillId(), TestFills.T0 - 1, ok.symbol(), null, ok.side(), 50_000_000L, 1e-8, 100, 0, null, null, null, null, null),
                new Fill(ok.fillId(), ok.timestamp(), ok.symbol(), null, null, 50_000_000L, 1e-8, 100, 0, null, null, null, null, null));
        for (Fill f : bad) assertThrows(IllegalArgumentException.class, () -> ledger.apply(f), f.toString());
        assertEquals(100_000_000L, ledger.position("BTC-USD").lots());
        ledger.apply(ok); // its id was not burnt by the rejected attempts
        assertThrows(IllegalArgumentException.class, () -> ledger.apply(ok), "a fill id is booked once");
        assertEquals(50_000_000L, ledger.position("BTC-USD").lots());
    }

    private static Fill withLots(Fill f, long lots, double lotSize) {
        return new Fill(f.fillId(), f.timestamp(), f.symbol(), f.timeframe(), f.side(), lots, lotSize, f.price(), f.fee(),
                f.triggerId(), f.category(), f.reason(), f.exitFraction(), f.stopLossPct());
    }

    @Test
    void legIdsAndSetIdsAreSequentialInCreationOrder() {
        applyAll(btc.buy(1, 1), btc.sell(2, 1), btc.buy(1, 1));
        List<String> legIds = ledger.tradeSets().stream().flatMap(s -> s.legs().stream())
                .map(TradeLeg::legId).collect(Collectors.toList());
        assertEquals(List.of("L000001", "L000002", "L000003", "L000004"), legIds);
        assertEquals(List.of("S000001", "S000002"), ledger.tradeSets().stream().map(TradeSet::setId).toList());
    }

    @Test
    void idCounterGrowsPastSixDigits() {
        assertEquals("L999999", GeneratedIds.format('L', 999_999));
        assertEquals("L1000000", GeneratedIds.format('L', 1_000_000));
        assertEquals("F000042", GeneratedIds.format('F', 42));
    }
}
