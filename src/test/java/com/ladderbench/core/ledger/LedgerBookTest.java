package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.model.Fill;
import com.ladderbench.model.Side;
import com.ladderbench.model.TradeLeg;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Ledger#book} is {@link Ledger#apply} without the list of legs: the same books, and the
 * realized P&L of the legs the fill made as its answer.
 */
class LedgerBookTest {
    private final TestFills btc = new TestFills("BTC-USD");
    // a long opened, trimmed at a gain, crossed into a short (two legs, fee split), covered at a loss
    private final List<Fill> fills = List.of(
            btc.fill(Side.BUY, 1.0, 40_000, 4.0),
            btc.fill(Side.SELL, 0.3, 41_000, 1.23),
            btc.fill(Side.SELL, 1.2, 39_000, 4.68),
            btc.fill(Side.BUY, 0.5, 39_500, 1.975));

    @Test
    void bookingAFillAnswersTheRealizedPnlOfItsLegsAndLeavesTheBooksAsApplyDoes() {
        Ledger applied = new Ledger(new LotSize(TestFills.LOT));
        Ledger booked = new Ledger(new LotSize(TestFills.LOT));
        for (Fill f : fills) {
            double fromLegs = 0;
            for (TradeLeg leg : applied.apply(f)) fromLegs += leg.realizedPnl();
            assertEquals(fromLegs, booked.book(f), f.fillId());
            assertEquals(applied.position("BTC-USD").lots(), booked.position("BTC-USD").lots(), f.fillId());
            assertEquals(applied.position("BTC-USD").wac(), booked.position("BTC-USD").wac(), f.fillId());
        }
        assertEquals(applied.realizedPnl(), booked.realizedPnl());
        assertEquals(applied.fees(), booked.fees(), "a crossing fill's two fee parts are summed leg by leg");
        assertEquals(applied.tradeSets(), booked.tradeSets());
        assertEquals(2, booked.tradeSets().size(), "the crossing fill closed the long and opened a short");
    }

    @Test
    void aCrossingFillListsItsExitLegThenItsEntryLegWhoseFeesAddUpToTheFillsFee() {
        Ledger ledger = new Ledger(new LotSize(TestFills.LOT));
        ledger.apply(fills.get(0));
        List<TradeLeg> legs = ledger.apply(btc.fill(Side.SELL, 1.5, 41_000, 6.0));
        assertEquals(2, legs.size());
        assertEquals(false, legs.get(0).isEntry());
        assertEquals(true, legs.get(1).isEntry());
        assertEquals(4.0, legs.get(0).fees(), 1e-12, "1.0 of 1.5 closes the long");
        assertEquals(6.0, legs.get(0).fees() + legs.get(1).fees(), 1e-12);
        assertEquals(1_000.0, legs.get(0).realizedPnl(), 1e-9);
    }

    @Test
    void aFillTheBooksRejectIsRejectedByBookAsByApplyAndItsIdStaysFree() {
        Ledger ledger = new Ledger(new LotSize(TestFills.LOT));
        ledger.book(fills.get(0));
        assertThrows(IllegalArgumentException.class, () -> ledger.book(fills.get(0)), "a repeated id");
        Fill early = new Fill("early", TestFills.T0 - 1, "BTC-USD", fills.get(0).timeframe(), Side.SELL, 10,
                TestFills.LOT, 40_000, 0, null, null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> ledger.book(early), "earlier than the last fill");
        Fill later = new Fill("early", TestFills.T0 + 1, "BTC-USD", fills.get(0).timeframe(), Side.SELL, 10,
                TestFills.LOT, 40_000, 0, null, null, null, null, null);
        assertEquals(0.0, ledger.book(later), 1e-12, "the rejected id was not burnt; sold at cost");
    }

    @Test
    void booksOfDistinctIdsBookAsCheckedBooksDoAndStillRejectAFillTheyCannotTake() {
        Ledger checked = new Ledger(new LotSize(TestFills.LOT));
        Ledger distinct = Ledger.ofDistinctIds(new LotSize(TestFills.LOT));
        for (Fill f : fills) assertEquals(checked.book(f), distinct.book(f), f.fillId());
        assertEquals(checked.tradeSets(), distinct.tradeSets());
        assertEquals(checked.realizedPnl(), distinct.realizedPnl());
        assertEquals(checked.fees(), distinct.fees());
        Fill early = new Fill("early", TestFills.T0 - 1, "BTC-USD", fills.get(0).timeframe(), Side.SELL, 10,
                TestFills.LOT, 40_000, 0, null, null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> distinct.book(early), "earlier than the last fill");
    }

    @Test
    void booksOfDistinctIdsTakeTheIdsOnTrustWhileTheCheckedBooksRejectARepeat() {
        // the engine numbers its own fills: its books need not remember every id to catch a repeat
        Ledger distinct = Ledger.ofDistinctIds(new LotSize(TestFills.LOT));
        Fill first = fills.get(0);
        Fill again = new Fill(first.fillId(), first.timestamp() + 1, "BTC-USD", first.timeframe(), Side.SELL,
                first.lots(), TestFills.LOT, first.price(), 0, null, null, null, null, null);
        distinct.book(first);
        distinct.book(again);
        assertEquals(0, distinct.position("BTC-USD").lots(), "both booked: bought, then sold back");
        Ledger checked = new Ledger(new LotSize(TestFills.LOT));
        checked.book(first);
        assertThrows(IllegalArgumentException.class, () -> checked.book(again), "a repeated id");
        assertEquals(first.lots(), checked.position("BTC-USD").lots(), "the repeat booked nothing");
    }
}
