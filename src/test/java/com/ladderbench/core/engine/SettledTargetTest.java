package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.ledger.LotSize;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A target settled over an interval of equities is the target at every equity in it: it is
 * given only when both ends size the same positive number of lots, the target never falling as
 * equity rises; anything else (a lot boundary inside, no equity, a warming volatility, too many
 * lots, a negative percentage) leaves it to the target at the exact equity.
 */
class SettledTargetTest {
    private static final RiskConstraints NO_CAPS = new RiskConstraints(null, null, null, null);
    private static final LotSize FINE = new LotSize(1e-8);

    private static Sizing sizing(SizingRule rule, double[] vol, RiskConstraints caps, LotSize lots) {
        return new Sizing(new SizingRule[] {rule}, new double[][] {vol}, caps, lots);
    }

    private static SizingRule fixed(double pct) {
        return new SizingRule("X", SizingMode.FIXED_FRACTION, pct, null, null);
    }

    @Test
    void aSettledTargetIsTheTargetAtEveryEquityOfTheInterval() {
        RiskConstraints caps = new RiskConstraints(3.0, 40.0, 90.0, null);
        SizingRule[] rules = {fixed(0.5), new SizingRule("X", SizingMode.VOL_TARGET, null, null, 0.2), null,
            new SizingRule("X", SizingMode.NOTIONAL, null, 5_000.0, null)};
        SplittableRandom rnd = new SplittableRandom(7);
        int settled = 0;
        for (int run = 0; run < 20_000; run++) {
            SizingRule rule = rules[run % rules.length];
            LotSize lots = run % 3 == 0 ? new LotSize(1.0) : FINE;
            Sizing sizing = sizing(rule, new double[] {0.05 + rnd.nextDouble()}, caps, lots);
            double price = Math.pow(10, rnd.nextDouble(-2, 5));
            double stop = rnd.nextBoolean() ? Double.NaN : rnd.nextDouble(0.1, 10);
            double others = rnd.nextDouble() * 80_000;
            double low = rnd.nextDouble(1, 1e6);
            // intervals from a few ulps to wide: the narrow ones settle, the wide ones straddle lots
            double high = low * (1 + Math.pow(10, rnd.nextInt(-15, -1)));
            long target = sizing.settledTargetLots(0, 0, price, low, high, stop, others);
            if (target == Sizing.UNSETTLED) continue;
            settled++;
            for (double x : new double[] {low, high, low + (high - low) * rnd.nextDouble(), Math.nextUp(low)}) {
                assertEquals(sizing.targetLots(0, 0, price, x, stop, others), target,
                        "equity " + x + " in [" + low + ", " + high + "] at price " + price);
            }
        }
        assertTrue(settled > 5_000, "most narrow intervals settle: " + settled);
    }

    @Test
    void anIntervalAcrossALotBoundaryIsUnsettled() {
        // 1 % of equity as notional at price 1 with whole lots: 1 lot from equity 100 on
        Sizing sizing = sizing(fixed(1.0), null, NO_CAPS, new LotSize(1.0));
        assertEquals(Sizing.UNSETTLED, sizing.settledTargetLots(0, 0, 1.0, 199.0, 201.0, Double.NaN, 0));
        assertEquals(2, sizing.settledTargetLots(0, 0, 1.0, 200.0, 201.0, Double.NaN, 0));
        assertEquals(1, sizing.settledTargetLots(0, 0, 1.0, 199.0, 199.5, Double.NaN, 0));
    }

    @Test
    void noEquityAZeroTargetAndAWarmingVolatilityAreUnsettled() {
        Sizing sizing = sizing(fixed(1.0), null, NO_CAPS, new LotSize(1.0));
        assertEquals(Sizing.UNSETTLED, sizing.settledTargetLots(0, 0, 1.0, 0.0, 300.0, Double.NaN, 0));
        assertEquals(Sizing.UNSETTLED, sizing.settledTargetLots(0, 0, 1.0, -300.0, 300.0, Double.NaN, 0));
        // zero lots at both ends: the exact target says which cap made it zero
        assertEquals(0, sizing.targetLots(0, 0, 1.0, 50.0, Double.NaN, 0));
        assertEquals(Sizing.UNSETTLED, sizing.settledTargetLots(0, 0, 1.0, 50.0, 60.0, Double.NaN, 0));
        Sizing vol = sizing(new SizingRule("X", SizingMode.VOL_TARGET, null, null, 0.2), new double[] {Double.NaN},
                NO_CAPS, new LotSize(1.0));
        assertEquals(Sizing.MISSING_VOL, vol.targetLots(0, 0, 1.0, 1e6, Double.NaN, 0));
        assertEquals(Sizing.UNSETTLED, vol.settledTargetLots(0, 0, 1.0, 1e6, 1e6, Double.NaN, 0));
    }

    @Test
    void tooManyLotsAtTheHighEndIsUnsettledNotThrown() {
        Sizing sizing = sizing(fixed(100.0), null, NO_CAPS, FINE);
        double max = Sizing.MAX_POSITION_LOTS * 1e-8;
        assertThrows(Sizing.TooManyLotsException.class, () -> sizing.targetLots(0, 0, 1.0, 2 * max, Double.NaN, 0));
        assertEquals(Sizing.UNSETTLED, sizing.settledTargetLots(0, 0, 1.0, max / 2, 2 * max, Double.NaN, 0));
        assertEquals(Sizing.UNSETTLED,
                sizing.settledTargetLots(0, 0, 1.0, max / 2, Double.POSITIVE_INFINITY, Double.NaN, 0));
        assertEquals(Sizing.UNSETTLED, sizing.settledTargetLots(0, 0, 1.0, 2 * max, 2 * max, Double.NaN, 0),
                "too many at both ends: the exact target throws");
    }

    @Test
    void aNegativePercentageIsNeverSettled() {
        // a plan built in code may hold one (a loaded plan may not): the target would not rise with equity
        Sizing negativeCap = sizing(fixed(1.0), null, new RiskConstraints(null, -1.0, null, null), new LotSize(1.0));
        assertEquals(Sizing.UNSETTLED, negativeCap.settledTargetLots(0, 0, 1.0, 1e6, 1e6, Double.NaN, 0));
        Sizing negativeRisk = sizing(fixed(-1.0), null, NO_CAPS, new LotSize(1.0));
        assertEquals(Sizing.UNSETTLED, negativeRisk.settledTargetLots(0, 0, 1.0, 1e6, 1e6, Double.NaN, 0));
        Sizing positive = sizing(fixed(1.0), null, new RiskConstraints(0.0, 0.0, 0.0, null), new LotSize(1.0));
        assertEquals(Sizing.UNSETTLED, positive.settledTargetLots(0, 0, 1.0, 1e6, 1e6, 2.0, 0), "zero caps: zero");
        Sizing uncapped = sizing(fixed(1.0), null, NO_CAPS, new LotSize(1.0));
        assertEquals(10_000, uncapped.settledTargetLots(0, 0, 1.0, 1e6, 1e6, Double.NaN, 0));
    }
}
