package com.ladderbench.core.engine;

import com.ladderbench.core.text.Decimals;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Trigger;
import java.math.BigDecimal;
import java.math.MathContext;
import com.ladderbench.model.BlockEventColumns;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Block events recorded during a run, kept as primitive columns so that recording one in the
 * per-bar loop does not allocate (beyond amortised growth). Detail texts are only formatted
 * when an event is read after the run.
 */
final class EventLog {
    /** preemptedBy value when no trigger preempted the candidate (a guardrail block). */
    static final int NONE = -1;
    /** preemptedBy value for entries blocked by the risk_off latch. */
    static final int LATCH = -2;
    static final String LATCH_NAME = "risk_off_latch";
    private static final int REASONS = BlockReason.values().length;

    private final long[] reasonCounts;
    private final boolean keeps;
    private int size;
    private long[] time = new long[256];
    private int[] symbol = new int[256];
    private int[] trigger = new int[256];
    private byte[] reason = new byte[256];
    private int[] preemptedBy = new int[256];
    private double[] price = new double[256];
    private double[] a = new double[256];
    private double[] b = new double[256];
    private String[] text = new String[256];

    /** @param triggerCount number of triggers in the run, for the per-trigger counts */
    EventLog(int triggerCount) {
        this(triggerCount, true);
    }

    /** @param keeps false to count events without keeping them (a run that keeps only its metrics) */
    EventLog(int triggerCount, boolean keeps) {
        reasonCounts = new long[Math.max(1, triggerCount) * BlockReason.values().length];
        this.keeps = keeps;
    }

    int size() { return size; }

    /** Events of one trigger and reason so far (trigger_stats). */
    long count(int trig, BlockReason r) {
        return reasonCounts[trig * REASONS + r.ordinal()];
    }

    void add(long t, int sym, int trig, BlockReason r, double px, int by, double x, double y) {
        add(t, sym, trig, r, px, by, x, y, null);
    }

    void add(long t, int sym, int trig, BlockReason r, double px, int by, double x, double y, String detail) {
        reasonCounts[trig * REASONS + r.ordinal()]++;
        if (!keeps) return;
        if (size == time.length) grow();
        time[size] = t;
        symbol[size] = sym;
        trigger[size] = trig;
        reason[size] = (byte) r.ordinal();
        preemptedBy[size] = by;
        price[size] = px;
        a[size] = x;
        b[size] = y;
        text[size] = detail;
        size++;
    }

    private void grow() {
        int n = time.length * 2;
        time = Arrays.copyOf(time, n);
        symbol = Arrays.copyOf(symbol, n);
        trigger = Arrays.copyOf(trigger, n);
        reason = Arrays.copyOf(reason, n);
        preemptedBy = Arrays.copyOf(preemptedBy, n);
        price = Arrays.copyOf(price, n);
        a = Arrays.copyOf(a, n);
        b = Arrays.copyOf(b, n);
        text = Arrays.copyOf(text, n);
    }

    /**
     * The run's events as a read-only list over these columns (recording is over): an event and
     * its detail text are built when read, and a detail once built is kept.
     */
    List<BlockEvent> materialize(PreparedTriggers triggers, String confidenceThreshold) {
        // the plan's triggers only: the list must not keep compiled rules and their indicator columns alive
        Trigger[] plain = new Trigger[triggers.size()];
        for (int k = 0; k < plain.length; k++) plain[k] = triggers.get(k).trigger();
        return new Columns(this, plain, confidenceThreshold);
    }

    private static final class Columns extends AbstractList<BlockEvent> implements BlockEventColumns, RandomAccess {
        private static final BlockReason[] REASON = BlockReason.values();
        private final EventLog log;
        private final Trigger[] triggers;
        private final String threshold;

        Columns(EventLog log, Trigger[] triggers, String threshold) {
            this.log = log;
            this.triggers = triggers;
            this.threshold = threshold;
        }

        @Override
        public int size() { return log.size; }

        @Override
        public BlockEvent get(int k) {
            Objects.checkIndex(k, log.size);
            Trigger t = triggers[log.trigger[k]];
            BlockReason r = REASON[log.reason[k]];
            int by = log.preemptedBy[k];
            String winner = by == LATCH ? LATCH_NAME : by == NONE ? null : triggers[by].id();
            String detail = log.text[k];
            if (detail == null) {
                // a benign race between readers builds the same string twice at worst
                detail = log.detail(r, k, triggers, t, threshold);
                log.text[k] = detail;
            }
            return new BlockEvent(k, log.time[k], t.symbol(), t.timeframe(), t.id(),
                    t.category(), r, detail, log.price[k], winner);
        }
    }

    private String detail(BlockReason r, int k, Trigger[] triggers, Trigger t, String threshold) {
        Trigger winner = preemptedBy[k] >= 0 ? triggers[preemptedBy[k]] : null;
        switch (r) {
            case STALE_DATA:
                return "bar follows a gap of " + num(a[k]) + " missing bars (stale_gap_bars " + num(b[k]) + ")";
            case SAME_BAR_VETO:
                return "no exit on the bar of the latest entry leg";
            case MIN_HOLD:
                return "held " + num(a[k]) + " of " + num(b[k]) + " bars since the position opened";
            case HOLD_RULE:
                return "hold_rule is true";
            case COOLDOWN:
                return num(a[k]) + " of " + num(b[k]) + " cooldown bars since the last fill";
            case SPREAD_CHECK:
                return "spread " + num(a[k]) + " bps above max_spread_bps " + num(b[k]);
            case LIQUIDITY_CHECK:
                return "qty " + num(a[k]) + " above max_participation of bar volume (" + num(b[k]) + ")";
            case MIN_TRADE:
                if (a[k] == 0 && b[k] > 0) {
                    return "exit_fraction " + num(t.effectiveExitFraction()) + " of the position "
                            + num(b[k]) + ": the fraction rounds to zero lots; no order";
                }
                if (a[k] == 0) return "the order rounds to zero lots";
                return "qty " + num(a[k]) + " (notional " + num(b[k]) + ") below the min-trade threshold";
            case EXPOSURE_CAP:
                return "no room under the " + Sizing.capName((int) a[k]) + " limit";
            case DAILY_LOSS_LIMIT:
                return "equity down " + num(a[k]) + "% today, max_daily_loss_pct " + num(b[k]);
            case MISSING_INDICATOR:
                return "an indicator is still warming up";
            case MISSING_EXIT_RULE:
                return t.category().wire() + " trigger has no exit_rule";
            case DUST_SWEEP:
                return "remainder " + num(a[k]) + " below the min-trade threshold; closing the whole position";
            case RISK_OFF_PREEMPTS_ENTRY:
                if (preemptedBy[k] == LATCH) return "risk_off latch active for " + num(a[k]) + " more bars";
                return "risk-off regime: " + winner.id() + " preempts the entry";
            case ENTRY_OVERRIDES_RISK_OFF:
            case ENTRY_OVERRIDES_RISK_REDUCE:
            case ENTRY_OVERRIDES_EXIT:
                return "entry " + winner.id() + " grade " + grade(winner) + " meets the override threshold "
                        + threshold;
            case EXIT_PREEMPTS_ENTRY:
                return winner.id() + " (" + winner.category().wire() + ") wins; entry grade "
                        + grade(t) + " is below the override threshold " + threshold;
            case PRIORITY_SKIP:
                return winner.id() + " ranks higher (confidence, then plan order)";
            default:
                return winner == null ? r.wire()
                        : winner.id() + " (" + winner.category().wire() + ") wins";
        }
    }

    private static String grade(Trigger t) {
        return t.confidenceGrade() == null ? "none" : t.confidenceGrade().name();
    }

    /** Shortest readable rendering: at most 8 significant digits, no exponent, no trailing zeros. */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return String.valueOf(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Decimals.significant(v, 8);
    }
}
