package com.ladderbench.core.indicators;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A series a rule can read at one timeframe: a price column or an indicator with its period.
 * The rule language's identifier names map here (SPEC §3); the {@code tf_} prefix and lags are
 * the rule language's business, not this class's.
 */
public record IndicatorSpec(Kind kind, int period) {

    /** Every kind of series. Periods are fixed for the kinds whose name carries none. */
    public enum Kind {
        OPEN, HIGH, LOW, CLOSE, VOLUME,
        SMA, EMA, RSI, ATR, ROC, REALIZED_VOL,
        /** MACD line, signal and histogram with the classic 12/26/9; period unused. */
        MACD, MACD_SIGNAL, MACD_HIST,
        DONCHIAN_UPPER, DONCHIAN_LOWER,
        /** Bollinger bands over {@code period} bars at 2 standard deviations. */
        BOLLINGER_UPPER, BOLLINGER_MIDDLE, BOLLINGER_LOWER,
        /** Volume over its {@code period}-bar simple average. */
        VOLUME_MULTIPLE,
        /** Rolling volume-weighted average of the typical price over {@code period} bars. */
        VWAP,
        /** Highest high / lowest low of the last {@code period} bars. */
        CYCLE_HIGH, CYCLE_LOW
    }

    public static final int MAX_PERIOD = 100_000;

    private static final Pattern PERIODIC = Pattern.compile("(sma|ema|rsi|atr|roc|realized_vol)_([0-9]+)");

    public IndicatorSpec {
        if (period < 0 || period > MAX_PERIOD) throw new IllegalArgumentException("period out of range: " + period);
    }

    /** The spec an identifier names, or empty when the identifier is not a series name. */
    public static Optional<IndicatorSpec> parse(String name) {
        IndicatorSpec named = named(name);
        if (named != null) return Optional.of(named);
        Matcher m = PERIODIC.matcher(name);
        if (!m.matches() || m.group(2).length() > 6) return Optional.empty();
        int period = Integer.parseInt(m.group(2));
        Kind kind;
        switch (m.group(1)) {
            case "sma": kind = Kind.SMA; break;
            case "ema": kind = Kind.EMA; break;
            case "rsi": kind = Kind.RSI; break;
            case "atr": kind = Kind.ATR; break;
            case "roc": kind = Kind.ROC; break;
            default: kind = Kind.REALIZED_VOL; break;
        }
        int min = kind == Kind.REALIZED_VOL ? 2 : 1;
        if (period < min || period > MAX_PERIOD) return Optional.empty();
        return Optional.of(new IndicatorSpec(kind, period));
    }

    private static IndicatorSpec named(String name) {
        switch (name) {
            case "open": return new IndicatorSpec(Kind.OPEN, 0);
            case "high": return new IndicatorSpec(Kind.HIGH, 0);
            case "low": return new IndicatorSpec(Kind.LOW, 0);
            case "close": return new IndicatorSpec(Kind.CLOSE, 0);
            case "volume": return new IndicatorSpec(Kind.VOLUME, 0);
            case "sma_short": return new IndicatorSpec(Kind.SMA, 20);
            case "sma_medium": return new IndicatorSpec(Kind.SMA, 50);
            case "sma_long": return new IndicatorSpec(Kind.SMA, 200);
            case "ema_short": return new IndicatorSpec(Kind.EMA, 20);
            case "ema_medium": return new IndicatorSpec(Kind.EMA, 50);
            case "ema_fast": return new IndicatorSpec(Kind.EMA, 5);
            case "ema_very_fast": return new IndicatorSpec(Kind.EMA, 8);
            case "macd": return new IndicatorSpec(Kind.MACD, 0);
            case "macd_signal": return new IndicatorSpec(Kind.MACD_SIGNAL, 0);
            case "macd_hist": return new IndicatorSpec(Kind.MACD_HIST, 0);
            case "roc_short": return new IndicatorSpec(Kind.ROC, 10);
            case "roc_medium": return new IndicatorSpec(Kind.ROC, 20);
            case "realized_vol_short": return new IndicatorSpec(Kind.REALIZED_VOL, 20);
            case "realized_vol_medium": return new IndicatorSpec(Kind.REALIZED_VOL, 50);
            case "donchian_upper_short": return new IndicatorSpec(Kind.DONCHIAN_UPPER, 20);
            case "donchian_lower_short": return new IndicatorSpec(Kind.DONCHIAN_LOWER, 20);
            case "bollinger_upper": return new IndicatorSpec(Kind.BOLLINGER_UPPER, 20);
            case "bollinger_middle": return new IndicatorSpec(Kind.BOLLINGER_MIDDLE, 20);
            case "bollinger_lower": return new IndicatorSpec(Kind.BOLLINGER_LOWER, 20);
            case "volume_multiple": return new IndicatorSpec(Kind.VOLUME_MULTIPLE, 20);
            case "vwap": return new IndicatorSpec(Kind.VWAP, 20);
            case "cycle_high_200": return new IndicatorSpec(Kind.CYCLE_HIGH, 200);
            case "cycle_low_200": return new IndicatorSpec(Kind.CYCLE_LOW, 200);
            default: return null;
        }
    }

    /**
     * The rule-language identifier for this spec, e.g. {@code sma_20}, {@code macd_signal},
     * {@code bollinger_upper}; {@link #parse} maps it back to an equal spec. Specs no identifier
     * names (a Donchian channel of 55 bars, built in code) get {@code kind_period}, e.g.
     * {@code donchian_upper_55}, for messages only.
     */
    public String canonicalName() {
        String kindName = kind.name().toLowerCase(java.util.Locale.ROOT);
        switch (kind) {
            case OPEN: case HIGH: case LOW: case CLOSE: case VOLUME:
            case MACD: case MACD_SIGNAL: case MACD_HIST:
                return kindName;
            case SMA: case EMA: case RSI: case ATR: case ROC: case REALIZED_VOL:
                return kindName + "_" + period;
            case DONCHIAN_UPPER: case DONCHIAN_LOWER:
                return period == 20 ? kindName + "_short" : kindName + "_" + period;
            case BOLLINGER_UPPER: case BOLLINGER_MIDDLE: case BOLLINGER_LOWER: case VOLUME_MULTIPLE: case VWAP:
                return period == 20 ? kindName : kindName + "_" + period;
            default: // CYCLE_HIGH, CYCLE_LOW: the period is part of the identifier
                return kindName + "_" + period;
        }
    }

    /** True for the raw price and volume columns, which are never missing. */
    public boolean isPriceColumn() {
        return kind.ordinal() <= Kind.VOLUME.ordinal();
    }
}
