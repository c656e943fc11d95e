package com.ladderbench.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource({
        "-134.99999999999957, -135",
        "0.30000000000000004, 0.3",
        "1.0E-5, 0.00001",
        "-0.0, 0",
        "0.0, 0",
        "100000.0, 100000",
        "1.0E-8, 0.00000001",
        "1.0E20, 100000000000000000000",
        "42283.58, 42283.58",
        "105.84416459999998, 105.8441646",
        // a value typed with 12 significant digits prints as typed; the 13th is rounded half up
        "123456.789012, 123456.789012",
        "1.234567890125, 1.23456789013",
        "-1.234567890125, -1.23456789013",
        "999999999999.5, 1000000000000",
        "1.2345678901234E-12, 0.00000000000123456789012",
        "-1.0E-12, -0.000000000001",
    })
    void filesPrintTheShortestDecimalAfterRoundingToTwelveDigits(double v, String text) {
        assertEquals(text, Decimals.plain(v));
    }

    @Test
    void nonFiniteValuesHaveNoRenderingCallersChooseOne() {
        assertThrows(IllegalArgumentException.class, () -> Decimals.plain(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Decimals.fixed(Double.POSITIVE_INFINITY, 2));
        assertThrows(IllegalArgumentException.class, () -> Decimals.significant(Double.NEGATIVE_INFINITY, 6));
    }

    @ParameterizedTest(name = "{0} at {1} decimals is {2}")
    @CsvSource({
        "-0.0, 2, 0.00",
        "-0.004, 2, 0.00",
        "-0.005, 2, -0.01",
        "0.125, 2, 0.13",
        // half up on the digits as typed, like printf: 1.005 is 1.00499999999999989... in binary
        "1.005, 2, 1.01",
        "7.8249, 2, 7.82",
        "19.2081, 2, 19.21",
        "-3.5, 0, -4",
        "1.0E20, 1, 100000000000000000000.0",
    })
    void tablesHaveFixedDecimalsAndNeverMinusZero(double v, int decimals, String text) {
        assertEquals(text, Decimals.fixed(v, decimals));
    }

    @ParameterizedTest(name = "{0} grouped is {2}")
    @CsvSource(delimiter = ';', value = {
        "766736.3124; 2; 766,736.31",
        "-1234567.891; 2; -1,234,567.89",
        "999.999; 2; 1,000.00",
        "100; 0; 100",
        "-0.0001; 2; 0.00",
        "1234; 0; 1,234",
    })
    void groupedPutsACommaBetweenThousands(double v, int decimals, String text) {
        assertEquals(text, Decimals.grouped(v, decimals));
    }

    @ParameterizedTest(name = "exact {0} grouped is {2}")
    @CsvSource(delimiter = ';', value = {"999.5; 0; 1,000", "1234567.891; 2; 1,234,567.89", "-1234.5; 0; -1,235",
        "0.125; 2; 0.13", "-0.001; 2; 0.00", "12; 3; 12.000", "1E+3; 0; 1,000"})
    void anExactDecimalGroupsTheSameWayRoundingHalfUpWithoutMinusZero(String v, int decimals, String text) {
        assertEquals(text, Decimals.grouped(new BigDecimal(v), decimals));
    }

    @ParameterizedTest(name = "{0} at {1} significant digits is {2}")
    @CsvSource({
        "105.84416459999998, 8, 105.84416",
        "0.5, 6, 0.5",
        "0.0000123456789, 6, 0.0000123457",
        "123456789.5, 8, 123456790",
        "-0.0, 6, 0",
    })
    void messagesKeepTheirSignificantDigitsWithoutExponent(double v, int digits, String text) {
        assertEquals(text, Decimals.significant(v, digits));
    }

    @Test
    void fixedDecimalsAgreeWithRootLocalePrintfWhereThatPrintedNoMinusZero() {
        double[] samples = {0.125, 1.005, 2.675, 119208.14034, -7.8249999, 0.335, 1e-7, 5e15, 4122.025};
        for (double v : samples) {
            for (int d = 0; d <= 4; d++) {
                assertEquals(String.format(java.util.Locale.ROOT, "%." + d + "f", v), Decimals.fixed(v, d), v + " at " + d);
            }
        }
    }

    @Property(tries = 3000)
    void aPrintedValueReadsBackWithinTwelveSignificantDigits(@ForAll("doubles") double v) {
        String text = Decimals.plain(v);
        double back = Double.parseDouble(text);
        BigDecimal expected = new BigDecimal(v).round(new MathContext(12, RoundingMode.HALF_UP));
        // at most half a unit in the 12th digit away (plus the binary step of the printed value)
        BigDecimal unit = expected.ulp();
        assertTrue(new BigDecimal(back).subtract(new BigDecimal(v)).abs().compareTo(unit) <= 0,
                () -> v + " printed as " + text);
    }

    @Property(tries = 3000)
    void aPrintedValueHasNoExponentNoMinusZeroAndAtMostTwelveDigits(@ForAll("doubles") double v) {
        String text = Decimals.plain(v);
        assertFalse(text.contains("E") || text.contains("e"), text);
        assertFalse(text.equals("-0") || text.startsWith("-0.") && Double.parseDouble(text) == 0, text);
        String digits = text.replace("-", "").replace(".", "").replaceAll("^0+", "").replaceAll("0+$", "");
        assertTrue(digits.length() <= 12, () -> v + " printed as " + text);
        assertTrue(text.chars().allMatch(c -> c == '-' || c == '.' || (c >= '0' && c <= '9')), text);
    }

    @Property(tries = 3000)
    void printingWhatWasReadBackGivesTheSameText(@ForAll("doubles") double v) {
        String text = Decimals.plain(v);
        assertEquals(text, Decimals.plain(Double.parseDouble(text)), () -> String.valueOf(v));
    }

    @Property(tries = 2000)
    void valuesWithAtMostTwelveDigitsPrintAsTyped(@ForAll("typed") BigDecimal typed) {
        String text = Decimals.plain(typed.doubleValue());
        assertEquals(0, new BigDecimal(text).compareTo(typed), () -> typed + " printed as " + text);
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().ofScale(30).between(-1e6, 1e6),
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
                Arbitraries.doubles().between(-1e3, 1e3).map(x -> x * 0.1 + 0.2 - 0.2),
                Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, 1e-5, -1e22));
    }

    @Provide
    Arbitrary<BigDecimal> typed() {
        return Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L)
                .flatMap(unscaled -> Arbitraries.integers().between(-8, 12)
                        .map(scale -> BigDecimal.valueOf(unscaled, scale)));
    }
}
