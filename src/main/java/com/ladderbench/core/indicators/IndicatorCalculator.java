package com.ladderbench.core.indicators;

import com.ladderbench.core.indicators.IndicatorSpec.Kind;
import com.ladderbench.model.BarSeries;
import java.util.Arrays;

/**
 * Computes the rule language's series (SPEC §3) over a {@link BarSeries}: one full-length
 * {@code double[]} per indicator, in O(bars) whatever the period, with no allocation per bar.
 *
 * <p>The value at bar {@code i} depends on bars {@code 0..i} only. The first {@link #warmUp}
 * bars are NaN, which the rule language reads as <em>missing</em>; after them every value agrees
 * with ta4j-core 0.17 (the reference, test scope) to 1e-9 relative. EMA-type kinds (EMA, RSI,
 * ATR, MACD) are seeded like ta4j, with the first bar's value, and use its exact arithmetic.
 *
 * <table>
 * <caption>Kinds, their ta4j reference and warm-up (bars of NaN at the start)</caption>
 * <tr><th>kind</th><th>definition (ta4j reference)</th><th>warm-up</th></tr>
 * <tr><td>OPEN HIGH LOW CLOSE VOLUME</td><td>the series' own arrays, not copied</td><td>0</td></tr>
 * <tr><td>SMA n</td><td>mean of the last n closes (SMAIndicator)</td><td>n-1</td></tr>
 * <tr><td>EMA n</td><td>alpha 2/(n+1), seeded with close[0] (EMAIndicator)</td><td>n-1</td></tr>
 * <tr><td>RSI n</td><td>Wilder-smoothed (alpha 1/n) gains over losses (RSIIndicator)</td><td>n</td></tr>
 * <tr><td>ATR n</td><td>Wilder-smoothed true range; bar 0's TR is high-low (ATRIndicator)</td><td>n-1</td></tr>
 * <tr><td>ROC n</td><td>100 * (close[i] - close[i-n]) / close[i-n] (ROCIndicator)</td><td>n</td></tr>
 * <tr><td>REALIZED_VOL n</td><td>population stdev of the last n log returns ln(c[i]/c[i-1]),
 *     times sqrt(timeframe bars per year) (StandardDeviationIndicator)</td><td>n</td></tr>
 * <tr><td>MACD</td><td>EMA(12) - EMA(26) of close (MACDIndicator)</td><td>25</td></tr>
 * <tr><td>MACD_SIGNAL</td><td>EMA(9) of the MACD line, smoothed from bar 0</td><td>33</td></tr>
 * <tr><td>MACD_HIST</td><td>MACD - MACD_SIGNAL</td><td>33</td></tr>
 * <tr><td>DONCHIAN_UPPER / LOWER n</td><td>highest high / lowest low of n bars
 *     (DonchianChannelUpper/LowerIndicator)</td><td>n-1</td></tr>
 * <tr><td>BOLLINGER_MIDDLE n</td><td>SMA n of close (the same array as SMA n)</td><td>n-1</td></tr>
 * <tr><td>BOLLINGER_UPPER / LOWER n</td><td>middle ± 2 population stdev of n closes
 *     (BollingerBandsUpper/LowerIndicator)</td><td>n-1</td></tr>
 * <tr><td>VOLUME_MULTIPLE n</td><td>volume / SMA n of volume</td><td>n-1</td></tr>
 * <tr><td>VWAP n</td><td>sum(typical price * volume) / sum(volume) over n bars (VWAPIndicator)</td><td>n-1</td></tr>
 * <tr><td>CYCLE_HIGH / LOW n</td><td>highest high / lowest low of n bars (Highest/LowestValueIndicator)</td><td>n-1</td></tr>
 * </table>
 *
 * <p>Degenerate inputs give defined values, never exceptions: on a flat series RSI is 0 (ta4j's
 * convention for no gains and no losses; 100 when there are gains but no losses), realized
 * volatility is 0 and the Bollinger bands collapse onto the middle. Division by zero gives NaN
 * (missing), as in the rule language: ROC from a zero close, VOLUME_MULTIPLE and VWAP over a
 * window of zero volume. A window holding a non-finite input (a log return from a zero close) is
 * NaN. Standard deviations use the population convention (divide by n), as ta4j 0.17's
 * VarianceIndicator does.
 */
public final class IndicatorCalculator {
    static final int MACD_SHORT = 12;
    static final int MACD_LONG = 26;
    static final int MACD_SIGNAL = 9;
    static final double BOLLINGER_K = 2.0;

    private IndicatorCalculator() {
    }

    /** The series {@code spec} names over {@code series}; see the class table for warm-up. */
    public static double[] compute(IndicatorSpec spec, BarSeries series) {
        return new IndicatorCache(series).get(spec);
    }

    /** How many leading bars of {@code spec} are NaN (given enough bars). */
    public static int warmUp(IndicatorSpec spec) {
        int n = spec.period();
        switch (spec.kind()) {
            case OPEN: case HIGH: case LOW: case CLOSE: case VOLUME:
                return 0;
            case RSI: case ROC: case REALIZED_VOL:
                return n;
            case MACD:
                return MACD_LONG - 1;
            case MACD_SIGNAL: case MACD_HIST:
                return MACD_LONG - 1 + MACD_SIGNAL - 1;
            default:
                return Math.max(0, n - 1);
        }
    }

    /**
     * What {@code spec} is computed from beside the bars, as a key: indicators with equal keys share
     * intermediates (an SMA and the Bollinger bands of its period; MACD and its signal; every
     * realized volatility, on the log returns; every ATR, on the true range), so they are best
     * computed one after another on one thread rather than at once on two, one waiting for the
     * other. Any other indicator is a key of its own. A scheduling hint: values never depend on it.
     */
    public static Object sharedWork(IndicatorSpec spec) {
        switch (spec.kind()) {
            case SMA: case BOLLINGER_MIDDLE: case BOLLINGER_UPPER: case BOLLINGER_LOWER:
                return new IndicatorSpec(Kind.SMA, spec.period());
            case MACD: case MACD_SIGNAL: return Part.of(Part.Kind.MACD_LINE);
            case REALIZED_VOL: return Part.of(Part.Kind.LOG_RETURN);
            case ATR: return Part.of(Part.Kind.TRUE_RANGE);
            default: return spec;
        }
    }

    /**
     * Roughly what computing {@code spec} costs per bar, in nanoseconds on the machine it was
     * measured on (single thread, 1M bars, its intermediates included): so that the costliest
     * are started first when indicators are computed in parallel. A scheduling hint only.
     */
    public static int costPerBar(IndicatorSpec spec) {
        switch (spec.kind()) {
            case OPEN: case HIGH: case LOW: case CLOSE: case VOLUME: return 0;
            case ROC: case MACD_HIST: return 3;
            case EMA: case SMA: case BOLLINGER_MIDDLE: case MACD_SIGNAL: return 4;
            case ATR: case VOLUME_MULTIPLE: return 5;
            case MACD: case VWAP: return 8;
            case RSI: return 9;
            case BOLLINGER_UPPER: case BOLLINGER_LOWER: return 11;
            case DONCHIAN_UPPER: case DONCHIAN_LOWER: case CYCLE_HIGH: case CYCLE_LOW: return 13;
            case REALIZED_VOL: return 20;
            default: return 5;
        }
    }

    static double[] build(IndicatorSpec spec, IndicatorCache cache) {
        requireValidPeriod(spec);
        BarSeries s = cache.series();
        switch (spec.kind()) {
            case OPEN: return s.open();
            case HIGH: return s.high();
            case LOW: return s.low();
            case CLOSE: return s.close();
            case VOLUME: return s.volume();
            case BOLLINGER_MIDDLE: return cache.get(new IndicatorSpec(Kind.SMA, spec.period()));
            default:
                double[] out = new double[s.size()];
                buildInto(spec, cache, out, 0);
                return out;
        }
    }

    /**
     * The series {@code spec} names, as {@link #build} gives it bit for bit, written into
     * {@code out[off..off + bars)} rather than a new array: for a series kept as a slice of a
     * larger array, which then is not allocated twice and copied. Not for the bars' own columns.
     */
    static void buildInto(IndicatorSpec spec, IndicatorCache cache, double[] out, int off) {
        requireValidPeriod(spec);
        BarSeries s = cache.series();
        int n = spec.period();
        int len = s.size();
        switch (spec.kind()) {
            case SMA: case BOLLINGER_MIDDLE: RollingWindow.mean(s.close(), n, out, off); return;
            // computed afresh, not copied from the raw part: only MACD's two periods need that one
            case EMA:
                Smoothing.exponential(s.close(), Smoothing.emaAlpha(n), out, off);
                mask(out, off, len, spec);
                return;
            case RSI:
                PriceTransforms.rsi(s.close(), Smoothing.wilderAlpha(n), out, off);
                mask(out, off, len, spec);
                return;
            case ATR:
                Smoothing.exponential(cache.part(Part.of(Part.Kind.TRUE_RANGE)), Smoothing.wilderAlpha(n), out, off);
                mask(out, off, len, spec);
                return;
            case ROC: PriceTransforms.rateOfChange(s.close(), n, out, off); return;
            case REALIZED_VOL: realizedVol(cache.part(Part.of(Part.Kind.LOG_RETURN)), n, s, out, off); return;
            case MACD:
                System.arraycopy(cache.part(Part.of(Part.Kind.MACD_LINE)), 0, out, off, len);
                mask(out, off, len, spec);
                return;
            case MACD_SIGNAL:
                System.arraycopy(cache.part(Part.of(Part.Kind.MACD_SIGNAL)), 0, out, off, len);
                mask(out, off, len, spec);
                return;
            case MACD_HIST:
                macdHistogram(s.close(), out, off);
                mask(out, off, len, spec);
                return;
            case DONCHIAN_UPPER: case CYCLE_HIGH: RollingExtreme.max(s.high(), n, out, off); return;
            case DONCHIAN_LOWER: case CYCLE_LOW: RollingExtreme.min(s.low(), n, out, off); return;
            case BOLLINGER_UPPER: band(cache, n, BOLLINGER_K, out, off); return;
            case BOLLINGER_LOWER: band(cache, n, -BOLLINGER_K, out, off); return;
            case VOLUME_MULTIPLE:
                RollingWindow.mean(s.volume(), n, out, off);
                PriceTransforms.divideInto(s.volume(), out, off);
                return;
            case VWAP:
                RollingWindow.sum(s.volume(), n, out, off);
                PriceTransforms.divideInto(
                        RollingWindow.sum(PriceTransforms.typicalPriceVolume(s.high(), s.low(), s.close(), s.volume()), n),
                        out, off);
                return;
            case OPEN: case HIGH: case LOW: case CLOSE: case VOLUME:
                throw new IllegalArgumentException(spec.kind() + " is a column of the bars, not computed");
            default: throw new IllegalStateException("unhandled kind " + spec.kind());
        }
    }

    static double[] buildPart(Part part, IndicatorCache cache) {
        BarSeries s = cache.series();
        switch (part.kind()) {
            case CLOSE_EMA: return Smoothing.exponential(s.close(), Smoothing.emaAlpha(part.period()));
            case MACD_LINE: return difference(cache.part(new Part(Part.Kind.CLOSE_EMA, MACD_SHORT)),
                    cache.part(new Part(Part.Kind.CLOSE_EMA, MACD_LONG)));
            case MACD_SIGNAL: return Smoothing.exponential(cache.part(Part.of(Part.Kind.MACD_LINE)),
                    Smoothing.emaAlpha(MACD_SIGNAL));
            case CLOSE_STDDEV: return RollingWindow.populationStdDev(s.close(), part.period());
            case TRUE_RANGE: return PriceTransforms.trueRange(s.high(), s.low(), s.close());
            case LOG_RETURN: return PriceTransforms.logReturns(s.close());
            default: throw new IllegalStateException("unhandled part " + part.kind());
        }
    }

    private static void requireValidPeriod(IndicatorSpec spec) {
        boolean periodless = spec.isPriceColumn() || spec.kind() == Kind.MACD || spec.kind() == Kind.MACD_SIGNAL
                || spec.kind() == Kind.MACD_HIST;
        if (!periodless && spec.period() < 1) {
            throw new IllegalArgumentException(spec.kind() + " needs a period of at least 1, got " + spec.period());
        }
    }

    private static void band(IndicatorCache cache, int n, double k, double[] out, int off) {
        double[] middle = cache.get(new IndicatorSpec(Kind.SMA, n));
        double[] deviation = cache.part(new Part(Part.Kind.CLOSE_STDDEV, n));
        for (int i = 0; i < middle.length; i++) {
            out[off + i] = middle[i] + deviation[i] * k;
        }
    }

    private static void realizedVol(double[] logReturns, int n, BarSeries s, double[] out, int off) {
        // A window of n returns needs n+1 closes, so bar n is the first with a value: the window
        // ending at bar i starts at the NaN return of bar 0 until i >= n.
        RollingWindow.populationStdDev(logReturns, n, out, off);
        double annualise = Math.sqrt(s.timeframe().barsPerYear());
        for (int i = 0; i < logReturns.length; i++) out[off + i] *= annualise;
    }

    /**
     * MACD line minus its signal, in one pass without the four series behind it (two EMAs, the
     * line, the signal): per bar the same operations in the same order as {@link #buildPart}'s
     * MACD_LINE and MACD_SIGNAL and their difference, so the same values bit for bit.
     */
    static double[] macdHistogram(double[] close) {
        double[] out = new double[close.length];
        macdHistogram(close, out, 0);
        return out;
    }

    /** {@link #macdHistogram(double[])} written into {@code out[off..off+close.length)}. */
    private static void macdHistogram(double[] close, double[] out, int off) {
        int len = close.length;
        if (len == 0) return;
        double fastAlpha = Smoothing.emaAlpha(MACD_SHORT);
        double slowAlpha = Smoothing.emaAlpha(MACD_LONG);
        double signalAlpha = Smoothing.emaAlpha(MACD_SIGNAL);
        double fast = close[0];
        double slow = close[0];
        double signal = fast - slow;
        out[off] = (fast - slow) - signal;
        for (int i = 1; i < len; i++) {
            fast = (close[i] - fast) * fastAlpha + fast;
            slow = (close[i] - slow) * slowAlpha + slow;
            double line = fast - slow;
            signal = (line - signal) * signalAlpha + signal;
            out[off + i] = line - signal;
        }
    }

    private static double[] difference(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < out.length; i++) out[i] = a[i] - b[i];
        return out;
    }

    /** Blanks out the warm-up of a series of {@code len} bars written at {@code out[off]}. */
    private static void mask(double[] out, int off, int len, IndicatorSpec spec) {
        Arrays.fill(out, off, off + Math.min(len, warmUp(spec)), Double.NaN);
    }
}
