package com.ladderbench.core.engine;

import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.core.rules.EvalContext;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Trigger;

/** A tracer that traces the bars {@link #traces} picks and ignores what it is told; tests override what they watch. */
abstract class IgnoringTracer implements DecisionTracer {
    @Override
    public void position(long lots, double wac, int barsHeld) {
    }

    @Override
    public void trigger(Trigger trigger) {
    }

    @Override
    public void rule(Trigger trigger, RuleRole role, CompiledRule rule, EvalContext ctx, int result) {
    }

    @Override
    public void guard(Trigger trigger, Tier tier, Guardrail guard, boolean fails, double a, double b) {
    }

    @Override
    public void candidate(Trigger trigger, Tier tier, String kind, long lots, boolean dust, BlockReason blockedBy) {
    }

    @Override
    public void winner(Trigger trigger, String kind, long signedLots) {
    }

    @Override
    public void filled(Fill fill, long lotsAfter, double wacAfter) {
    }
}
