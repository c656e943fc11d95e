package com.ladderbench.core.rules;

/**
 * Evaluates one compiled rule for one run, the way the engine asks: bar after bar. The part of the
 * rule that reads no position state has a fixed value at each bar, so it is computed for a block
 * of bars at once, when a bar outside the current block is asked, in tight loops over the series
 * columns; the rest (is_flat, bars_in_position, ...) is evaluated at the bar. A block starts at
 * {@value #FIRST_BLOCK} bars and doubles up to {@value #BLOCK} while the asks run on from it: an
 * exit rule asked only while a position is open, or a trigger among many symbols' interleaved
 * bars, computes little it will not ask for, and its next block is in cache when asked.
 * Computing ahead is not looking ahead: the result at a bar still reads values up to that bar
 * only, and a result is used only when its own bar is decided.
 *
 * <p>A cursor keeps only its block's results (two bits a bar); the operand and term buffers a block
 * is computed in are a {@link Scratch} that all the cursors of a run may share. With many symbols
 * the engine asks thousands of cursors in turn, and buffers of their own (kilobytes each) would
 * make every block's computation write to memory out of cache; one shared set stays in cache.
 *
 * <p>Same results as {@link CompiledRule#evaluate} in any order of bars. Mutable (the block), so
 * one per rule per run; allocates when created, never when evaluating.
 */
public final class RuleCursor {
    /**
     * The most bars a block holds: {@link #markLive} marks at most this many at once. With hundreds
     * of symbols decided in turn, a block's computation starts from the rule's objects and columns
     * out of cache, so fewer, longer blocks pay that less often (256 symbols: the loop 5-7 % faster
     * than at 256 bars; one symbol the same).
     */
    public static final int BLOCK = 1024;
    static final int FIRST_BLOCK = 16;

    /**
     * The buffers blocks are computed in, shared by the cursors of one run (one thread): each
     * cursor copies its results out before the next cursor computes. Grows, when a cursor is
     * created, to the largest rule it serves; never while evaluating.
     */
    public static final class Scratch {
        FusedRule.Block block = new FusedRule.Block(0, 0);

        void fit(FusedRule rule) {
            int terms = block.terms[FusedRule.TRUES].length;
            if (rule.termSlots > terms || rule.operandSlots > block.operands.length) {
                block = new FusedRule.Block(Math.max(rule.termSlots, terms), Math.max(rule.operandSlots, block.operands.length));
            }
        }
    }

    private final FusedRule.Term blocked;
    // the rule's per-bar part (null: none), kept here so that an ask touches the cursor and its results only
    private final FusedRule.Term[] rest;
    private final boolean conjunction;
    private final Scratch scratch;
    /**
     * Results of the blocked part at bars {@code start .. end - 1} as {@link FusedRule#TRUES} and
     * {@link FusedRule#NOT_FALSE} bits, bit k of word k / 64 for bar {@code start + k}; null when
     * the rule has no blocked part.
     */
    private final long[] trues;
    private final long[] notFalse;
    private int start;
    /** Exclusive; a long so that a block ending at the last int bar does not wrap around. -1: none yet. */
    private long end = -1;
    /** Bars the next block computes: doubled when asks run on from the last block, else reset. */
    private int length = FIRST_BLOCK;

    RuleCursor(FusedRule rule, Scratch scratch) {
        this.blocked = rule.blocked;
        this.rest = rule.perBar.length == 0 ? null : rule.perBar;
        this.conjunction = rule.conjunction;
        this.scratch = scratch;
        scratch.fit(rule);
        this.trues = blocked == null ? null : new long[BLOCK / FusedRule.WORD];
        this.notFalse = blocked == null ? null : new long[BLOCK / FusedRule.WORD];
    }

    /** {@link RuleResult#FALSE}, {@link RuleResult#TRUE} or {@link RuleResult#MISSING} at {@code ctx.bar}. */
    public int evaluate(EvalContext ctx) {
        FusedRule.Term[] rest = this.rest;
        int result;
        if (trues != null) {
            result = FusedRule.RESULT[blockedAt(ctx.bar)];
            if (rest == null) return result;
        } else {
            result = conjunction ? RuleResult.TRUE : RuleResult.FALSE;
        }
        // Kleene and stops at FALSE, or at TRUE; either remembers a MISSING
        int stop = conjunction ? RuleResult.FALSE : RuleResult.TRUE;
        if (result == stop) return stop;
        for (FusedRule.Term t : rest) {
            int r = FusedRule.eval(t, ctx);
            if (r == stop) return stop;
            if (r == RuleResult.MISSING) result = RuleResult.MISSING;
        }
        return result;
    }

    /**
     * Whether the rule is FALSE wherever its blocked part is: an and of it with per-bar terms, or
     * the whole rule blocked. Not so for a rule of per-bar terms only, or an or of both parts.
     */
    public boolean falseWhereBlockFalse() {
        return trues != null && (rest == null || conjunction);
    }

    /**
     * Or-s {@code bit} into {@code live[k]} for each bar {@code first + k} (k below {@code count},
     * at most {@value #BLOCK}) at which the rule may be other than FALSE, whatever the position:
     * every bar, unless {@link #falseWhereBlockFalse}; then where the blocked part is TRUE or
     * MISSING. The block it computes for that is the one {@link #evaluate} then reads at those bars.
     * Like evaluate, computes ahead but never looks ahead: a mark is read only at its own bar.
     */
    public void markLive(int first, int count, long[] live, long bit) {
        if (!falseWhereBlockFalse()) {
            for (int k = 0; k < count; k++) live[k] |= bit;
            return;
        }
        if (first < start || first + (long) count > end) fill(first, count);
        int from = first - start;
        // visits only the bars where the rule is not FALSE, and skips a word where it is FALSE throughout
        for (int w = from >>> 6, stop = (from + count + 63) >>> 6; w < stop; w++) {
            for (long m = notFalse[w]; m != 0; m &= m - 1) {
                int k = (w << 6) + Long.numberOfTrailingZeros(m) - from;
                if (k >= 0 && k < count) live[k] |= bit;
            }
        }
    }

    /**
     * As {@link #markLive(int, int, long[], long)} for a rule on its own timeframe, decided at base
     * bar {@code first + k} on its own bar {@code clock[first + k]}, and not at all where that is
     * negative (no bar of its timeframe completes there).
     */
    public void markLive(int first, int count, int[] clock, long[] live, long bit) {
        boolean always = !falseWhereBlockFalse();
        for (int k = 0; k < count; k++) {
            int own = clock[first + k];
            if (own < 0) continue;
            if (always || blockedAt(own) != 0) live[k] |= bit;
        }
    }

    /**
     * The blocked part's result at {@code bar} as an index into {@link FusedRule#RESULT}: 0 FALSE,
     * 1 MISSING, 2 TRUE (the number of bit sets it is in). Computes its block if needed.
     */
    private int blockedAt(int bar) {
        if (bar < start || bar >= end) fill(bar);
        int k = bar - start;
        // a long shift counts modulo 64: bit k of word k / 64
        return (int) (trues[k >>> 6] >>> k & 1) + (int) (notFalse[k >>> 6] >>> k & 1);
    }

    /** How many bars the current block holds (0 before the first). */
    int blockLength() {
        return (int) Math.max(0, end - start);
    }

    private void fill(int bar) {
        length = bar == end ? Math.min(2 * length, BLOCK) : FIRST_BLOCK;
        fill(bar, (int) Math.min(length, (long) Integer.MAX_VALUE - bar + 1));
    }

    /** Computes the block of bars {@code bar .. bar + count - 1} (count at most {@value #BLOCK}) into the results. */
    private void fill(int bar, int count) {
        for (int w = 0; w * FusedRule.WORD < count; w++) {
            int done = w * FusedRule.WORD;
            blocked.word(bar + done, Math.min(FusedRule.WORD, count - done), scratch.block, trues, notFalse, w);
        }
        start = bar;
        end = (long) bar + count;
    }
}
