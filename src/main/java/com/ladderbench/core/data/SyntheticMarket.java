package com.ladderbench.core.data;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.util.SplittableRandom;

/**
 * Seeded synthetic bars for demos, tests and benchmarks: the market conditions where de-risk
 * ladders matter, without shipping real data.
 *
 * <p>The series starts at 2024-01-01T00:00Z at a price of 100 and cycles through regimes of
 * random length: steady up trends, down trends, mean-reverting ranges, and volatile sell-offs
 * that are always followed by a partial bounce. Log returns carry a regime drift plus noise
 * whose variance clusters (a GARCH(1,1)-like recursion); each bar's high and low are drawn from
 * the exact distribution of a Brownian bridge's extremes between open and close, so wicks widen
 * with volatility. Volume rises with volatility and with the size of the move; {@code spread_bps}
 * widens with volatility and further in sell-offs. Prices are kept at 6 significant digits and
 * always positive; regime choice leans back toward the start price once the price has wandered
 * 3x away, so long series stay in a sane range.
 *
 * <p>Deterministic: the same arguments give the same bars on any JVM, because the only source of
 * randomness is a {@link SplittableRandom} seeded with {@code seed} and every transcendental
 * function is {@link StrictMath} (whose results, unlike {@code Math}'s intrinsics, are fixed).
 * One pass, O(bars).
 */
public final class SyntheticMarket {
    /** 2024-01-01T00:00:00Z. */
    public static final long START_MILLIS = 1_704_067_200_000L;
    static final double START_PRICE = 100.0;
    /** Crypto-like: 60% a year, scaled to the bar length. */
    private static final double ANNUAL_VOL = 0.6;
    private static final double BASE_SPREAD_BPS = 2.0;
    private static final double MAX_BAR_VOL = 0.06;

    private SyntheticMarket() {
    }

    /** @throws IllegalArgumentException if {@code bars <= 0} */
    public static BarSeries generate(String symbol, Timeframe tf, int bars, long seed) {
        if (bars <= 0) throw new IllegalArgumentException("bars must be positive, got " + bars);
        SplittableRandom rnd = new SplittableRandom(seed);
        Gaussian gauss = new Gaussian(rnd);
        double sigma = ANNUAL_VOL / StrictMath.sqrt(tf.barsPerYear());
        double baseVolume = 1000.0 * tf.seconds() / 3600.0;
        double logStart = StrictMath.log(START_PRICE);

        long[] time = new long[bars];
        double[] open = new double[bars];
        double[] high = new double[bars];
        double[] low = new double[bars];
        double[] close = new double[bars];
        double[] volume = new double[bars];
        double[] spread = new double[bars];

        double price = START_PRICE;
        double variance = 1.0; // clustering multiplier on the regime's volatility, mean 1
        Regime regime = Regime.first(rnd, sigma, StrictMath.log(price));
        for (int i = 0; i < bars; i++) {
            if (regime.done()) regime = regime.next(rnd, sigma, StrictMath.log(price), logStart);
            // capped so that long bars (1d) in a sell-off stay within what markets show: 6% a bar
            double vol = Math.min(MAX_BAR_VOL, sigma * regime.volMultiplier() * StrictMath.sqrt(variance));
            double z = gauss.next();
            double r = regime.drift(StrictMath.log(price)) + vol * z;
            // extremes of a Brownian bridge from 0 to r with variance vol^2: P(max >= m) = exp(-2m(m-r)/vol^2)
            double up = (r + StrictMath.sqrt(r * r - 2 * vol * vol * StrictMath.log(1 - rnd.nextDouble()))) / 2;
            double down = (r - StrictMath.sqrt(r * r - 2 * vol * vol * StrictMath.log(1 - rnd.nextDouble()))) / 2;

            double o = price;
            double c = roundSignificant(o * StrictMath.exp(r), 6);
            double h = Math.max(roundSignificant(o * StrictMath.exp(up), 6), Math.max(o, c));
            double l = Math.min(roundSignificant(o * StrictMath.exp(down), 6), Math.min(o, c));
            double stress = vol / sigma;
            time[i] = START_MILLIS + i * tf.millis();
            open[i] = o;
            high[i] = h;
            low[i] = l;
            close[i] = c;
            volume[i] = roundSignificant(baseVolume * StrictMath.pow(stress, 1.3) * (0.5 + 0.5 * Math.abs(z))
                    * StrictMath.exp(0.3 * gauss.next()), 6);
            double s = BASE_SPREAD_BPS * StrictMath.pow(stress, 1.5) * regime.spreadMultiplier()
                    * StrictMath.exp(0.25 * gauss.next());
            spread[i] = Math.max(0.01, Math.round(s * 100) / 100.0);

            variance = 0.92 * variance + 0.08 * z * z;
            price = c;
            regime.advance();
        }
        return new BarSeries(symbol, tf, time, open, high, low, close, volume, spread,
                "synthetic " + symbol + " " + tf.label() + " seed " + seed);
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** Rounds a positive value to {@code digits} significant digits; monotone, never zero for positive input. */
    static double roundSignificant(double x, int digits) {
        int exponent = (int) StrictMath.floor(StrictMath.log10(x));
        int scale = digits - 1 - exponent;
        if (scale > 22 || -scale > 22) return x;
        if (scale >= 0) return Math.round(x * POW10[scale]) / POW10[scale];
        return Math.round(x / POW10[-scale]) * POW10[-scale];
    }

    /** The kinds of market the generator cycles through. */
    private enum Phase { UP, DOWN, RANGE, SELLOFF, BOUNCE }

    /** The current regime: its drift and volatility, and how many bars it has left. Local to one generation. */
    private static final class Regime {
        private final Phase phase;
        private final int length;
        private final double mu;
        private final double volStart;
        private final double volEnd;
        private final double anchor;
        private int elapsed;

        private Regime(Phase phase, int length, double mu, double volStart, double volEnd, double anchor) {
            this.phase = phase;
            this.length = length;
            this.mu = mu;
            this.volStart = volStart;
            this.volEnd = volEnd;
            this.anchor = anchor;
        }

        static Regime first(SplittableRandom rnd, double sigma, double logPrice) {
            Phase[] calm = {Phase.UP, Phase.DOWN, Phase.RANGE};
            return start(calm[rnd.nextInt(calm.length)], rnd, sigma, logPrice, 0);
        }

        boolean done() { return elapsed >= length; }

        void advance() { elapsed++; }

        double volMultiplier() {
            return volStart + (volEnd - volStart) * elapsed / length;
        }

        double spreadMultiplier() {
            return phase == Phase.SELLOFF ? 1.5 : 1.0;
        }

        /** Per-bar log drift; a range pulls back toward the price it started at. */
        double drift(double logPrice) {
            return phase == Phase.RANGE ? -0.04 * (logPrice - anchor) : mu;
        }

        Regime next(SplittableRandom rnd, double sigma, double logPrice, double logStart) {
            if (phase == Phase.SELLOFF) {
                // the bounce wins back 40-80% of what the sell-off took
                return start(Phase.BOUNCE, rnd, sigma, logPrice, -mu * length);
            }
            double up;
            double down;
            double range;
            double selloff = 0.22;
            switch (phase) {
                case UP:
                    up = 0; down = 0.33; range = 0.45; break;
                case DOWN:
                    up = 0.38; down = 0; range = 0.40; break;
                case RANGE:
                    up = 0.42; down = 0.36; range = 0; break;
                default: // after a bounce
                    up = 0.40; down = 0.20; range = 0.40; selloff = 0.10; break;
            }
            double drift = logPrice - logStart;
            if (drift > StrictMath.log(3)) up = 0; // wandered far up: only ways down or sideways
            if (drift < -StrictMath.log(3)) { down = 0; selloff = 0; if (up == 0) up = 0.5; }
            double pick = rnd.nextDouble() * (up + down + range + selloff);
            Phase p;
            if (pick < up) p = Phase.UP;
            else if (pick < up + down) p = Phase.DOWN;
            else if (pick < up + down + range) p = Phase.RANGE;
            else p = Phase.SELLOFF;
            return start(p, rnd, sigma, logPrice, 0);
        }

        private static Regime start(Phase phase, SplittableRandom rnd, double sigma, double logPrice, double lostLog) {
            switch (phase) {
                case UP: {
                    int n = between(rnd, 150, 500);
                    double mu = Math.min(uniform(rnd, 0.10, 0.22) * sigma, StrictMath.log(3) / n);
                    double v = uniform(rnd, 0.7, 1.0);
                    return new Regime(phase, n, mu, v, v, logPrice);
                }
                case DOWN: {
                    int n = between(rnd, 100, 400);
                    double mu = Math.max(-uniform(rnd, 0.06, 0.14) * sigma, StrictMath.log(0.5) / n);
                    double v = uniform(rnd, 0.9, 1.2);
                    return new Regime(phase, n, mu, v, v, logPrice);
                }
                case RANGE: {
                    int n = between(rnd, 120, 400);
                    double v = uniform(rnd, 0.5, 0.8);
                    return new Regime(phase, n, 0, v, v, logPrice);
                }
                case SELLOFF: {
                    int n = between(rnd, 10, 40);
                    double v = uniform(rnd, 2.5, 4.0);
                    double mu = Math.max(-uniform(rnd, 0.5, 0.9) * v * sigma, StrictMath.log(0.6) / n);
                    return new Regime(phase, n, mu, v, v, logPrice);
                }
                default: {
                    int n = between(rnd, 20, 80);
                    double mu = uniform(rnd, 0.4, 0.8) * lostLog / n;
                    return new Regime(phase, n, mu, uniform(rnd, 2.0, 2.5), 1.2, logPrice);
                }
            }
        }

        private static int between(SplittableRandom rnd, int lo, int hi) {
            return lo + rnd.nextInt(hi - lo + 1);
        }

        private static double uniform(SplittableRandom rnd, double lo, double hi) {
            return lo + (hi - lo) * rnd.nextDouble();
        }
    }

    /**
     * Standard normal draws by Box-Muller over StrictMath, so the sequence for a seed never depends
     * on the JDK's own {@code nextGaussian} algorithm or on platform intrinsics.
     */
    private static final class Gaussian {
        private final SplittableRandom rnd;
        private double spare;
        private boolean hasSpare;

        Gaussian(SplittableRandom rnd) {
            this.rnd = rnd;
        }

        double next() {
            if (hasSpare) {
                hasSpare = false;
                return spare;
            }
            double u1 = 1 - rnd.nextDouble(); // (0, 1]: log is finite
            double u2 = rnd.nextDouble();
            double radius = StrictMath.sqrt(-2 * StrictMath.log(u1));
            double angle = 2 * StrictMath.PI * u2;
            spare = radius * StrictMath.sin(angle);
            hasSpare = true;
            return radius * StrictMath.cos(angle);
        }
    }
}
