package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Fill;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No look-ahead: a decision at a bar never reads a later bar. Cutting the data after bar k must
 * leave every fill and event up to bar k unchanged, for a realistic plan that uses indicators,
 * a higher timeframe through {@code tf_} identifiers, and every ladder category.
 */
class LookAheadTest {
    static final String SYM = "BTC-USD";

    static Plan realisticPlan() {
        Timeframe h1 = Timeframe.H1;
        return new Plan("lookahead", null, List.of(
                new Trigger("trend_long", SYM, h1, Direction.LONG, Category.TREND_CONTINUATION, ConfidenceGrade.B,
                        "close > ema_medium and rsi_14 between 45 and 70 and tf_4h_close > tf_4h_sma_short", null,
                        null, 2.0, null),
                new Trigger("dip_short", SYM, h1, Direction.SHORT, Category.MEAN_REVERSION, ConfidenceGrade.C,
                        "rsi_14 > 78 and close > bollinger_upper", "rsi_14 < 50", null, 2.0, null),
                new Trigger("h4_strong", SYM, Timeframe.H4, Direction.LONG, Category.TREND_CONTINUATION,
                        ConfidenceGrade.A, "macd_hist > 0 and macd_hist[1] <= 0", "macd_hist < 0", null, null, null),
                new Trigger("trim", SYM, h1, Direction.EXIT, Category.RISK_REDUCE, null, null,
                        "rsi_14 > 72 or roc_short < -2", "unrealized_pnl_pct < 0", null, 0.33),
                new Trigger("defend", SYM, h1, Direction.EXIT, Category.RISK_OFF, null, null,
                        "close < sma_medium and realized_vol_short > 0.9", null, null, null),
                new Trigger("breaker", SYM, h1, Direction.EXIT, Category.EMERGENCY_EXIT, null, null,
                        "close < close[1] * 0.95", null, null, null)),
                new RiskConstraints(null, 80.0, null, 5.0),
                List.of(new SizingRule(SYM, SizingMode.FIXED_FRACTION, 1.0, null, null)),
                new RiskOffSettings("tf_4h_close < tf_4h_sma_medium", 6), null, null, null);
    }

    @ParameterizedTest(name = "fill model {0}")
    @EnumSource(FillModel.class)
    void cuttingTheDataAfterBarKChangesNothingUpToBarK(FillModel model) throws Exception {
        BarSeries full = SyntheticMarket.generate(SYM, Timeframe.H1, 3000, 7);
        RunConfig config = RunConfig.defaults().toBuilder().fillModel(model).build();
        Plan plan = realisticPlan();
        RunResult whole = run(plan, full, config);
        assertTrue(whole.fills().size() > 10, "the plan must trade for this test to mean anything");
        for (int k : new int[] {400, 1234, 2000, 2999}) {
            BarSeries head = full.head(k);
            long last = head.time()[k - 1];
            RunResult cut = run(plan, head, config);
            assertEquals(fillsUpTo(whole.fills(), last), fillsUpTo(cut.fills(), last), "fills up to bar " + k);
            assertEquals(eventsUpTo(whole.events(), last), eventsUpTo(cut.events(), last), "events up to bar " + k);
        }
    }

    private static RunResult run(Plan plan, BarSeries bars, RunConfig config) throws Exception {
        return BacktestRunner.run(BacktestRequest.of("ladder", plan, TestData.marketData(List.of(bars), plan),
                config));
    }

    private static List<Fill> fillsUpTo(List<Fill> fills, long t) {
        return fills.stream().filter(f -> f.timestamp() <= t).toList();
    }

    private static List<BlockEvent> eventsUpTo(List<BlockEvent> events, long t) {
        return events.stream().filter(e -> e.timestamp() <= t).toList();
    }
}
