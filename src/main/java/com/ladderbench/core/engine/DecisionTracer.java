package com.ladderbench.core.engine;

import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.core.rules.EvalContext;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Trigger;

/**
 * Watches the engine decide chosen bars (a decision trace). The engine asks {@link #traces} once
 * per bar and calls the rest only for a bar it answered yes to, so a run without a tracer, or
 * with one that traces nothing, does exactly the work it did before: tracing costs a null check.
 * Calls arrive in the order the engine decides: position, rules, candidates with their guards,
 * the resolution's winner, the fill.
 */
public interface DecisionTracer {

    /** What a rule is evaluated for. */
    enum RuleRole { ENTRY, EXIT, HOLD, REGIME }

    /** @param barTime the bar's timestamp as in the data (the engine's event and fill time) */
    boolean traces(String symbol, long barTime);

    /** The position before the bar. */
    void position(long lots, double wac, int barsHeld);

    /** A trigger of the symbol whose timeframe closes at this bar, before its rules are evaluated. */
    void trigger(Trigger trigger);

    /** A rule was evaluated; {@code ctx} still holds the state it was evaluated against. */
    void rule(Trigger trigger, RuleRole role, CompiledRule rule, EvalContext ctx, int result);

    /** One guard of the matrix was checked for a candidate ({@code a}, {@code b}: the measured value and limit). */
    void guard(Trigger trigger, Tier tier, Guardrail guard, boolean fails, double a, double b);

    /**
     * A candidate the trigger proposed: {@code kind} is open, scale_in, reversal, hold_vote, exit,
     * partial_exit or veto; {@code blockedBy} is null when it reached the resolution.
     */
    void candidate(Trigger trigger, Tier tier, String kind, long lots, boolean dust, BlockReason blockedBy);

    /** The resolution's winner (null when no candidate survived) and the signed lots it orders (0: none). */
    void winner(Trigger trigger, String kind, long signedLots);

    /** The order of the traced bar filled (at this bar's close, or the next bar's open). */
    void filled(Fill fill, long lotsAfter, double wacAfter);
}
