package com.ladderbench.model;

/**
 * The plan's risk_off block.
 *
 * @param regimeRule expression; while true for a symbol, risk_off exits preempt entries. null = never
 * @param latchBars bars after a risk_off exit fills during which entries are preempted
 */
public record RiskOffSettings(String regimeRule, int latchBars) {

    public static final RiskOffSettings NONE = new RiskOffSettings(null, 0);
}
