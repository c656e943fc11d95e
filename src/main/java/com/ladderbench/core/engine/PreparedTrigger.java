package com.ladderbench.core.engine;

import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Trigger;

/**
 * A trigger ready for the per-bar loop: its rules compiled once, the base-bar clock of its
 * timeframe, and the flags the loop needs as plain fields.
 *
 * @param index position in the plan (breaks confidence ties)
 * @param symbolIndex index of the trigger's symbol in the run
 * @param ownBarAtBase for each base bar of the symbol, the index of this trigger's timeframe bar
 *     that completes at that base bar's close, or -1 when none does (the trigger is not evaluated)
 * @param entrySign +1 long, -1 short, 0 no entries
 */
record PreparedTrigger(
        int index,
        Trigger trigger,
        int symbolIndex,
        Tier exitTier,
        CompiledRule entry,
        CompiledRule exit,
        CompiledRule hold,
        int[] ownBarAtBase,
        int entrySign,
        int confidenceRank) {

    static PreparedTrigger of(int index, Trigger t, int symbolIndex, CompiledRule entry, CompiledRule exit,
            CompiledRule hold, int[] ownBarAtBase) {
        int sign = 0;
        if (entry != null && !t.category().isExitOnly()) {
            sign = t.direction() == Direction.LONG ? 1 : t.direction() == Direction.SHORT ? -1 : 0;
        }
        return new PreparedTrigger(index, t, symbolIndex, Tier.ofExit(t.category()), sign == 0 ? null : entry, exit,
                hold, ownBarAtBase, sign, ConfidenceGrade.rank(t.confidenceGrade()));
    }

    /**
     * Which positions this trigger's exit_rule may close: a long trigger's exit closes longs, a
     * short trigger's closes shorts; exit triggers and the ladder categories close either side.
     */
    boolean exitApplies(int positionSign) {
        if (positionSign == 0 || exit == null) return false;
        if (trigger.category().isExitOnly() || trigger.direction() == Direction.EXIT) return true;
        return trigger.direction() == Direction.LONG ? positionSign > 0 : positionSign < 0;
    }

    /** Ladder categories must carry an exit_rule; a programmatically built plan may not. */
    boolean lacksRequiredExitRule() {
        return exit == null && trigger.category().isExitOnly();
    }
}
