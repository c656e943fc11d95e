package com.ladderbench.core.engine;

import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.core.rules.EvalContext;
import com.ladderbench.core.rules.RuleCompiler;
import com.ladderbench.core.rules.RuleSyntaxException;
import com.ladderbench.core.rules.RuleResult;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
/**
 * Entry and exit rule results evaluated ahead over a run of a trigger's own bars. With many
 * symbols the loop visits each symbol once per close time, so evaluating a rule bar by bar fetches
 * its nodes and its symbol's series from memory again at every visit; a batch streams them once
 * for many bars. Only a rule that reads no position state is batched: its result depends on the
 * bar alone, so evaluating it ahead gives what the loop would get at the bar. The others are
 * evaluated at the bar, as are hold and regime rules (rarely asked).
 *
 * <p>A batch starts at {@value #FIRST} bars and doubles, up to {@value #MAX}, while the loop keeps
 * asking for the bar after the last batch: an entry rule (asked every bar) soon runs in long
 * batches, an exit rule asked only while a position is open evaluates few bars past its close.
 */
final class RuleBatches {
    static final int FIRST = 16;
    /** A batch's results are two words of bits, so the loop reads a few cache lines per symbol, not one per rule. */
    static final int MAX = Long.SIZE;
    private static final int ENTRY = 0;
    private static final int EXIT = 1;

    /** Per slot (2 × trigger + role): the rule. */
    private final CompiledRule[] rule;
    /** Per slot: whether its rule is evaluated ahead. */
    private final boolean[] ahead;
    /** Per slot: the own bar of bit 0 of its words, or far away when nothing is evaluated yet. */
    private final int[] from;
    /** Per slot: how many bars from {@code from} on are evaluated. */
    private final int[] length;
    /** Per slot, two words: bit k of the first is set when the rule is TRUE at from + k, of the second when MISSING. */
    private final long[] bits;

    RuleBatches(PreparedTriggers triggers) {
        int slots = 2 * triggers.size();
        rule = new CompiledRule[slots];
        ahead = new boolean[slots];
        from = new int[slots];
        Arrays.fill(from, Integer.MIN_VALUE / 2);
        length = new int[slots];
        bits = new long[2 * slots];
        Map<String, Boolean> positional = new HashMap<>();
        for (int k = 0; k < triggers.size(); k++) {
            PreparedTrigger t = triggers.get(k);
            rule[2 * k + ENTRY] = t.entry();
            rule[2 * k + EXIT] = t.exit();
        }
        for (int slot = 0; slot < slots; slot++) {
            CompiledRule r = rule[slot];
            ahead[slot] = r != null && !positional.computeIfAbsent(r.source(), RuleBatches::readsPosition);
        }
    }

    private static boolean readsPosition(String source) {
        try {
            return RuleCompiler.readsPosition(source);
        } catch (RuleSyntaxException e) {
            throw new IllegalStateException("a compiled rule no longer parses: " + source, e);
        }
    }

    /** The entry rule of trigger {@code index} at {@code ctx.bar}, its own bar. */
    int entry(int index, EvalContext ctx) {
        return result(2 * index + ENTRY, ctx);
    }

    /** The exit rule of trigger {@code index} at {@code ctx.bar}, its own bar. */
    int exit(int index, EvalContext ctx) {
        return result(2 * index + EXIT, ctx);
    }

    private int result(int slot, EvalContext ctx) {
        if (!ahead[slot]) return rule[slot].evaluate(ctx);
        int k = ctx.bar - from[slot];
        if (k < 0 || k >= length[slot]) {
            evaluateAhead(slot, ctx, k == length[slot] ? Math.min(MAX, 2 * length[slot]) : FIRST);
            k = 0;
        }
        if ((bits[2 * slot] >>> k & 1) != 0) return RuleResult.TRUE;
        return (bits[2 * slot + 1] >>> k & 1) != 0 ? RuleResult.MISSING : RuleResult.FALSE;
    }

    /** Results for own bars ctx.bar .. ctx.bar + n - 1; ctx.bar is as it was afterwards. */
    private void evaluateAhead(int slot, EvalContext ctx, int n) {
        CompiledRule r = rule[slot];
        int own = ctx.bar;
        long isTrue = 0;
        long isMissing = 0;
        for (int j = 0; j < n; j++) {
            ctx.bar = own + j;
            int result = r.evaluate(ctx);
            if (result == RuleResult.TRUE) isTrue |= 1L << j;
            else if (result == RuleResult.MISSING) isMissing |= 1L << j;
        }
        ctx.bar = own;
        bits[2 * slot] = isTrue;
        bits[2 * slot + 1] = isMissing;
        from[slot] = own;
        length[slot] = n;
    }
}
