package com.ladderbench.core.indicators;

/**
 * An intermediate series that several published indicators are built from, kept raw (no
 * warm-up masking) because the indicators built on it need its early values exactly as ta4j
 * computes them: e.g. the MACD signal smooths the MACD line from bar 0.
 */
record Part(Kind kind, int period) {

    enum Kind {
        /** EMA of close from bar 0 (MACD's 12 and 26; ema_N computes its own). */
        CLOSE_EMA,
        /** EMA(12) - EMA(26) of close from bar 0. */
        MACD_LINE,
        /** EMA(9) of the raw MACD line. */
        MACD_SIGNAL,
        /** Population standard deviation of close over {@code period} bars (Bollinger bands). */
        CLOSE_STDDEV,
        /** True range per bar (every atr_N). */
        TRUE_RANGE,
        /** Close-to-close log returns (every realized_vol_N). */
        LOG_RETURN
    }

    static Part of(Kind kind) {
        return new Part(kind, 0);
    }
}
