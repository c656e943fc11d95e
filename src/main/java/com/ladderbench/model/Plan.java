package com.ladderbench.model;

import java.util.List;

/** A validated strategy plan. */
public record Plan(
        String planId,
        Regime regime,
        List<Trigger> triggers,
        RiskConstraints riskConstraints,
        List<SizingRule> sizingRules,
        RiskOffSettings riskOff,
        String generatedAt,
        String validUntil,
        String globalView) {

    public Plan {
        triggers = List.copyOf(triggers);
        sizingRules = List.copyOf(sizingRules);
        if (riskConstraints == null) riskConstraints = RiskConstraints.NONE;
        if (riskOff == null) riskOff = RiskOffSettings.NONE;
    }

    public Plan withTriggers(List<Trigger> newTriggers) {
        return new Plan(planId, regime, newTriggers, riskConstraints, sizingRules, riskOff, generatedAt, validUntil,
                globalView);
    }

    public Plan withRiskOff(RiskOffSettings settings) {
        return new Plan(planId, regime, triggers, riskConstraints, sizingRules, settings, generatedAt, validUntil,
                globalView);
    }

    public Plan withRiskConstraints(RiskConstraints rc) {
        return new Plan(planId, regime, triggers, rc, sizingRules, riskOff, generatedAt, validUntil, globalView);
    }

    public Plan withSizingRules(List<SizingRule> rules) {
        return new Plan(planId, regime, triggers, riskConstraints, rules, riskOff, generatedAt, validUntil,
                globalView);
    }

    /** Symbols in order of first appearance in the trigger list. */
    public List<String> symbols() {
        return triggers.stream().map(Trigger::symbol).distinct().toList();
    }
}
