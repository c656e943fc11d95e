package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runbook's five telemetry events all show up in an ordinary run: generated multi-symbol
 * data, a plan with every category, nothing staged bar by bar.
 */
public class LadderEventsTest {

    public static Plan everyCategory(List<String> symbols) {
        List<Trigger> t = new ArrayList<>();
        List<SizingRule> sizing = new ArrayList<>();
        for (String s : symbols) {
            String p = s.substring(0, 3).toLowerCase(java.util.Locale.ROOT) + "_";
            t.add(new Trigger(p + "trend", s, Timeframe.H1, Direction.LONG, Category.TREND_CONTINUATION,
                    ConfidenceGrade.A, "close > ema_short and rsi_14 > 52", null, null, 2.0, null));
            t.add(new Trigger(p + "fade", s, Timeframe.H1, Direction.SHORT, Category.MEAN_REVERSION,
                    ConfidenceGrade.C, "rsi_14 > 70", "rsi_14 < 50", null, 2.0, null));
            t.add(new Trigger(p + "exit", s, Timeframe.H1, Direction.EXIT, Category.OTHER, null, null,
                    "rsi_14 < 48", null, null, null));
            t.add(new Trigger(p + "trim", s, Timeframe.H1, Direction.EXIT, Category.RISK_REDUCE, null, null,
                    "rsi_14 < 55 or rsi_14 > 68", null, null, 0.33));
            t.add(new Trigger(p + "defend", s, Timeframe.H4, Direction.EXIT, Category.RISK_OFF, null, null,
                    "close < sma_short", null, null, null));
            t.add(new Trigger(p + "breaker", s, Timeframe.H1, Direction.EXIT, Category.EMERGENCY_EXIT, null, null,
                    "close < close[1] * 0.985", null, null, null));
            sizing.add(new SizingRule(s, SizingMode.FIXED_FRACTION, 1.0, null, null));
        }
        return new Plan("every-category", null, t, new RiskConstraints(null, 60.0, 150.0, null), sizing,
                new RiskOffSettings("tf_4h_close < tf_4h_sma_medium", 4), null, null, null);
    }

    @Test
    void aMultiSymbolRunShowsEachOfTheRunbooksFiveEvents() throws Exception {
        List<String> symbols = List.of("BTC-USD", "ETH-USD");
        Plan plan = everyCategory(symbols);
        RunResult r = BacktestRunner.run(BacktestRequest.of("ladder", plan, TestData.marketData(List.of(
                SyntheticMarket.generate("BTC-USD", Timeframe.H1, 6000, 21),
                SyntheticMarket.generate("ETH-USD", Timeframe.H1, 6000, 22)), plan), RunConfig.defaults()));
        Set<BlockReason> seen = EnumSet.noneOf(BlockReason.class);
        r.eventCounts().forEach(c -> seen.add(c.reason()));
        for (BlockReason needed : List.of(BlockReason.RISK_REDUCE_PREEMPTS_EXIT, BlockReason.RISK_OFF_PREEMPTS_ENTRY,
                BlockReason.EMERGENCY_EXIT_PREEMPTS_ENTRY, BlockReason.ENTRY_OVERRIDES_RISK_REDUCE,
                BlockReason.ENTRY_OVERRIDES_RISK_OFF)) {
            assertTrue(seen.contains(needed), needed + " missing; counts: " + r.eventCounts());
        }
        assertTrue(r.tradeSets().stream().map(s -> s.symbol()).distinct().count() == 2, "both symbols trade");
    }
}
