package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.core.rules.EvalContext;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.Problem;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Before the per-bar loop, a run computes (in parallel) exactly the indicators its rules read:
 * each once, at the timeframe the rule reads it, on the trigger's own symbol, the regime rule's on
 * every symbol; what cannot be read is left to the compilation, which reports it.
 */
class RunPreparationTest {
    private static final List<BarSeries> BARS = List.of(SyntheticMarket.generate("X", Timeframe.M5, 600, 5),
            SyntheticMarket.generate("Y", Timeframe.M5, 600, 6));

    private static Trigger trigger(String id, String symbol, Timeframe tf, String entry, String exit, String hold) {
        Direction dir = entry == null ? Direction.EXIT : Direction.LONG;
        Category cat = entry == null ? Category.RISK_REDUCE : Category.TREND_CONTINUATION;
        return new Trigger(id, symbol, tf, dir, cat, ConfidenceGrade.B, entry, exit, hold, null,
                entry == null ? 0.5 : null);
    }

    private static Plan plan(String regime, Trigger... triggers) {
        return new Plan("p", null, List.of(triggers), RiskConstraints.NONE, List.of(),
                new RiskOffSettings(regime, 0), null, null, null);
    }

    private static List<String> reads(Plan plan, Plan dataFor) throws InvalidInputException {
        MarketData data = TestData.marketData(BARS, dataFor);
        List<String> out = new ArrayList<>();
        for (RunPreparation.IndicatorRead r : new RunPreparation(plan, new PreparedData(data)).indicatorsRead()) {
            out.add(plan.symbols().get(r.symbol()) + " " + r.timeframe().label() + " " + r.spec().canonicalName());
        }
        return out;
    }

    @Test
    void everyIndicatorARuleReadsIsReadOnceAtItsTimeframeOnItsTriggersSymbol() throws Exception {
        Plan plan = plan(null,
                trigger("a", "X", Timeframe.M5, "close > ema_medium and rsi_14 between 45 and 70",
                        "tf_1h_close < tf_1h_sma_short", "rsi_14 > 50"),
                trigger("b", "Y", Timeframe.M15, "rsi_14 < 30", "rsi_14 > 60 or close < close[1]", null));
        assertEquals(List.of("X 5m close", "X 5m ema_50", "X 5m rsi_14", "X 1h close", "X 1h sma_20",
                "Y 15m rsi_14", "Y 15m close"), reads(plan, plan));
    }

    @Test
    void theRegimeRuleIsReadOnEverySymbolAtItsBaseTimeframe() throws Exception {
        Plan plan = plan("close < sma_long",
                trigger("a", "X", Timeframe.M15, "rsi_14 < 30", null, null),
                trigger("b", "Y", Timeframe.M15, "rsi_14 < 30", null, null));
        assertEquals(List.of("X 15m rsi_14", "Y 15m rsi_14", "X 5m close", "X 5m sma_200", "Y 5m close", "Y 5m sma_200"),
                reads(plan, plan));
    }

    @Test
    void theSameIndicatorsAreReadWhateverTheOrderOfTheTriggers() throws Exception {
        Trigger a = trigger("a", "X", Timeframe.M5, "close > ema_medium", "tf_1h_close < tf_1h_sma_short", null);
        Trigger b = trigger("b", "Y", Timeframe.M15, "rsi_14 < 30", "macd_hist < 0", null);
        Trigger c = trigger("c", "X", Timeframe.M5, null, "rsi_14 > 75", null);
        Plan forward = plan(null, a, b, c);
        Plan backward = plan(null, c, b, a);
        List<String> f = new ArrayList<>(reads(forward, forward));
        List<String> r = new ArrayList<>(reads(backward, forward));
        Collections.sort(f);
        Collections.sort(r);
        assertEquals(f, r);
    }

    @Test
    void aRuleThatDoesNotParseOrReadsATimeframeNotLoadedIsLeftToItsCompilationWhichReportsIt() throws Exception {
        Plan loaded = plan(null, trigger("a", "X", Timeframe.M5, "close > sma_short", null, null));
        Plan plan = plan(null,
                trigger("a", "X", Timeframe.M5, "close > sma_short and (", null, null),
                trigger("b", "X", Timeframe.M5, null, "tf_4h_close < tf_4h_sma_short or rsi_14 > 70", null));
        assertEquals(List.of("X 5m rsi_14"), reads(plan, loaded));

        RunPreparation prep = new RunPreparation(plan, new PreparedData(TestData.marketData(BARS, loaded)));
        InvalidInputException e = assertThrows(InvalidInputException.class, prep::triggers);
        assertEquals(List.of("triggers[0].entry_rule", "triggers[1].exit_rule"),
                e.problems().stream().map(Problem::location).toList());
    }

    @Test
    void aTriggerOnItsSymbolsBaseTimeframeHasNoClockAndOneOnAHigherTimeframeHasItsOwn() throws Exception {
        Plan plan = plan(null,
                trigger("base", "X", Timeframe.M5, "rsi_14 < 30", null, null),
                trigger("higher", "X", Timeframe.M15, "rsi_14 < 30", null, null));
        PreparedData shared = new PreparedData(TestData.marketData(BARS, plan));
        PreparedTriggers triggers = new RunPreparation(plan, shared).triggers();
        // the identity is never built: the engine decides a base-timeframe trigger at every base bar
        assertNull(triggers.clock(0));
        assertNull(triggers.get(0).ownBarAtBase());
        assertSame(shared.clock("X", Timeframe.M15), triggers.clock(1));
    }

    @Test
    void theTriggersArePreparedWithTheSharedScheduleOfTheRunsSymbolsBuiltBesideTheirIndicators() throws Exception {
        Plan plan = plan(null, trigger("a", "X", Timeframe.M5, "rsi_14 < 30 and close > bollinger_upper",
                "bollinger_lower > close or realized_vol_short > 1", null),
                trigger("b", "Y", Timeframe.M5, "sma_short > sma_long", null, null));
        PreparedData shared = new PreparedData(TestData.marketData(BARS, plan));
        RunPreparation prep = new RunPreparation(plan, shared);
        PreparedTriggers triggers = prep.triggers();
        assertEquals(2, triggers.size());
        assertSame(shared.schedule(List.of("X", "Y")), prep.schedule());
        assertEquals(1_200, prep.schedule().size());
    }

    @Test
    void aRuleThatDoesNotCompileIsKeptForNoRunSoEveryRunReportsItWhileRulesThatCompileAreShared() throws Exception {
        Plan loaded = plan(null, trigger("a", "X", Timeframe.M5, "close > sma_short", null, null));
        Plan plan = plan(null,
                trigger("a", "X", Timeframe.M5, "close > sma_short and (", null, null),
                trigger("b", "X", Timeframe.M5, null, "tf_4h_close < tf_4h_sma_short or rsi_14 > 70", null),
                trigger("c", "X", Timeframe.M5, "close > sma_short", null, null));
        PreparedData shared = new PreparedData(TestData.marketData(BARS, loaded));
        for (int run = 0; run < 2; run++) {
            RunPreparation prep = new RunPreparation(plan, shared);
            InvalidInputException e = assertThrows(InvalidInputException.class, prep::triggers);
            assertEquals(List.of("triggers[0].entry_rule", "triggers[1].exit_rule"),
                    e.problems().stream().map(Problem::location).toList(), "run " + run);
        }
        assertEquals(1, shared.rulesCompiled(), "trigger c's rule, compiled by the first run, taken by the second");
    }

    @Test
    void aRuleTextSharedBySymbolsIsParsedAndCheckedOnceAndCompiledOnEachSymbolsOwnSeries() throws Exception {
        String entry = "close > sma_short and rsi_14 between 45 and 70";
        Plan plan = plan(null, trigger("a", "X", Timeframe.M5, entry, "rsi_14 > 75", null),
                trigger("b", "Y", Timeframe.M5, entry, "rsi_14 > 75", null),
                trigger("c", "Y", Timeframe.M5, "close > sma_short", null, null));
        PreparedData shared = new PreparedData(TestData.marketData(BARS, plan));
        PreparedTriggers triggers = new RunPreparation(plan, shared).triggers();
        assertEquals(3, shared.rulesChecked(), "three distinct texts, two of them on both symbols");
        assertEquals(5, shared.rulesCompiled(), "each text compiled once per symbol");
        // each symbol's rule reads its own bars: on one bar the same text can hold on X and not on Y
        CompiledRule onX = triggers.get(0).entry();
        CompiledRule onY = triggers.get(1).entry();
        assertNotSame(onX, onY);
        int differ = 0;
        for (int bar = 0; bar < 600; bar++) {
            EvalContext ctx = new EvalContext();
            ctx.bar = bar;
            if (onX.evaluate(ctx) != onY.evaluate(ctx)) differ++;
        }
        assertTrue(differ > 0, "X and Y are different series");
        new RunPreparation(plan, shared).triggers();
        assertEquals(3, shared.rulesChecked(), "a second run checks nothing again");
    }

    @Test
    void aRuleTextThatDoesNotParseIsCheckedAgainByEveryCompilationThatAsks() throws Exception {
        Plan loaded = plan(null, trigger("a", "X", Timeframe.M5, "close > sma_short", null, null));
        Plan plan = plan(null, trigger("a", "X", Timeframe.M5, "close > (", null, null),
                trigger("b", "Y", Timeframe.M5, "close > (", null, null));
        PreparedData shared = new PreparedData(TestData.marketData(BARS, loaded));
        InvalidInputException e = assertThrows(InvalidInputException.class, new RunPreparation(plan, shared)::triggers);
        assertEquals(List.of("triggers[0].entry_rule", "triggers[1].entry_rule"),
                e.problems().stream().map(Problem::location).toList());
        assertEquals(0, shared.rulesChecked());
    }
}
