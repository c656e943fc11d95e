package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Side;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the books refuse and why, in words a user can act on; lot sizes as values. */
class LedgerContractTest {
    private final Ledger ledger = new Ledger(new LotSize(1));
    private final TestFills btc = new TestFills("BTC-USD", 1);

    private String refusal(com.ladderbench.model.Fill f) {
        return assertThrows(IllegalArgumentException.class, () -> ledger.apply(f)).getMessage();
    }

    @Test
    void eachBadFillIsRefusedWithItsOwnReason() {
        assertEquals("fill F1BTC-USD price must be > 0, got 0.0", refusal(btc.fill(Side.BUY, 1, 0, 0)));
        assertEquals("fill F2BTC-USD fee must be >= 0, got -1.0", refusal(btc.fill(Side.BUY, 1, 100, -1)));
        assertEquals("fill F3BTC-USD must be at least one lot, got 0", refusal(btc.fill(Side.BUY, 0, 100, 0)));
        assertEquals("fill F4BTC-USD has no side", refusal(btc.fill(null, 1, 100, 0)));
        assertEquals("fill F5BTC-USD must be at least one lot, got -1", refusal(btc.fill(Side.BUY, -1, 100, 0)));
        assertEquals("fill F6BTC-USD price must be > 0, got Infinity",
                refusal(btc.fill(Side.BUY, 1, Double.POSITIVE_INFINITY, 0)));
        assertEquals("fill F7BTC-USD fee must be >= 0, got NaN", refusal(btc.fill(Side.BUY, 1, 100, Double.NaN)));
        assertEquals("fill F8BTC-USD fee must be >= 0, got Infinity",
                refusal(btc.fill(Side.BUY, 1, 100, Double.POSITIVE_INFINITY)));
        assertEquals("fill without fill id", refusal(new com.ladderbench.model.Fill(" ", TestFills.T0, "BTC-USD", null,
                Side.BUY, 1, 1.0, 100, 0, null, null, null, null, null)));
        TestFills satoshis = new TestFills("BTC-USD");
        assertEquals("fill F1BTC-USD is in lots of 1.0E-8, the books in lots of 1.0", refusal(satoshis.buy(1, 100)));
        TestFills nameless = new TestFills(" ", 1);
        assertEquals("fill F1  has no symbol", refusal(nameless.buy(1, 100)));
        assertEquals(0, ledger.tradeSets().size(), "nothing was booked");
    }

    @Test
    void aZeroFeeIsBooked() {
        ledger.apply(btc.fill(Side.BUY, 1, 100, 0));
        assertEquals(1L, ledger.position("BTC-USD").lots());
    }

    @Test
    void aFlatSymbolNeedsNoMarkForUnrealizedPnl() {
        ledger.apply(btc.buy(2, 100));
        ledger.apply(btc.sell(2, 110));
        TestFills eth = new TestFills("ETH-USD", 1);
        ledger.apply(eth.buy(1, 50));
        assertEquals(5.0, ledger.unrealizedPnl(Map.of("ETH-USD", 55.0)), 1e-12);
    }

    @Test
    void lotSizesAreValuesAndKeepTheirSize() {
        assertEquals(new LotSize(1e-8), new LotSize(1e-8));
        assertEquals(new LotSize(1e-8).hashCode(), new LotSize(1e-8).hashCode());
        assertNotEquals(new LotSize(1e-8), new LotSize(1e-6));
        assertNotEquals(new LotSize(2), new LotSize(1));
        assertNotEquals(new LotSize(2).hashCode(), new LotSize(0.5).hashCode());
        assertNotEquals(new LotSize(1), (Object) "1");
        assertEquals(0.01, new LotSize(0.01).lotSize());
        assertEquals("LotSize[0.01]", new LotSize(0.01).toString());
        assertEquals(new LotSize(1), ledger.lotSize());
    }

    @Test
    void aLotSizeAboveOneMustBeWholeAndAQuantityBeyondSixtyFourBitsOfLotsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LotSize(2.5));
        assertEquals(4L, new LotSize(25).toLotsFloor(100));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LotSize(1e-8).toLotsFloor(1e12));
        assertEquals("quantity 1.0E12 is too large for the lot size", e.getMessage());
    }

    @Test
    void anUnknownColumnNamesEveryColumnTheFileMayHaveAndMarksTheOptionalOnes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("fills.csv");
        Files.writeString(f, "timestamp,symbol,side,qty,price,fee,colour\n", StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FillsCsvReader.read(f,
                new LotSize(1)));
        assertEquals("line 1: unknown column 'colour'; expected fill_id?,timestamp,symbol,side,qty,price,fee,"
                + "trigger_id?,category?,reason?,exit_fraction?", e.problems().get(0).render()
                        .substring(e.problems().get(0).render().indexOf("line 1")));
    }

    @Test
    void aPositionMayHoldExactlySixtyFourBitsOfLotsAndNotOneMore() {
        ledger.apply(btc.ofLots(Side.BUY, 5, 1));
        ledger.apply(btc.ofLots(Side.BUY, Long.MAX_VALUE - 5, 1));
        assertEquals(Long.MAX_VALUE, ledger.position("BTC-USD").lots());
        assertEquals("fill F3BTC-USD would make the position on BTC-USD larger than 9223372036854775807 lots of 1.0",
                refusal(btc.ofLots(Side.BUY, 1, 1)));
        assertEquals(Long.MAX_VALUE, ledger.position("BTC-USD").lots(), "the refused fill left the position alone");
    }

    @Test
    void aClosingFillIsNeverAnOverflowHoweverLargeThePosition() {
        ledger.apply(btc.ofLots(Side.SELL, Long.MAX_VALUE, 1));
        ledger.apply(btc.ofLots(Side.BUY, Long.MAX_VALUE, 1));
        assertEquals(0L, ledger.position("BTC-USD").lots());
        assertEquals(1, ledger.tradeSets().size());
    }
}
