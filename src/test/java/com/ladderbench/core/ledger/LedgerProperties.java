package com.ladderbench.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.Fill;
import com.ladderbench.model.Side;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Invariants of the books over random fill streams on several symbols, both sides, crossings included. */
class LedgerProperties {
    private static final String[] SYMBOLS = {"BTC-USD", "ETH-USD", "SOL-USD"};

    record Step(int symbol, Side side, long lots, long priceCents, long feeMillis, boolean sameTime) {
    }

    record Booked(LotSize lotSize, List<Fill> fills, Ledger ledger) {
    }

    @Provide
    Arbitrary<LotSize> lotSizes() {
        return Arbitraries.of(1e-8, 0.001, 1.0).map(LotSize::new);
    }

    @Provide
    Arbitrary<List<Step>> streams() {
        // round quantities make positions return to exactly zero often; odd ones make crossings
        Arbitrary<Long> lots = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(1, 6).map(n -> n * 500)),
                Tuple.of(1, Arbitraries.longs().between(1, 5000)));
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, SYMBOLS.length - 1),
                Arbitraries.of(Side.class),
                lots,
                Arbitraries.longs().between(1, 10_000_000),
                Arbitraries.longs().between(0, 5000),
                Arbitraries.of(true, false)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(150);
    }

    private static Booked book(LotSize lotSize, List<Step> steps) {
        Ledger ledger = new Ledger(lotSize);
        List<Fill> fills = new ArrayList<>();
        long t = 1_700_000_000_000L;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!s.sameTime()) t += 60_000;
            Fill f = new Fill("F" + i, t, SYMBOLS[s.symbol()], null, s.side(), s.lots(), lotSize.lotSize(),
                    s.priceCents() / 100.0, s.feeMillis() / 1000.0, "trg", null, null, null, null);
            fills.add(f);
            ledger.apply(f);
        }
        return new Booked(lotSize, fills, ledger);
    }

    @Property
    void setsPartitionTheFills(@ForAll("lotSizes") LotSize lotSize, @ForAll("streams") List<Step> steps) {
        Booked b = book(lotSize, steps);
        Map<String, Long> legLotsByFill = new HashMap<>();
        for (TradeSet set : b.ledger().tradeSets()) {
            for (TradeLeg leg : set.legs()) {
                long lots = leg.lots();
                legLotsByFill.merge(leg.fillId(), lots, Long::sum);
            }
        }
        assertEquals(b.fills().size(), legLotsByFill.size(), "every fill appears in some leg");
        for (Fill f : b.fills()) {
            assertEquals(f.lots(), legLotsByFill.get(f.fillId()),
                    "the legs of " + f.fillId() + " add up to its quantity");
        }
        Map<String, Long> finalLots = new HashMap<>();
        for (Fill f : b.fills()) {
            finalLots.merge(f.symbol(), f.side().sign() * f.lots(), Long::sum);
        }
        finalLots.forEach((symbol, lots) -> assertEquals(lots, b.ledger().position(symbol).lots()));

        // the streams must actually exercise closes and zero-crossing fills
        boolean closes = b.ledger().tradeSets().stream().anyMatch(TradeSet::isClosed);
        boolean crossings = b.ledger().tradeSets().stream().flatMap(s -> s.legs().stream())
                .map(TradeLeg::fillId).distinct().count() < b.ledger().tradeSets().stream().mapToInt(TradeSet::numLegs).sum();
        Statistics.label("closed sets").collect(closes);
        Statistics.label("crossing fills").collect(crossings);
        Statistics.label("closed sets").coverage(c -> c.check(true).percentage(p -> p > 35));
        Statistics.label("crossing fills").coverage(c -> c.check(true).percentage(p -> p > 25));
    }

    @Property
    void aSetReturnsToExactlyZeroOnlyAtItsLastLeg(@ForAll("lotSizes") LotSize lotSize, @ForAll("streams") List<Step> steps) {
        Booked b = book(lotSize, steps);
        for (TradeSet set : b.ledger().tradeSets()) {
            List<TradeLeg> legs = set.legs();
            for (int i = 0; i < legs.size() - 1; i++) {
                assertNotEquals(0.0, legs.get(i).positionAfterAsDouble(), "only the last leg may be flat");
                assertEquals(set.side().sign(), (int) Math.signum(legs.get(i).positionAfterAsDouble()),
                        "a set never changes side");
            }
            double last = legs.get(legs.size() - 1).positionAfterAsDouble();
            if (set.isClosed()) {
                assertEquals(0.0, last, "a closed set's last leg is flat");
            } else {
                assertNotEquals(0.0, last);
            }
            assertTrue(legs.get(0).isEntry(), "a set starts with an entry");
        }
        long open = b.ledger().tradeSets().stream().filter(s -> !s.isClosed()).count();
        long nonFlat = List.of(SYMBOLS).stream().filter(s -> !b.ledger().position(s).isFlat()).count();
        assertEquals(nonFlat, open, "exactly one open set per non-flat symbol");
    }

    @Property
    void realizedTotalsAddUpAndMatchCashFlowOfClosedSets(@ForAll("lotSizes") LotSize lotSize,
                                                         @ForAll("streams") List<Step> steps) {
        Booked b = book(lotSize, steps);
        double ledgerRealized = 0;
        double ledgerFees = 0;
        for (TradeSet set : b.ledger().tradeSets()) {
            double realized = 0;
            double fees = 0;
            double cash = 0;
            double gross = 0;
            for (TradeLeg leg : set.legs()) {
                realized += leg.realizedPnl();
                fees += leg.fees();
                double notional = leg.qtyAsDouble() * leg.price();
                cash += leg.side() == Side.SELL ? notional : -notional;
                gross += notional;
            }
            assertEquals(realized, set.pnlRealizedTotal(), 1e-9 * Math.max(1, Math.abs(realized)));
            assertEquals(realized - fees, set.pnlNet(), 1e-9 * Math.max(1, gross));
            if (set.isClosed()) {
                assertEquals(cash, set.pnlRealizedTotal(), 1e-9 * Math.max(1, gross),
                        "WAC realises exactly the cash flow of a closed lifecycle");
            }
            ledgerRealized += realized;
            ledgerFees += fees;
        }
        double scale = Math.max(1, b.fills().stream().mapToDouble(f -> f.qtyAsDouble() * f.price()).sum());
        assertEquals(ledgerRealized, b.ledger().realizedPnl(), 1e-9 * scale);
        assertEquals(ledgerFees, b.ledger().fees(), 1e-9 * scale);
        double fillFees = b.fills().stream().mapToDouble(Fill::fee).sum();
        assertEquals(fillFees, b.ledger().fees(), 1e-9 * Math.max(1, fillFees), "split fees still add up");
    }

    @Property
    void noTwoLegsOrSetsShareAnId(@ForAll("lotSizes") LotSize lotSize, @ForAll("streams") List<Step> steps) {
        Booked b = book(lotSize, steps);
        Set<String> legIds = new HashSet<>();
        Set<String> setIds = new HashSet<>();
        int legs = 0;
        for (TradeSet set : b.ledger().tradeSets()) {
            assertTrue(setIds.add(set.setId()), "set id " + set.setId() + " is unique");
            for (TradeLeg leg : set.legs()) {
                legs++;
                assertTrue(legIds.add(leg.legId()), "leg id " + leg.legId() + " is unique");
            }
        }
        assertTrue(legs >= b.fills().size());
    }

    @Property
    void identicalStreamsGiveIdenticalBooks(@ForAll("lotSizes") LotSize lotSize, @ForAll("streams") List<Step> steps) {
        assertEquals(book(lotSize, steps).ledger().tradeSets(), book(lotSize, steps).ledger().tradeSets());
    }
}
