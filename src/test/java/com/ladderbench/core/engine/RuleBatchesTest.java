package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.core.rules.EvalContext;
import com.ladderbench.core.rules.RuleCompiler;
import com.ladderbench.core.rules.RuleSyntaxException;
import com.ladderbench.core.rules.SeriesColumn;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Rule results evaluated ahead are the results evaluated at the bar, whatever bars the loop asks
 * for in whatever order, and a rule reading position state follows the position it is asked with.
 */
class RuleBatchesTest {
    private static final int BARS = 700;

    @Test
    void everyAskedBarGetsTheResultTheRuleHasAtThatBarForAnyOrderOfAskedBars() throws RuleSyntaxException {
        Random rnd = new Random(11);
        double[] close = new double[BARS];
        double[] sma = new double[BARS];
        for (int i = 0; i < BARS; i++) {
            close[i] = 100 + rnd.nextGaussian();
            // a warm-up, then gaps of missing values: MISSING results among TRUE and FALSE
            sma[i] = i < 30 || rnd.nextInt(25) == 0 ? Double.NaN : 100 + rnd.nextGaussian() * 0.5;
        }
        String[][] rules = {
            {"close > sma_long", "close < sma_long"},
            {"is_flat and close > sma_long", "close < sma_long or bars_in_position > 5"},
            {"close[1] > sma_long", null},
        };
        List<PreparedTrigger> list = new ArrayList<>();
        CompiledRule[][] compiled = new CompiledRule[rules.length][2];
        for (int k = 0; k < rules.length; k++) {
            compiled[k][0] = compile(rules[k][0], close, sma);
            compiled[k][1] = rules[k][1] == null ? null : compile(rules[k][1], close, sma);
            Trigger t = new Trigger("t" + k, "S", Timeframe.M1, Direction.LONG, Category.TREND_CONTINUATION,
                    ConfidenceGrade.A, rules[k][0], rules[k][1], null, null, null);
            list.add(PreparedTrigger.of(k, t, 0, compiled[k][0], compiled[k][1], null, null));
        }
        RuleBatches batches = new RuleBatches(new PreparedTriggers(list, 1));
        EvalContext ctx = new EvalContext();
        EvalContext fresh = new EvalContext();
        int bar = 0;
        int sign = 0;
        for (int step = 0; step < 20_000; step++) {
            int move = rnd.nextInt(40);
            // mostly the next bar; sometimes the same, a gap, a jump back or past a batch
            bar += move < 30 ? 1 : move < 33 ? 0 : move < 36 ? rnd.nextInt(100) : move < 38 ? -rnd.nextInt(80) : 65;
            bar = Math.floorMod(bar, BARS);
            if (rnd.nextInt(10) == 0) sign = rnd.nextInt(3) - 1;
            ctx.bar = fresh.bar = bar;
            ctx.positionSign = fresh.positionSign = sign;
            ctx.barsInPosition = fresh.barsInPosition = sign == 0 ? 0 : rnd.nextInt(10);
            int k = rnd.nextInt(rules.length);
            boolean exit = compiled[k][1] != null && rnd.nextBoolean();
            int got = exit ? batches.exit(k, ctx) : batches.entry(k, ctx);
            int want = compiled[k][exit ? 1 : 0].evaluate(fresh);
            assertEquals(want, got, "trigger " + k + (exit ? " exit" : " entry") + " at bar " + bar + ", step " + step);
            assertEquals(bar, ctx.bar, "the context's bar is left as it was");
        }
    }

    private static CompiledRule compile(String source, double[] close, double[] sma) throws RuleSyntaxException {
        return RuleCompiler.compile(source, ref -> new SeriesColumn(
                ref.spec().kind() == IndicatorSpec.Kind.CLOSE ? close : sma, null));
    }
}
