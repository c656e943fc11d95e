package com.ladderbench.core.engine;

import com.ladderbench.model.BlockReason;

/**
 * Picks at most one winner among a symbol's surviving candidates and names, for every loser,
 * why it lost (SPEC §4 step 3, runbook "Dedup resolution rules").
 * <ul>
 * <li>Tier 0 emergency_exit always wins.</li>
 * <li>Tier 1 risk_off beats every other exit; it beats entries in the risk-off regime, otherwise
 * an entry at or above the override threshold wins.</li>
 * <li>Tier 2 risk_reduce beats normal exits; a confident entry overrides it.</li>
 * <li>Tier 3 normal exits lose to confident entries and beat the rest.</li>
 * <li>Among entries, highest confidence wins, then plan order.</li>
 * </ul>
 * Latched entries never reach this point: the risk_off latch removes them first. A true
 * emergency_exit rule that cannot trade (flat, or blocked by a guard) still takes part as a veto
 * at tier 0: it wins without an order and every entry of the bar loses to it.
 */
final class TierResolution {

    /** Receives the losers' events. */
    interface Outcome {
        void lost(int loserTrigger, BlockReason reason, int winnerTrigger);
    }

    /** Asked only when a risk_off exit meets an entry. */
    interface Regime {
        boolean inRiskOffRegime();
    }

    private final int thresholdRank;
    private final boolean overridesEnabled;

    /** @param thresholdRank ConfidenceGrade.rank of the override threshold; ignored when overrides are off */
    TierResolution(int thresholdRank, boolean overridesEnabled) {
        this.thresholdRank = thresholdRank;
        this.overridesEnabled = overridesEnabled;
    }

    /** @return the winning candidate's index, or -1 when no candidate is alive */
    int resolve(Candidates c, PreparedTriggers triggers, Regime regime, Outcome outcome) {
        int bestExit = -1;
        int bestEntry = -1;
        for (int k = 0; k < c.size(); k++) {
            if (!c.alive(k)) continue;
            if (c.isEntry(k)) {
                if (bestEntry < 0 || rank(c, k, triggers) > rank(c, bestEntry, triggers)) bestEntry = k;
            } else if (bestExit < 0 || exitBeats(c, k, bestExit, triggers)) {
                bestExit = k;
            }
        }
        if (bestExit < 0 && bestEntry < 0) return -1;
        boolean regimeWin = false;
        int winner;
        if (bestExit < 0) {
            winner = bestEntry;
        } else if (bestEntry < 0 || c.tier(bestExit) == Tier.EMERGENCY_EXIT) {
            winner = bestExit;
        } else if (c.tier(bestExit) == Tier.RISK_OFF && regime.inRiskOffRegime()) {
            winner = bestExit;
            regimeWin = true;
        } else if (overridesEnabled && rank(c, bestEntry, triggers) >= thresholdRank) {
            winner = bestEntry;
        } else {
            winner = bestExit;
        }
        int w = c.trigger(winner);
        for (int k = 0; k < c.size(); k++) {
            if (k == winner || !c.alive(k)) continue;
            // an emergency veto that loses to another places no order either: nothing was preempted
            if (c.kind(k) == Candidates.VETO) continue;
            outcome.lost(c.trigger(k), loserReason(c, k, winner, regimeWin), w);
        }
        return winner;
    }

    private static BlockReason loserReason(Candidates c, int loser, int winner, boolean regimeWin) {
        Tier w = c.tier(winner);
        Tier l = c.tier(loser);
        if (w == Tier.ENTRY) {
            switch (l) {
                case ENTRY: return BlockReason.PRIORITY_SKIP;
                case RISK_OFF: return BlockReason.ENTRY_OVERRIDES_RISK_OFF;
                case RISK_REDUCE: return BlockReason.ENTRY_OVERRIDES_RISK_REDUCE;
                default: return BlockReason.ENTRY_OVERRIDES_EXIT;
            }
        }
        if (l == Tier.ENTRY) {
            if (w == Tier.EMERGENCY_EXIT) return BlockReason.EMERGENCY_EXIT_PREEMPTS_ENTRY;
            if (w == Tier.RISK_OFF && regimeWin) return BlockReason.RISK_OFF_PREEMPTS_ENTRY;
            return BlockReason.EXIT_PREEMPTS_ENTRY;
        }
        if (l == w) return BlockReason.PRIORITY_SKIP;
        switch (w) {
            case EMERGENCY_EXIT: return BlockReason.EMERGENCY_EXIT_PREEMPTS_EXIT;
            case RISK_OFF: return BlockReason.RISK_OFF_PREEMPTS_EXIT;
            case RISK_REDUCE: return BlockReason.RISK_REDUCE_PREEMPTS_EXIT;
            default: return BlockReason.PRIORITY_SKIP;
        }
    }

    /** Entries rank by confidence; candidates arrive in plan order, so a tie keeps the earlier one. */
    private static int rank(Candidates c, int k, PreparedTriggers triggers) {
        return triggers.get(c.trigger(k)).confidenceRank();
    }

    /** Exits rank by tier, then confidence, then plan order. */
    private static boolean exitBeats(Candidates c, int k, int best, PreparedTriggers triggers) {
        int byTier = c.tier(k).compareTo(c.tier(best));
        if (byTier != 0) return byTier < 0;
        return rank(c, k, triggers) > rank(c, best, triggers);
    }
}
