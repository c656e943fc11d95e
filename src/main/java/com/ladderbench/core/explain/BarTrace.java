package com.ladderbench.core.explain;

import com.ladderbench.core.rules.RuleExplanation;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.Category;
import com.ladderbench.model.Fill;
import com.ladderbench.model.Timeframe;
import java.math.BigDecimal;
import java.util.List;

/**
 * The decision trace of one symbol at one bar (SPEC §4 step by step): the position before, every
 * trigger whose timeframe closed there with its rules' values, every candidate with its row of the
 * guardrail matrix, the tier resolution, the order and the position after. Built by re-running the
 * engine with a {@link TraceRecorder}, so it is exactly what the run did.
 *
 * @param side ladder, baseline or a variant's name
 * @param barTime the bar's timestamp as in the data
 * @param regime the plan's risk_off.regime_rule when the resolution asked for it, else null
 * @param order the fill the bar's decision produced (at this close or the next open), else null
 * @param events the block events recorded at this bar for this symbol, in order
 */
public record BarTrace(String side, String symbol, long barTime, double close, Position before,
        List<TriggerTrace> triggers, RuleExplanation regime, Resolution resolution, Fill order, Position after,
        List<BlockEvent> events) {

    public BarTrace {
        triggers = List.copyOf(triggers);
        events = List.copyOf(events);
    }

    /**
     * A position in whole lots; {@code qty} is exact, {@code wac} NaN when flat.
     *
     * @param barsHeld bars since the position opened (what {@code bars_in_position} reads); null after the bar
     */
    public record Position(long lots, BigDecimal qty, double wac, Integer barsHeld) {
        public boolean flat() { return lots == 0; }
    }

    /** A trigger evaluated at this bar: its rules, then what it proposed. */
    public record TriggerTrace(String triggerId, Category category, Timeframe timeframe, List<RuleTrace> rules,
            List<CandidateTrace> candidates) {
        public TriggerTrace {
            rules = List.copyOf(rules);
            candidates = List.copyOf(candidates);
        }
    }

    /** @param role entry, exit or hold */
    public record RuleTrace(String role, RuleExplanation explanation) {
    }

    /**
     * @param tier emergency_exit, risk_off, risk_reduce, normal_exit or entry
     * @param kind open, scale_in, reversal, hold_vote, exit, partial_exit or veto
     * @param blockedBy the reason it never reached the resolution (wire name), else null
     */
    public record CandidateTrace(String tier, String kind, long lots, BigDecimal qty, boolean dustSweep,
            List<GuardCheck> guards, String blockedBy) {
        public CandidateTrace {
            guards = List.copyOf(guards);
        }
    }

    /** What one guard did to a candidate. */
    public enum GuardStatus {
        PASSED, FAILED,
        /** The matrix does not apply this guard to the candidate's tier (e.g. bypassed by an emergency exit). */
        NOT_APPLICABLE,
        /** Applies, but an earlier guard or check already stopped the candidate. */
        NOT_CHECKED;

        public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** @param guard the guard's event reason ({@code min_hold}); value and limit are NaN when not measured */
    public record GuardCheck(String guard, GuardStatus status, double value, double limit) {
    }

    /**
     * @param winner the winning trigger, null when no candidate survived
     * @param winnerKind what the winner does (a hold_vote or veto wins without an order)
     */
    public record Resolution(String winner, String winnerKind, long orderLots, List<Loser> losers) {
        public Resolution {
            losers = List.copyOf(losers);
        }
    }

    /** A candidate that lost the resolution, with its event's reason and detail. */
    public record Loser(String triggerId, String reason, String preemptedBy, String detail) {
    }
}
