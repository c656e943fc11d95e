package com.ladderbench.model;

/** Portfolio limits in percent of equity; null = no limit. */
public record RiskConstraints(
        Double maxPositionRiskPct,
        Double maxSymbolExposurePct,
        Double maxPortfolioExposurePct,
        Double maxDailyLossPct) {

    public static final RiskConstraints NONE = new RiskConstraints(null, null, null, null);
}
