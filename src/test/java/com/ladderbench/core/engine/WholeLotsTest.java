package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.4, SPEC §4: quantities are whole lots from the engine through the ledger to the
 * outputs. The trend-ladder sample, long only, run at SHIB-like prices with the default lot size
 * of 1e-8 (the sample's prices, about 100, times 1e-7): its positions are 1e17 lots and more, beyond what a double counts exactly.
 */
class WholeLotsTest {

    @Test
    void atShibLikePricesEveryFullExitLeavesExactlyZeroAndNoPhantomShortSetAppears() throws Exception {
        RunResult plain = PriceScaleFixture.run(PriceScaleFixture.plan(), PriceScaleFixture.config(), 1);
        RunResult shib = PriceScaleFixture.run(PriceScaleFixture.plan(), PriceScaleFixture.config(), 1e-7);
        assertTrue(shib.tradeSets().stream().flatMap(s -> s.legs().stream()).mapToLong(TradeLeg::lots).max()
                .orElseThrow() > (1L << 53), "positions beyond 2^53 lots, where a double would lose lots");
        for (TradeSet s : shib.tradeSets()) {
            assertEquals(PositionSide.LONG, s.side(), "a long-only plan has no short set: " + s.setId());
            if (s.isClosed()) assertEquals(0, s.legs().get(s.legs().size() - 1).positionAfterLots(), s.setId());
        }
        // the same trades, only their sizes scale: same sets, legs, triggers, events, win rate
        PriceScaleFixture.assertSameLines(PriceScaleFixture.shape(plain), PriceScaleFixture.shape(shib), "1e-5");
        assertEquals(plain.metrics().winRate(), shib.metrics().winRate());
        assertEquals(plain.metrics().numTradeSets(), shib.metrics().numTradeSets());
    }

    @Test
    void atPricesNear1e8TheDefaultLotSizeIsRefusedByNameNotAnInternalError() {
        // the sample's prices (~100) times 1e-10: 1 % of 100,000 over a 3 % stop at 1e-8 is 3e12 units: 3e20 lots of 1e-8, beyond a 64-bit count
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PriceScaleFixture.run(PriceScaleFixture.plan(), PriceScaleFixture.config(), 1e-10));
        assertEquals("config.lot_size", e.problems().get(0).location());
        assertTrue(e.getMessage().contains("set a lot_size of at least"), e.getMessage());
    }

    @Test
    void atPricesNear1e8WithALotSizeThatCountsThePositionTheRunIsTheSameTrades() throws Exception {
        RunResult plain = PriceScaleFixture.run(PriceScaleFixture.plan(), PriceScaleFixture.config(), 1);
        RunResult tiny = PriceScaleFixture.run(PriceScaleFixture.plan(),
                PriceScaleFixture.config().toBuilder().lotSize(1).build(), 1e-10);
        tiny.tradeSets().forEach(s -> assertEquals(PositionSide.LONG, s.side(), s.setId()));
        PriceScaleFixture.assertSameLines(PriceScaleFixture.shape(plain), PriceScaleFixture.shape(tiny), "1e-8");
    }
}
