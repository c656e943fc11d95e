package com.ladderbench.model;

/** Sizing of one symbol's entries. Percentages are in percent (1.0 = 1 %). */
public record SizingRule(
        String symbol,
        SizingMode sizingMode,
        Double targetRiskPct,
        Double notional,
        Double volTargetAnnual) {
}
