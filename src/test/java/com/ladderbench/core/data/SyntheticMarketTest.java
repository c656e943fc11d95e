package com.ladderbench.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Timeframe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntheticMarketTest {
    @TempDir
    Path dir;

    private byte[] bytes(long seed, String name) throws IOException {
        Path out = dir.resolve(name);
        BarCsvWriter.write(SyntheticMarket.generate("BTC-USD", Timeframe.H1, 5000, seed), out);
        return Files.readAllBytes(out);
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        assertArrayEquals(bytes(42, "a.csv"), bytes(42, "b.csv"));
    }

    @Test
    void differentSeedsGiveDifferentMarkets() throws IOException {
        assertFalse(Arrays.equals(bytes(42, "a.csv"), bytes(43, "b.csv")));
    }

    @ParameterizedTest
    @EnumSource(Timeframe.class)
    void barsAreWellFormedAtEveryTimeframe(Timeframe tf) {
        BarSeries s = SyntheticMarket.generate("X", tf, 20_000, 7);
        assertEquals(20_000, s.size());
        assertEquals(SyntheticMarket.START_MILLIS, s.time()[0]);
        for (int i = 0; i < s.size(); i++) {
            double o = s.open()[i];
            double c = s.close()[i];
            assertTrue(o > 0 && c > 0 && s.low()[i] > 0, "positive prices at " + i);
            assertTrue(s.high()[i] >= Math.max(o, c), "high at " + i);
            assertTrue(s.low()[i] <= Math.min(o, c), "low at " + i);
            assertTrue(s.volume()[i] > 0, "volume at " + i);
            assertTrue(s.spreadBps()[i] > 0, "spread at " + i);
            if (i > 0) {
                assertEquals(tf.millis(), s.time()[i] - s.time()[i - 1]);
                assertEquals(s.close()[i - 1], o, "each bar opens at the previous close");
            }
        }
    }

    @Test
    void everySeedHasSellOffsThatBounceBack() {
        for (long seed = 1; seed <= 5; seed++) {
            double[] c = SyntheticMarket.generate("X", Timeframe.H1, 5000, seed).close();
            boolean found = false;
            for (int i = 48; i < c.length - 48 && !found; i++) {
                double drop = c[i] / max(c, i - 48, i) - 1;
                double bounce = max(c, i, i + 48) / c[i] - 1;
                found = drop < -0.12 && bounce > 0.05;
            }
            assertTrue(found, "seed " + seed + ": no 12% two-day drop followed by a 5% bounce");
        }
    }

    @Test
    void volumeRisesAndSpreadsWidenWhenBarsAreVolatile() {
        BarSeries s = SyntheticMarket.generate("X", Timeframe.H1, 20_000, 3);
        int n = s.size();
        double[] range = new double[n];
        for (int i = 0; i < n; i++) range[i] = s.high()[i] / s.low()[i];
        double[] sorted = range.clone();
        Arrays.sort(sorted);
        double calmCut = sorted[n / 2];
        double wildCut = sorted[n - n / 10];
        double calmVolume = 0;
        double wildVolume = 0;
        double calmSpread = 0;
        double wildSpread = 0;
        int calm = 0;
        int wild = 0;
        for (int i = 0; i < n; i++) {
            if (range[i] <= calmCut) {
                calm++;
                calmVolume += s.volume()[i];
                calmSpread += s.spreadBps()[i];
            } else if (range[i] >= wildCut) {
                wild++;
                wildVolume += s.volume()[i];
                wildSpread += s.spreadBps()[i];
            }
        }
        assertTrue(wildVolume / wild > 1.5 * calmVolume / calm, "volume in the widest-range tenth vs the calm half");
        assertTrue(wildSpread / wild > 1.5 * calmSpread / calm, "spread in the widest-range tenth vs the calm half");
    }

    @Test
    void generatedFilesReadBackExactly() throws IOException, InvalidInputException {
        BarSeries s = SyntheticMarket.generate("ETH", Timeframe.M15, 3000, 11);
        Path out = dir.resolve("ETH_15m.csv");
        BarCsvWriter.write(s, out);
        BarSeries back = BarCsvReader.read(DataSpec.parse(out.toString()));
        assertArrayEquals(s.time(), back.time());
        assertArrayEquals(s.close(), back.close());
        assertArrayEquals(s.high(), back.high());
        assertArrayEquals(s.spreadBps(), back.spreadBps());
    }

    @Test
    void roundingToSignificantDigitsKeepsOrderAndSign() {
        assertEquals(123.457, SyntheticMarket.roundSignificant(123.4567, 6));
        assertEquals(10.0, SyntheticMarket.roundSignificant(9.9999996, 6));
        assertEquals(1.23457e-5, SyntheticMarket.roundSignificant(1.234567e-5, 6));
        assertEquals(1234570.0, SyntheticMarket.roundSignificant(1234567.0, 6));
    }

    @Test
    void zeroBarsIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticMarket.generate("X", Timeframe.H1, 0, 1));
    }

    private static double max(double[] a, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) m = Math.max(m, a[i]);
        return m;
    }
}
