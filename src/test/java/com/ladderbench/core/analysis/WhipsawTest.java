package com.ladderbench.core.analysis;

import static com.ladderbench.core.analysis.Trades.entry;
import static com.ladderbench.core.analysis.Trades.exit;
import static com.ladderbench.core.analysis.Trades.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.model.PositionSide;
import com.ladderbench.model.TradeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whipsaw (SPEC §5): an exit leg followed within whipsaw_window_bars by an entry leg on the same
 * symbol and side that adds exposure back; its cost is the re-entry price worse than the exit
 * price times the re-entered quantity, plus both legs' fees.
 */
class WhipsawTest {
    private static final PositionSide LONG = PositionSide.LONG;
    private static final PositionSide SHORT = PositionSide.SHORT;

    private static Whipsaw of(int window, TradeSet... sets) {
        return Whipsaw.of(List.of(sets), window, s -> t -> Trades.bar(s, t));
    }

    @Test
    void aLongReenteredAboveItsExitPriceCostsThePriceDifferenceOnTheSmallerLegPlusBothFees() {
        TradeSet first = set("BTC-USD", LONG, List.of(entry(0, LONG, 5, 90, 0.25), exit(10, LONG, 5, 100, 1.0)));
        TradeSet again = set("BTC-USD", LONG, List.of(entry(12, LONG, 3, 102, 0.5)));
        Whipsaw w = of(24, first, again);
        assertEquals(1, w.count());
        assertEquals(3 * 102, w.reenteredNotional(), 1e-12);
        assertEquals(3 * 2 + 1.0 + 0.5, w.cost(), 1e-12);
    }

    @Test
    void aShortReenteredBelowItsCoverPriceIsTheWorseRe_entry() {
        TradeSet first = set("BTC-USD", SHORT, List.of(entry(0, SHORT, 4, 110, 0), exit(10, SHORT, 4, 100, 0.5)));
        TradeSet again = set("BTC-USD", SHORT, List.of(entry(11, SHORT, 6, 97, 0.25)));
        Whipsaw w = of(24, first, again);
        assertEquals(1, w.count());
        assertEquals(4 * 97, w.reenteredNotional(), 1e-12);
        assertEquals(4 * 3 + 0.5 + 0.25, w.cost(), 1e-12);
    }

    @Test
    void aReentryAtABetterPriceCostsOnlyTheFees() {
        TradeSet first = set("BTC-USD", LONG, List.of(entry(0, LONG, 5, 90, 0), exit(10, LONG, 5, 100, 1.0)));
        TradeSet again = set("BTC-USD", LONG, List.of(entry(12, LONG, 5, 95, 0.5)));
        Whipsaw w = of(24, first, again);
        assertEquals(1, w.count());
        assertEquals(1.5, w.cost(), 1e-12);

        TradeSet firstShort = set("ETH-USD", SHORT, List.of(entry(0, SHORT, 5, 90, 0), exit(10, SHORT, 5, 80, 0.0)));
        TradeSet againShort = set("ETH-USD", SHORT, List.of(entry(12, SHORT, 5, 85, 0.0)));
        assertEquals(0.0, of(24, firstShort, againShort).cost(), 0.0);
    }

    @Test
    void aReentryExactlyWhipsawWindowBarsLaterCountsAndOneBarLaterDoesNot() {
        TradeSet first = set("BTC-USD", LONG, List.of(entry(0, LONG, 5, 90, 0), exit(10, LONG, 5, 100, 0)));
        assertEquals(1, of(24, first, set("BTC-USD", LONG, List.of(entry(34, LONG, 5, 100, 0)))).count());
        assertEquals(0, of(24, first, set("BTC-USD", LONG, List.of(entry(35, LONG, 5, 100, 0)))).count());
    }

    @Test
    void theWindowIsCountedInBarsOfTheSymbolNotInClockTime() {
        // a gap: hour 100 is bar 12 of this series, two bars after the exit
        TradeSet first = set("BTC-USD", LONG, List.of(entry(0, LONG, 5, 90, 0), exit(10, LONG, 5, 100, 0)));
        TradeSet again = set("BTC-USD", LONG, List.of(entry(100, LONG, 5, 100, 0)));
        Whipsaw w = Whipsaw.of(List.of(first, again), 2, s -> t -> t == Trades.at(100) ? 12 : Trades.bar(s, t));
        assertEquals(1, w.count());
    }

    @Test
    void eachSymbolsReentriesAreMatchedAfreshAfterAnotherSymbolsWereUsed() {
        // the second symbol's legs sit at the same places as the first's, whose re-entry was used
        TradeSet btc = set("BTC-USD", LONG, List.of(entry(0, LONG, 5, 90, 0), exit(10, LONG, 5, 100, 0)));
        TradeSet btcAgain = set("BTC-USD", LONG, List.of(entry(11, LONG, 5, 100, 0)));
        TradeSet eth = set("ETH-USD", LONG, List.of(entry(0, LONG, 5, 90, 0), exit(10, LONG, 5, 100, 0)));
        TradeSet ethAgain = set("ETH-USD", LONG, List.of(entry(11, LONG, 5, 100, 0)));
        assertEquals(2, of(24, btc, btcAgain, eth, ethAgain).count());
    }

    @Test
    void aReentryOnTheOtherSideOrAnotherSymbolIsNoWhipsaw() {
        TradeSet first = set("BTC-USD", LONG, List.of(entry(0, LONG, 5, 90, 0), exit(10, LONG, 5, 100, 0)));
        TradeSet shortAfter = set("BTC-USD", SHORT, List.of(entry(11, SHORT, 5, 100, 0)));
        TradeSet otherSymbol = set("ETH-USD", LONG, List.of(entry(11, LONG, 5, 100, 0)));
        assertEquals(0, of(24, first, shortAfter, otherSymbol).count());
    }

    @Test
    void anEntryBeforeTheExitIsNoReentry() {
        TradeSet set = set("BTC-USD", LONG, List.of(entry(0, LONG, 5, 90, 0), entry(5, LONG, 5, 95, 0),
                exit(10, LONG, 10, 100, 0)));
        assertEquals(0, of(24, set).count());
    }

    @Test
    void aTrimToppedBackUpInsideOneSetIsAWhipsaw() {
        TradeSet set = set("BTC-USD", LONG, List.of(entry(0, LONG, 10, 90, 0), exit(10, LONG, 3, 100, 0),
                entry(11, LONG, 3, 101, 0), exit(20, LONG, 10, 105, 0)));
        Whipsaw w = of(24, set);
        assertEquals(1, w.count());
        assertEquals(3 * 101, w.reenteredNotional(), 1e-12);
        assertEquals(3.0, w.cost(), 1e-12);
    }

    @Test
    void eachEntryIsMatchedToOneExitOnly() {
        // two trims, one top-up: one whipsaw; the second trim finds no unused entry
        TradeSet set = set("BTC-USD", LONG, List.of(entry(0, LONG, 10, 90, 0), exit(10, LONG, 2, 100, 0),
                exit(11, LONG, 2, 100, 0), entry(12, LONG, 4, 100, 0)));
        assertEquals(1, of(24, set).count());
        assertEquals(2 * 100, of(24, set).reenteredNotional(), 1e-12);
    }

    @Test
    void eachExitIsMatchedToTheFirstReentryOnly() {
        TradeSet set = set("BTC-USD", LONG, List.of(entry(0, LONG, 10, 90, 0), exit(10, LONG, 5, 100, 0),
                entry(11, LONG, 1, 100, 0), entry(12, LONG, 4, 110, 0)));
        Whipsaw w = of(24, set);
        assertEquals(1, w.count());
        assertEquals(100, w.reenteredNotional(), 1e-12);
    }

    @Test
    void legsAreTakenInTimeOrderAcrossSets() {
        // sets listed newest first: the exit at 10 is still followed by the entry at 12
        TradeSet first = set("BTC-USD", LONG, List.of(entry(0, LONG, 5, 90, 0), exit(10, LONG, 5, 100, 0)));
        TradeSet again = set("BTC-USD", LONG, List.of(entry(12, LONG, 5, 100, 0)));
        assertEquals(1, of(24, again, first).count());
    }

    @Test
    void noSetsNoWhipsaw() {
        assertEquals(Whipsaw.NONE, of(24));
        assertEquals(new Whipsaw(0, 0, 0), Whipsaw.NONE);
    }

    @Test
    void legsAreMatchedInTimeOrderWhateverTheOrderOfTheSetsAndTiesKeepTheSetsOrder() {
        TradeSet closed = set("BTC-USD", LONG, List.of(entry(0, LONG, 5, 90, 0), exit(10, LONG, 5, 100, 0)));
        TradeSet later = set("BTC-USD", LONG, List.of(entry(12, LONG, 5, 101, 0)));
        assertEquals(1, of(24, later, closed).count(), "sorted by time before matching");
        TradeSet sameBar = set("BTC-USD", LONG, List.of(entry(10, LONG, 5, 101, 0)));
        assertEquals(1, of(24, closed, sameBar).count(), "a re-entry on the exit's own bar, after it");
        assertEquals(0, of(24, sameBar, closed).count(), "the same timestamp listed before the exit: no re-entry");
    }

    @Test
    void sixteenLegsOnOneSymbolAreAllMatchedAsFewAre() {
        // eight round trips five bars apart: each exit re-entered five bars later, the last exit not
        TradeSet[] sets = new TradeSet[8];
        for (int k = 0; k < sets.length; k++) {
            sets[k] = set("BTC-USD", LONG, List.of(entry(10 * k, LONG, 2, 100, 0), exit(10 * k + 5, LONG, 2, 101, 0)));
        }
        Whipsaw w = of(5, sets);
        assertEquals(7, w.count());
        assertEquals(7 * 2 * 100, w.reenteredNotional(), 1e-9);
        assertEquals(0, of(4, sets).count());
    }

    @Test
    void setsOfSymbolsInterleavedAreMatchedSymbolBySymbolAsWhenGrouped() {
        // a ledger of many symbols lists their sets interleaved by opening time
        TradeSet btc = set("BTC-USD", LONG, List.of(entry(0, LONG, 5, 90, 0.5), exit(10, LONG, 5, 100, 0.25)));
        TradeSet eth = set("ETH-USD", SHORT, List.of(entry(1, SHORT, 4, 50, 0.5), exit(9, SHORT, 4, 45, 0.25)));
        TradeSet btcAgain = set("BTC-USD", LONG, List.of(entry(12, LONG, 3, 102, 0.5)));
        TradeSet ethAgain = set("ETH-USD", SHORT, List.of(entry(11, SHORT, 2, 44, 0.5)));
        Whipsaw grouped = of(24, btc, btcAgain, eth, ethAgain);
        assertEquals(2, grouped.count());
        assertEquals(grouped, of(24, btc, eth, btcAgain, ethAgain));
        assertEquals(grouped, of(24, eth, btc, ethAgain, btcAgain));
    }

    @Test
    void aSymbolWithFewerLegsAfterOneWithManyIsMatchedOnItsOwnLegsOnly() {
        // ADA's exits are re-entered; BTC, after it in name order, has one exit and nothing after it
        TradeSet[] sets = new TradeSet[9];
        for (int k = 0; k < 8; k++) {
            sets[k] = set("ADA-USD", LONG, List.of(entry(10 * k, LONG, 2, 100, 0), exit(10 * k + 5, LONG, 2, 101, 0)));
        }
        sets[8] = set("BTC-USD", LONG, List.of(entry(1, LONG, 1, 100, 0), exit(6, LONG, 1, 101, 0)));
        assertEquals(7, of(5, sets).count());
    }
}
