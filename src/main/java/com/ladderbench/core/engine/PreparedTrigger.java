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
 * @param exitCloses which position signs the exit_rule may close, as bits ({@link #CLOSES_LONG},
 *     {@link #CLOSES_SHORT}); read on every bar, so decided once here
 * @param lacksRequiredExitRule a ladder category without an exit_rule (a programmatically built plan)
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
        int confidenceRank,
        int exitCloses,
        boolean lacksRequiredExitRule) {

    static final int CLOSES_LONG = 1;
    static final int CLOSES_SHORT = 2;

    static PreparedTrigger of(int index, Trigger t, int symbolIndex, CompiledRule entry, CompiledRule exit,
            CompiledRule hold, int[] ownBarAtBase) {
        int sign = 0;
        if (entry != null && !t.category().isExitOnly()) {
            sign = t.direction() == Direction.LONG ? 1 : t.direction() == Direction.SHORT ? -1 : 0;
        }
        return new PreparedTrigger(index, t, symbolIndex, Tier.ofExit(t.category()), sign == 0 ? null : entry, exit,
                hold, ownBarAtBase, sign, ConfidenceGrade.rank(t.confidenceGrade()), exitCloses(t, exit),
                exit == null && t.category().isExitOnly());
    }

    /**
     * Which positions this trigger's exit_rule may close: a long trigger's exit closes longs, a
     * short trigger's closes shorts; exit triggers and the ladder categories close either side.
     */
    private static int exitCloses(Trigger t, CompiledRule exit) {
        if (exit == null) return 0;
        if (t.category().isExitOnly() || t.direction() == Direction.EXIT) return CLOSES_LONG | CLOSES_SHORT;
        return t.direction() == Direction.LONG ? CLOSES_LONG : CLOSES_SHORT;
    }

    /** Whether this trigger's exit_rule may close a position of that sign (never a flat one). */
    boolean exitApplies(int positionSign) {
        if (positionSign == 0) return false;
        return (exitCloses & (positionSign > 0 ? CLOSES_LONG : CLOSES_SHORT)) != 0;
    }
}
