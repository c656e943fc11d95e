package com.ladderbench.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.indicators.IndicatorSpec.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical name of a spec is an identifier that parses back to the same spec. */
class IndicatorSpecNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"open", "high", "low", "close", "volume", "sma_short", "sma_medium", "sma_long",
            "ema_short", "ema_medium", "ema_fast", "ema_very_fast", "rsi_14", "atr_14", "macd", "macd_signal",
            "macd_hist", "roc_short", "roc_medium", "realized_vol_short", "realized_vol_medium",
            "donchian_upper_short", "donchian_lower_short", "bollinger_upper", "bollinger_middle",
            "bollinger_lower", "volume_multiple", "vwap", "cycle_high_200", "cycle_low_200", "sma_7", "ema_300",
            "rsi_2", "atr_1", "roc_99", "realized_vol_2"})
    void everyRuleLanguageNameHasACanonicalNameThatParsesBackToTheSameSpec(String name) {
        IndicatorSpec spec = IndicatorSpec.parse(name).orElseThrow();
        assertEquals(spec, IndicatorSpec.parse(spec.canonicalName()).orElseThrow(), spec.canonicalName());
    }

    @Test
    void aliasesShareTheNumericName() {
        assertEquals("sma_20", IndicatorSpec.parse("sma_short").orElseThrow().canonicalName());
        assertEquals("realized_vol_50", IndicatorSpec.parse("realized_vol_medium").orElseThrow().canonicalName());
    }

    @Test
    void specsWithoutAnIdentifierStillGetADistinctReadableName() {
        IndicatorSpec spec = new IndicatorSpec(Kind.DONCHIAN_UPPER, 55);
        assertEquals("donchian_upper_55", spec.canonicalName());
        assertTrue(IndicatorSpec.parse(spec.canonicalName()).isEmpty());
    }
}
