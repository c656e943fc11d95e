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
 *     that completes at that base bar's close, or -1 when none does (the trigger is not evaluated);
 *     null on the symbol's base timeframe, where it is the identity
 * @param entrySign +1 long, -1 short, 0 no entries
 * @param exitSides which positions the exit_rule may close: bit 1 longs, bit 2 shorts (see {@link #exitApplies})
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
        int exitSides,
        boolean lacksRequiredExitRule) {
    private static final int LONGS = 1;
    private static final int SHORTS = 2;

    static PreparedTrigger of(int index, Trigger t, int symbolIndex, CompiledRule entry, CompiledRule exit,
            CompiledRule hold, int[] ownBarAtBase) {
        int sign = 0;
        if (entry != null && !t.category().isExitOnly()) {
            sign = t.direction() == Direction.LONG ? 1 : t.direction() == Direction.SHORT ? -1 : 0;
        }
        return new PreparedTrigger(index, t, symbolIndex, Tier.ofExit(t.category()), sign == 0 ? null : entry, exit,
                hold, ownBarAtBase, sign, ConfidenceGrade.rank(t.confidenceGrade()), exitSides(t, exit),
                exit == null && t.category().isExitOnly());
    }

    /**
     * A long trigger's exit closes longs, a short trigger's closes shorts; exit triggers and the
     * ladder categories close either side; without an exit_rule, none.
     */
    private static int exitSides(Trigger t, CompiledRule exit) {
        if (exit == null) return 0;
        if (t.category().isExitOnly() || t.direction() == Direction.EXIT) return LONGS | SHORTS;
        return t.direction() == Direction.LONG ? LONGS : SHORTS;
    }

    /** Whether this trigger's exit_rule may close a position of {@code positionSign} (0: flat, never). */
    boolean exitApplies(int positionSign) {
        if (positionSign == 0) return false;
        return (exitSides & (positionSign > 0 ? LONGS : SHORTS)) != 0;
    }
}
