package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Per-bar evaluation must not allocate: the engine evaluates every trigger on every bar of long backtests. */
class RuleAllocationTest {
    private static final int BARS = 1000;
    /** Slack for the measurement itself (the MXBean call), not for evaluation: 1e6 evaluations x 16 bytes would be 16 MB. */
    private static final long SLACK_BYTES = 16 * 1024;

    @Test
    void evaluatingACompiledRuleAMillionTimesAllocatesNothing() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(mx.isThreadAllocatedMemorySupported(), "JVM cannot measure per-thread allocation");
        mx.setThreadAllocatedMemoryEnabled(true);

        double[] close = new double[BARS];
        double[] ema = new double[BARS];
        double[] rsi = new double[BARS];
        double[] h4 = new double[BARS / 4];
        int[] h4Map = new int[BARS];
        for (int i = 0; i < BARS; i++) {
            close[i] = 100 + Math.sin(i / 7.0) * 10;
            ema[i] = i < 50 ? Double.NaN : 100 + Math.sin(i / 11.0) * 5;
            rsi[i] = i < 14 ? Double.NaN : 50 + Math.sin(i / 3.0) * 30;
            h4Map[i] = i / 4 - 1;
        }
        for (int i = 0; i < h4.length; i++) h4[i] = 100 + i % 9;
        Fixture f = new Fixture().with("close", close).with("ema_medium", ema).with("rsi_14", rsi)
                .mapped("tf_4h_close", h4, h4Map);
        // touches every node kind: series, lag, tf_ map, arithmetic chain, none, division by zero,
        // between, chains, position state, condition equality, not/and/or
        CompiledRule rule = f.compile("close > ema_medium and rsi_14 between 45 and 70 and not is_short"
                + " or (close - close[1]) / (close[1] - close[1]) > none"
                + " or 95 < tf_4h_close[1] * 1 + 0 - -1 < 110 and position != 'flat' and (is_long == (bars_in_position > 3))"
                + " or unrealized_pnl_pct / 0 <= 1 or -close[20] == 3 or false");
        EvalContext ctx = new EvalContext();

        long[] counts = new long[3];
        run(rule, ctx, 300_000, counts);
        long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
        run(rule, ctx, 1_000_000, counts);
        long after = mx.getThreadAllocatedBytes(Thread.currentThread().getId());

        assertEquals(1_300_000, counts[0] + counts[1] + counts[2]);
        assertTrue(counts[RuleResult.FALSE] > 0 && counts[RuleResult.TRUE] > 0 && counts[RuleResult.MISSING] > 0,
                "the rule should take every path: " + java.util.Arrays.toString(counts));
        assertTrue(after - before < SLACK_BYTES, "evaluation allocated " + (after - before) + " bytes for 1e6 evaluations");
    }

    /** Evaluates over varying bars and position states, counting outcomes so the JIT cannot drop the work. */
    private static void run(CompiledRule rule, EvalContext ctx, int n, long[] counts) {
        for (int i = 0; i < n; i++) {
            ctx.bar = i % BARS;
            ctx.positionSign = i % 3 - 1;
            ctx.barsInPosition = i % 7;
            ctx.unrealizedPnlPct = (i & 1) == 0 ? Double.NaN : i % 5;
            counts[rule.evaluate(ctx)]++;
        }
    }
}
