package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A series that is a slice of a larger array (many symbols' series in one block) reads its own
 * bars only: a lag before its first bar, or a bar past its last, is missing, exactly as for the
 * same values in an array of their own, though the block holds finite values on both sides. The
 * tree, the fused form and a cursor (blocks in place and copied) all agree.
 */
class SeriesSliceTest {
    private static final int BEFORE = 7;
    private static final int LENGTH = 45; // more than a cursor's first block, so blocks run in place and past the end
    private static final int AFTER = 5;
    private static final List<String> RULES = List.of(
            "close > 25",
            "close[1] > close",
            "close between 10 and 40",
            "close[3] > 0 and close < 1000",
            "close - close[2] > 0 or close[5] < 3",
            "close >= close[1] * 0.9");

    /** The block: finite values before and after the slice, which a slice must never read. */
    private static double[] block() {
        double[] b = new double[BEFORE + LENGTH + AFTER];
        for (int i = 0; i < b.length; i++) b[i] = 1000 + i;
        for (int k = 0; k < LENGTH; k++) b[BEFORE + k] = (k * 37 % 50) + (k % 9 == 4 ? Double.NaN : 0.5);
        return b;
    }

    private static int[] results(CompiledRule rule, int bars, int how) {
        int[] out = new int[bars + 3];
        RuleCursor cursor = rule.cursor();
        EvalContext ctx = new EvalContext();
        for (int bar = -1; bar < bars + 2; bar++) {
            ctx.bar = bar;
            out[bar + 1] = how == 0 ? rule.evaluateByTree(ctx) : how == 1 ? rule.evaluate(ctx)
                    : bar < 0 ? rule.evaluate(ctx) : cursor.evaluate(ctx);
        }
        return out;
    }

    @Test
    void aSliceReadsLikeItsValuesAloneByTreeFusedAndCursor() {
        double[] block = block();
        double[] alone = Arrays.copyOfRange(block, BEFORE, BEFORE + LENGTH);
        Fixture slice = new Fixture();
        slice.put("close", new SeriesColumn(block, BEFORE, LENGTH, null));
        Fixture own = new Fixture().with("close", alone);
        for (String r : RULES) {
            for (int how = 0; how < 3; how++) {
                assertEquals(Arrays.toString(results(own.compile(r), LENGTH, how)),
                        Arrays.toString(results(slice.compile(r), LENGTH, how)), r + " evaluator " + how);
            }
        }
    }

    @Test
    void aLagBeforeTheSlicesFirstBarIsMissingNotTheBlocksPreviousValue() {
        Fixture f = new Fixture();
        f.put("close", new SeriesColumn(block(), BEFORE, LENGTH, null));
        assertEquals(RuleResult.MISSING, f.eval("close[1] > 0", 0), "bar 0, lag 1: before the slice");
        assertEquals(RuleResult.TRUE, f.eval("close[1] > 0", 1), "bar 1, lag 1: the slice's first bar");
        assertEquals(RuleResult.TRUE, f.eval("close > 0", LENGTH - 1), "the last bar");
        assertEquals(RuleResult.MISSING, f.eval("close > 0", LENGTH), "one past the last: after the slice");
    }

    @Test
    void aMappedSliceReadsItsOwnBarsThroughTheMap() {
        double[] block = block();
        int[] map = {-1, 0, 0, 1, 2, LENGTH - 1, LENGTH};
        Fixture f = new Fixture();
        f.put("close", new SeriesColumn(block, BEFORE, LENGTH, map));
        Fixture own = new Fixture();
        own.put("close", new SeriesColumn(Arrays.copyOfRange(block, BEFORE, BEFORE + LENGTH), map));
        for (String r : RULES) {
            for (int how = 0; how < 3; how++) {
                assertEquals(Arrays.toString(results(own.compile(r), map.length, how)),
                        Arrays.toString(results(f.compile(r), map.length, how)), r + " evaluator " + how);
            }
        }
        assertEquals(RuleResult.MISSING, f.eval("close > 0", 6), "a map entry past the slice is missing");
    }

    @Test
    void aSliceMustLieInsideItsArray() {
        double[] v = new double[10];
        assertEquals(10, new SeriesColumn(v, 0, 10, null).length());
        assertEquals(0, new SeriesColumn(v, 10, 0, null).length());
        assertThrows(IllegalArgumentException.class, () -> new SeriesColumn(v, 1, 10, null));
        assertThrows(IllegalArgumentException.class, () -> new SeriesColumn(v, -1, 2, null));
        assertThrows(IllegalArgumentException.class, () -> new SeriesColumn(v, 0, -1, null));
        assertThrows(IllegalArgumentException.class, () -> new SeriesColumn(v, 11, 0, null));
    }
}
