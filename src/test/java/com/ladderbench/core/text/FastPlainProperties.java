package com.ladderbench.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Decimals#plain} prints most values by double arithmetic; its definition is the
 * BigDecimal path ({@link Decimals#plainSlow}). These pin that the two print the same text for
 * every kind of value the writers see: prices, quantities, sums with binary noise, ties at the
 * 13th digit, powers of ten, and arbitrary bit patterns.
 */
class FastPlainProperties {

    @Property(tries = 20_000)
    void anyDoubleBitPatternPrintsAsTheBigDecimalPathDoes(@ForAll("bitPatterns") double v) {
        assertEquals(Decimals.plainSlow(v), Decimals.plain(v), () -> "for " + v);
        assertEquals(Decimals.plainSlow(v), Decimals.appendPlain(new StringBuilder("x"), v).substring(1));
        assertEquals(Double.parseDouble(Decimals.plainSlow(v)), Decimals.printedValue(v), () -> "read back " + v);
    }

    @Property(tries = 20_000)
    void typedDecimalsAndTheirNoisySumsPrintAsTheBigDecimalPathDoes(@ForAll("typed") double v) {
        assertEquals(Decimals.plainSlow(v), Decimals.plain(v), () -> "for " + v);
        double noisy = v * 1.1 + 0.1 - 0.1;
        assertEquals(Decimals.plainSlow(noisy), Decimals.plain(noisy), () -> "for " + noisy);
        assertEquals(Double.parseDouble(Decimals.plainSlow(noisy)), Decimals.printedValue(noisy), () -> "read back " + noisy);
    }

    @Property(tries = 10_000)
    void valuesAtATieOfTheThirteenthDigitPrintAsTheBigDecimalPathDoes(@ForAll("ties") double v) {
        assertEquals(Decimals.plainSlow(v), Decimals.plain(v), () -> "for " + v);
        assertEquals(Decimals.plainSlow(-v), Decimals.plain(-v), () -> "for " + -v);
    }

    @ParameterizedTest(name = "10^{0} and its neighbours")
    @ValueSource(ints = {-12, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 5, 7, 11, 12, 13, 14, 15, 16, 20})
    void powersOfTenAndTheirNeighboursPrintAsTheBigDecimalPathDoes(int exp) {
        double p = Double.parseDouble("1e" + exp);
        double v = p;
        for (int i = 0; i < 50; i++) v = Math.nextDown(v);
        for (int i = 0; i < 100; i++, v = Math.nextUp(v)) {
            assertEquals(Decimals.plainSlow(v), Decimals.plain(v), "for " + v);
            assertEquals(Decimals.plainSlow(-v), Decimals.plain(-v), "for " + -v);
        }
    }

    @Test
    void aMillionRandomEquityLikeValuesPrintAsTheBigDecimalPathDoes() {
        SplittableRandom r = new SplittableRandom(14);
        for (int i = 0; i < 1_000_000; i++) {
            double v = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(-9, 16));
            assertEquals(Decimals.plainSlow(v), Decimals.plain(v), "for " + v);
            assertEquals(Double.parseDouble(Decimals.plainSlow(v)), Decimals.printedValue(v), "read back " + v);
        }
    }

    @Provide
    Arbitrary<Double> bitPatterns() {
        return Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    }

    @Provide
    Arbitrary<Double> typed() {
        // a price or quantity as written: up to 15 digits with the point anywhere
        return Arbitraries.longs().between(1, 999_999_999_999_999L).flatMap(m -> Arbitraries.integers().between(0, 20)
                .map(scale -> m / Math.pow(10, scale)));
    }

    @Provide
    Arbitrary<Double> ties() {
        // twelve digits, then a 5 and maybe a few more digits: the rounding tie and values just off it
        return Arbitraries.longs().between(100_000_000_000L, 999_999_999_999L).flatMap(m -> Arbitraries.integers()
                .between(-8, 14).flatMap(e -> Arbitraries.of("5", "50", "49999", "50001", "5000000001")
                        .map(tail -> Double.parseDouble(m + tail + "e" + (e - 11 - tail.length())))));
    }
}
