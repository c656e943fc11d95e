package com.ladderbench.core.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.model.Category;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Plan;
import com.ladderbench.model.Problem;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §2.1: an indicator whose warm-up is longer than the data for its timeframe is a warning naming both counts. */
class WarmUpCheckTest {
    private static final String SYM = "BTC-USD";

    private static Plan plan(String entryRule, RiskOffSettings riskOff) {
        return new Plan("warm", null, List.of(new Trigger("t", SYM, Timeframe.H1, Direction.LONG,
                Category.TREND_CONTINUATION, null, entryRule, null, null, null, null)), RiskConstraints.NONE, List.of(),
                riskOff, null, null, null);
    }

    private static List<String> warnings(String entryRule, int hours) {
        Plan p = plan(entryRule, RiskOffSettings.NONE);
        MarketData data = MarketData.of(List.of(SyntheticMarket.generate(SYM, Timeframe.H1, hours, 3)),
                PlanRequirements.timeframes(p));
        List<Problem> w = WarmUpCheck.warnings(p, "plan.json", data);
        assertTrue(w.stream().allMatch(Problem::isWarning));
        return w.stream().map(Problem::render).toList();
    }

    @Test
    void aDailyLongAverageOnThreeWeeksOfDataCanNeverFire() {
        assertEquals(List.of("plan.json: triggers[0].entry_rule: tf_1d_sma_long needs 200 1d bars, the data gives 21:"
                + " this rule can never fire"), warnings("close > tf_1d_sma_long", 21 * 24));
    }

    @Test
    void oneBarShortIsWarnedAndEnoughIsNot() {
        assertEquals(List.of("plan.json: triggers[0].entry_rule: sma_200 needs 200 1h bars, the data gives 199:"
                + " this rule can never fire"), warnings("close > sma_200", 199));
        assertEquals(List.of(), warnings("close > sma_200", 200));
    }

    @Test
    void eachShortIndicatorOfARuleIsNamedOnce() {
        assertEquals(2, warnings("close > sma_long and sma_long > ema_medium and rsi_14 > 50 and close[1] > sma_long", 30)
                .size()); // sma_long and ema_medium; rsi_14 (15 bars) fits in 30
    }

    @Test
    void theRegimeRuleIsCheckedOnTheBaseSeries() {
        Plan p = plan("close > 0", new RiskOffSettings("close < sma_long", 0));
        MarketData data = MarketData.of(List.of(SyntheticMarket.generate(SYM, Timeframe.H1, 100, 3)),
                PlanRequirements.timeframes(p));
        assertEquals(List.of("plan.json: risk_off.regime_rule: sma_long needs 200 1h bars, the data gives 100:"
                + " this rule can never fire"), WarmUpCheck.warnings(p, "plan.json", data).stream().map(Problem::render).toList());
    }
}
