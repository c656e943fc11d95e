package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.core.indicators.IndicatorSpec.Kind;
import com.ladderbench.model.Timeframe;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    /** Every series name SPEC §3 lists, with the kind and period it stands for. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "open, OPEN, 0", "high, HIGH, 0", "low, LOW, 0", "close, CLOSE, 0", "volume, VOLUME, 0",
        "sma_short, SMA, 20", "sma_medium, SMA, 50", "sma_long, SMA, 200",
        "ema_short, EMA, 20", "ema_medium, EMA, 50", "ema_fast, EMA, 5", "ema_very_fast, EMA, 8",
        "rsi_14, RSI, 14", "atr_14, ATR, 14",
        "macd, MACD, 0", "macd_signal, MACD_SIGNAL, 0", "macd_hist, MACD_HIST, 0",
        "roc_short, ROC, 10", "roc_medium, ROC, 20",
        "realized_vol_short, REALIZED_VOL, 20", "realized_vol_medium, REALIZED_VOL, 50",
        "donchian_upper_short, DONCHIAN_UPPER, 20", "donchian_lower_short, DONCHIAN_LOWER, 20",
        "bollinger_upper, BOLLINGER_UPPER, 20", "bollinger_middle, BOLLINGER_MIDDLE, 20",
        "bollinger_lower, BOLLINGER_LOWER, 20",
        "volume_multiple, VOLUME_MULTIPLE, 20", "vwap, VWAP, 20",
        "cycle_high_200, CYCLE_HIGH, 200", "cycle_low_200, CYCLE_LOW, 200",
        "sma_7, SMA, 7", "ema_100, EMA, 100", "rsi_2, RSI, 2", "atr_21, ATR, 21", "roc_5, ROC, 5",
        "realized_vol_30, REALIZED_VOL, 30",
    })
    void everySpecSeriesNameResolvesOnTheTriggersOwnTimeframe(String name, Kind kind, int period) {
        assertEquals(Optional.of(new SeriesRef(null, new IndicatorSpec(kind, period))), Identifiers.resolve(name));
    }

    @Test
    void theFixedNameListIsExactlyTheSpecsAndAllResolve() {
        assertEquals(30, Identifiers.SERIES_NAMES.size());
        for (String name : Identifiers.SERIES_NAMES) {
            assertTrue(Identifiers.resolve(name).isPresent(), name);
            assertTrue(RuleChecker.check(name + " > 0").isEmpty(), name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PositionField.class)
    void everyPositionStateNameResolves(PositionField field) {
        assertEquals(Optional.of(new PositionRef(field)), Identifiers.resolve(field.ruleName()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tf_4h_atr_14, H4, ATR, 14",
        "tf_1d_close, D1, CLOSE, 0",
        "tf_15m_sma_long, M15, SMA, 200",
        "tf_1h_realized_vol_short, H1, REALIZED_VOL, 20",
        "tf_12h_ema_9, H12, EMA, 9",
    })
    void higherTimeframeNamesWrapASeriesName(String name, Timeframe tf, Kind kind, int period) {
        assertEquals(Optional.of(new SeriesRef(tf, new IndicatorSpec(kind, period))), Identifiers.resolve(name));
    }

    @Test
    void everyTimeframeLabelWorksInATfName() {
        for (Timeframe tf : Timeframe.values()) {
            assertEquals(Optional.of(new SeriesRef(tf, new IndicatorSpec(Kind.CLOSE, 0))),
                    Identifiers.resolve("tf_" + tf.label() + "_close"));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "rsi14", "Close", "sma_0", "realized_vol_1", "sma_1000000", "tf_3h_close", "tf_4h", "tf_4h_tf_1d_close",
        "tf_4h_is_long", "tf__close", "", "is_long_", "position_", "macd_fast", "foo",
    })
    void namesOutsideTheLanguageDoNotResolve(String name) {
        assertEquals(Optional.empty(), Identifiers.resolve(name));
    }

    @Test
    void aNullNameIsNoIdentifier() {
        assertEquals(Optional.empty(), Identifiers.resolve(null));
    }

    @Test
    void theCatalogueListsFixedNamesPeriodicPatternsAndPositionState() {
        List<String> catalogue = Identifiers.catalogue();
        assertTrue(catalogue.containsAll(Identifiers.SERIES_NAMES));
        assertTrue(catalogue.containsAll(List.of("sma_N", "rsi_N", "is_long", "bars_in_position")), catalogue.toString());
        assertEquals(Identifiers.SERIES_NAMES.size() + Identifiers.PERIODIC_PREFIXES.size() + PositionField.values().length,
                catalogue.size());
    }

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '#', value = {
        "sma_0 # period of 'sma_0' must be between 1 and " + IndicatorSpec.MAX_PERIOD,
        "sma_99999999 # period of 'sma_99999999' must be between 1 and " + IndicatorSpec.MAX_PERIOD,
        "tf_4h_sma_0 # period of 'sma_0' must be between 1 and " + IndicatorSpec.MAX_PERIOD,
        "tf_4h_clsoe # unknown identifier 'tf_4h_clsoe' (did you mean 'tf_4h_close'?)",
        "tf_4h_qqqqqqqq # unknown identifier 'tf_4h_qqqqqqqq'",
        "qqqqqqqq # unknown identifier 'qqqqqqqq'",
    })
    void anUnknownNameIsExplainedByItsPeriodOrTheClosestKnownName(String name, String message) {
        assertEquals(message.trim(), Identifiers.explainUnknown(name.trim()));
    }

    @Test
    void aPeriodicPrefixWithNothingAfterItsUnderscoreIsAnUnknownNameNotABadPeriod() {
        assertTrue(Identifiers.explainUnknown("sma_").startsWith("unknown identifier 'sma_'"),
                Identifiers.explainUnknown("sma_"));
    }
}
