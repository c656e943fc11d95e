package com.ladderbench.model;

import java.util.Comparator;
import java.util.List;

/**
 * One symbol's continuous non-flat interval: the position lifecycle from leaving zero to
 * returning to exactly zero.
 *
 * <p>Held lean, because the workbench keeps every set of a run live and young collections copy
 * what is live until it reaches the old generation: a generated set id as its number
 * ({@link GeneratedIds}), the close time and R as primitives. {@link #setId()}, {@link #closedAt()} and
 * {@link #rMultiple()} give them back as the files write them; equal values make equal sets.
 *
 * @param setNumber the {@code S} number of a generated set id; -1 when the id is held as text
 * @param setIdText the set id when it is not a generated one, else null
 * @param closeTime the close in epoch millis; {@link #OPEN} while the position is still open
 * @param avgExitPrice NaN when the set has no exit leg yet
 * @param holdDurationHours to the close, or to the last leg while open
 * @param hasRMultiple false when the entry trigger had no stop (or the set is open)
 * @param rMultipleValue R when {@code hasRMultiple}, else 0
 */
public record TradeSet(
        long setNumber,
        String setIdText,
        String symbol,
        Timeframe timeframe,
        PositionSide side,
        long openedAt,
        long closeTime,
        List<TradeLeg> legs,
        double pnlRealizedTotal,
        double feesTotal,
        double pnlNet,
        int numLegs,
        int numEntries,
        int numExits,
        double avgEntryPrice,
        double avgExitPrice,
        double maxExposure,
        double holdDurationHours,
        boolean hasRMultiple,
        double rMultipleValue,
        String entryTrigger,
        String exitTrigger) {

    /** The {@link #closeTime} of a set still open: no bar is that early. */
    public static final long OPEN = Long.MIN_VALUE;
    static final char SET = 'S';

    /** Set id order as numbers (S999999 before S1000000), with any text id by length, then text. */
    public static final Comparator<TradeSet> BY_SET_ID = (a, b) -> a.setIdText == null && b.setIdText == null
            && a.setNumber >= 0 && b.setNumber >= 0
            ? Long.compare(a.setNumber, b.setNumber)
            : Comparator.comparingInt((TradeSet s) -> s.setId().length()).thenComparing(TradeSet::setId).compare(a, b);

    /** A generated id text is held as its number; an absent R as false and 0, so equal values give equal sets. */
    public TradeSet {
        setNumber = GeneratedIds.keptNumber(SET, setNumber, setIdText);
        setIdText = GeneratedIds.keptText(SET, setIdText);
        if (!hasRMultiple) rMultipleValue = 0;
        legs = List.copyOf(legs);
    }

    /**
     * A set with its id as text (generated ids are kept as their numbers) and the close and R boxed.
     *
     * @param closedAt null while the position is still open; never {@link #OPEN}
     * @param rMultiple null when the entry trigger had no stop
     */
    public TradeSet(String setId, String symbol, Timeframe timeframe, PositionSide side, long openedAt,
            Long closedAt, List<TradeLeg> legs, double pnlRealizedTotal, double feesTotal, double pnlNet,
            int numLegs, int numEntries, int numExits, double avgEntryPrice, double avgExitPrice,
            double maxExposure, double holdDurationHours, Double rMultiple, String entryTrigger,
            String exitTrigger) {
        this(-1, setId, symbol, timeframe, side, openedAt, closeTime(closedAt), legs, pnlRealizedTotal, feesTotal,
                pnlNet, numLegs, numEntries, numExits, avgEntryPrice, avgExitPrice, maxExposure,
                holdDurationHours, rMultiple != null, rMultiple == null ? 0 : rMultiple, entryTrigger, exitTrigger);
    }

    private static long closeTime(Long closedAt) {
        if (closedAt == null) return OPEN;
        if (closedAt == OPEN) throw new IllegalArgumentException("a close time of " + OPEN + " reads as open");
        return closedAt;
    }

    /** The set id's text, built from its number for a generated id (null only when made with none). */
    public String setId() {
        return GeneratedIds.text(SET, setNumber, setIdText);
    }

    /** The close in epoch millis, boxed for the writers; null while the position is still open. */
    public Long closedAt() {
        return isClosed() ? closeTime : null;
    }

    /** R, boxed for the writers; null when the entry trigger had no stop. */
    public Double rMultiple() {
        return hasRMultiple ? rMultipleValue : null;
    }

    public boolean isClosed() { return closeTime != OPEN; }

    /** Exactly one entry and one exit: the set reads like the old paired trade. */
    public boolean isPaired() { return numEntries == 1 && numExits == 1 && isClosed(); }
}
