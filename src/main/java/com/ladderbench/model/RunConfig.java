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

    public Builder toBuilder() { return new Builder(this); }

    /** Changes a few fields of a configuration, e.g. in tests and the workbench's property sheet. */
    public static final class Builder {
        private double initialCash;
        private double feeBps;
        private double slippageBps;
        private FillModel fillModel;
        private int minHoldBars;
        private int tradeCooldownBars;
        private ConfidenceGrade confidenceOverrideThreshold;
        private Double maxSpreadBps;
        private Double maxParticipation;
        private double minTradeQty;
        private double minTradeNotional;
        private double lotSize;
        private int staleGapBars;
        private boolean allowScaleIn;
        private boolean allowShort;
        private int whipsawWindowBars;

        private Builder(RunConfig c) {
            initialCash = c.initialCash;
            feeBps = c.feeBps;
            slippageBps = c.slippageBps;
            fillModel = c.fillModel;
            minHoldBars = c.minHoldBars;
            tradeCooldownBars = c.tradeCooldownBars;
            confidenceOverrideThreshold = c.confidenceOverrideThreshold;
            maxSpreadBps = c.maxSpreadBps;
            maxParticipation = c.maxParticipation;
            minTradeQty = c.minTradeQty;
            minTradeNotional = c.minTradeNotional;
            lotSize = c.lotSize;
            staleGapBars = c.staleGapBars;
            allowScaleIn = c.allowScaleIn;
            allowShort = c.allowShort;
            whipsawWindowBars = c.whipsawWindowBars;
        }

        public Builder initialCash(double v) { initialCash = v; return this; }

        public Builder feeBps(double v) { feeBps = v; return this; }

        public Builder slippageBps(double v) { slippageBps = v; return this; }

        public Builder fillModel(FillModel v) { fillModel = v; return this; }

        public Builder minHoldBars(int v) { minHoldBars = v; return this; }

        public Builder tradeCooldownBars(int v) { tradeCooldownBars = v; return this; }

        public Builder confidenceOverrideThreshold(ConfidenceGrade v) { confidenceOverrideThreshold = v; return this; }

        public Builder maxSpreadBps(Double v) { maxSpreadBps = v; return this; }

        public Builder maxParticipation(Double v) { maxParticipation = v; return this; }

        public Builder minTradeQty(double v) { minTradeQty = v; return this; }

        public Builder minTradeNotional(double v) { minTradeNotional = v; return this; }

        public Builder lotSize(double v) { lotSize = v; return this; }

        public Builder staleGapBars(int v) { staleGapBars = v; return this; }

        public Builder allowScaleIn(boolean v) { allowScaleIn = v; return this; }

        public Builder allowShort(boolean v) { allowShort = v; return this; }

        public Builder whipsawWindowBars(int v) { whipsawWindowBars = v; return this; }

        public RunConfig build() {
            return new RunConfig(initialCash, feeBps, slippageBps, fillModel, minHoldBars, tradeCooldownBars,
                    confidenceOverrideThreshold, maxSpreadBps, maxParticipation, minTradeQty, minTradeNotional,
                    lotSize, staleGapBars, allowScaleIn, allowShort, whipsawWindowBars);
        }
    }
}
