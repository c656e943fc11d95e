package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.TradeSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * SPEC §4: scaling every price by 10^k, with everything in quote currency scaled alike (notional
 * sizing, initial cash, min-trade notional), changes no trade's structure: the same sets, the
 * same legs with the same lots, the same events, no dust. Every (k, lot size) pair is run, so the
 * check is the same on every build. Positions of about 300 units reach 3e10 lots at the finest lot
 * size here. Far beyond that (3e14 lots at a lot of 1e-12) a lot is smaller than the rounding of
 * notional / price in doubles, whose operands themselves differ in their last bit once scaled, so a
 * sized order can come out one lot apart; WholeLotsTest pins that regime: same trades, exact zeros,
 * no phantom sets.
 */
class PriceScaleProperties {
    private static final double NOTIONAL = 30_000;
    private static final double CASH = 100_000;

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void scalingEveryPriceBy10PowKLeavesEveryTradesStructureIdentical(
            @ForAll @IntRange(min = -10, max = 3) int k, @ForAll("lotSizes") double lotSize) throws Exception {
        double f = Math.pow(10, k);
        RunResult reference = run(1, lotSize);
        RunResult scaled = run(f, lotSize);
        assertTrue(reference.tradeSets().size() > 10, "the sample trades");
        PriceScaleFixture.assertSameLines(PriceScaleFixture.structure(reference), PriceScaleFixture.structure(scaled),
                "10^" + k + ", lot size " + lotSize);
        for (TradeSet s : scaled.tradeSets()) {
            if (s.isClosed()) assertEquals(0, s.legs().get(s.legs().size() - 1).positionAfterLots());
        }
        assertEquals(reference.events().stream().filter(e -> e.reason() == BlockReason.DUST_SWEEP).count(),
                scaled.events().stream().filter(e -> e.reason() == BlockReason.DUST_SWEEP).count());
    }

    @Provide
    Arbitrary<Double> lotSizes() {
        return Arbitraries.of(1e-8, 1e-6, 1e-4, 0.01, 1.0);
    }

    private static RunResult run(double factor, double lotSize) throws Exception {
        Plan plan = PriceScaleFixture.plan().withSizingRules(
                List.of(new SizingRule("BTC-USD", SizingMode.NOTIONAL, null, NOTIONAL * factor, null)));
        RunConfig base = PriceScaleFixture.config();
        RunConfig config = base.toBuilder().initialCash(CASH * factor)
                .minTradeNotional(base.minTradeNotional() * factor).lotSize(lotSize).build();
        return PriceScaleFixture.run(plan, config, factor);
    }
}
