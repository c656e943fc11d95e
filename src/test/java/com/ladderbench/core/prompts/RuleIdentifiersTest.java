package com.ladderbench.core.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker the prompt tests rely on must accept SPEC §3's names and reject near misses. */
class RuleIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "close > ema_medium and rsi_14 between 45 and 70 and not is_short",
            "open high low close volume sma_short sma_medium sma_long ema_short ema_medium ema_fast ema_very_fast",
            "rsi_14 atr_14 macd macd_signal macd_hist roc_short roc_medium realized_vol_short realized_vol_medium",
            "donchian_upper_short donchian_lower_short bollinger_upper bollinger_middle bollinger_lower",
            "volume_multiple vwap cycle_high_200 cycle_low_200",
            "sma_7 ema_100 rsi_2 atr_50 roc_3 realized_vol_10",
            "tf_4h_atr_14 > tf_1d_sma_long and tf_15m_close[1] < tf_12h_donchian_upper_short",
            "position == 'flat' or position == \"long\" or is_long and bars_in_position > 3",
            "unrealized_pnl_pct < -2.5e0 and is_flat != true and none == false",
            "close[1] > 1.5 * atr_14[2] / (high - low)"
    })
    void acceptsEveryNameSpecSection3Lists(String rule) {
        assertEquals(List.of(), RuleIdentifiers.problems(rule));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "rsi14 > 70",
            "ema200 > close",
            "atr > 1",
            "macd_line > 0",
            "bollinger_upper_20 < close",
            "tf_3h_close > close",
            "tf_4h_is_long",
            "tf_4h_tf_1h_close > 0",
            "realized_vol_1 > 0",
            "sma_0 > 0",
            "position == 'neutral'",
            "position == 'flat",
            "close > SMA_short"
    })
    void rejectsNamesOutsideTheRuleLanguage(String rule) {
        assertTrue(!RuleIdentifiers.problems(rule).isEmpty(), () -> "accepted: " + rule);
    }

    @Test
    void reportsEachUnknownNameWithItsColumn() {
        assertEquals(List.of("col 9: unknown identifier 'rsi14'", "col 27: unknown identifier 'ema200'"),
                RuleIdentifiers.problems("close > rsi14 and close > ema200"));
    }
}
