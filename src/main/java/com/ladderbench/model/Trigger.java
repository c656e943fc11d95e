package com.ladderbench.model;

/**
 * One trigger of a plan, as validated. Rules are kept as source text; the rule language
 * compiles them per run.
 *
 * @param confidenceGrade null when absent
 * @param entryRule null for exit triggers and for exit-only categories
 * @param exitRule null when absent
 * @param holdRule null when absent
 * @param stopLossPct null when absent; a percentage (2.0 = 2 %)
 * @param exitFraction null = full exit
 */
public record Trigger(
        String id,
        String symbol,
        Timeframe timeframe,
        Direction direction,
        Category category,
        ConfidenceGrade confidenceGrade,
        String entryRule,
        String exitRule,
        String holdRule,
        Double stopLossPct,
        Double exitFraction) {

    /** The fraction of the position an exit of this trigger closes. */
    public double effectiveExitFraction() {
        return exitFraction == null ? 1.0 : exitFraction;
    }

    public Trigger withCategory(Category c) {
        return new Trigger(id, symbol, timeframe, direction, c, confidenceGrade, entryRule, exitRule, holdRule,
                stopLossPct, exitFraction);
    }

    public Trigger withExitFraction(Double f) {
        return new Trigger(id, symbol, timeframe, direction, category, confidenceGrade, entryRule, exitRule, holdRule,
                stopLossPct, f);
    }
}
