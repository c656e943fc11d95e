package com.ladderbench.model;

/**
 * Run configuration (SPEC §2.3). Nullable fields mean "no limit".
 *
 * @param confidenceOverrideThreshold null = entries never override exits
 */
public record RunConfig(
        double initialCash,
        double feeBps,
        double slippageBps,
        FillModel fillModel,
        int minHoldBars,
        int tradeCooldownBars,
        ConfidenceGrade confidenceOverrideThreshold,
        Double maxSpreadBps,
        Double maxParticipation,
        double minTradeQty,
        double minTradeNotional,
        double lotSize,
        int staleGapBars,
        boolean allowScaleIn,
        boolean allowShort,
        int whipsawWindowBars) {

    public static RunConfig defaults() {
        return new RunConfig(100_000, 10, 0, FillModel.CLOSE, 4, 2, ConfidenceGrade.A, null, null, 0, 0, 1e-8, 3,
                true, true, 24);
    }
}
