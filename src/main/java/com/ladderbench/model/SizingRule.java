package com.ladderbench.model;

/** Sizing of one symbol's entries. Percentages are in percent (1.0 = 1 %). */
public record SizingRule(
        String symbol,
        SizingMode sizingMode,
        Double targetRiskPct,
        Double notional,
        Double volTargetAnnual) {

    /** Entries of a symbol without a sizing rule: fixed_fraction risking this percent of equity (SPEC §2.1). */
    public static final double DEFAULT_TARGET_RISK_PCT = 1.0;
}
