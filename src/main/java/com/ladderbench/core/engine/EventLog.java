package com.ladderbench.core.engine;

import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.core.rules.EvalContext;
import com.ladderbench.core.rules.MissingSeries;
import com.ladderbench.core.text.Decimals;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Trigger;
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
 *
 * <p>The columns are chunks of {@value #CHUNK} events: the first starts small and doubles up to
 * that size (a run with few events holds little), then a full chunk is added at a time, so a run
 * with millions of events never copies (and clears) what it already recorded.
 */
final class EventLog {
    /** preemptedBy value when no trigger preempted the candidate (a guardrail block). */
    static final int NONE = -1;
    /** preemptedBy value for entries blocked by the risk_off latch. */
    static final int LATCH = -2;
    static final String LATCH_NAME = "risk_off_latch";
    private static final int REASONS = BlockReason.values().length;
    private static final int CHUNK_BITS = 14;
    static final int CHUNK = 1 << CHUNK_BITS;
    private static final int FIRST_CHUNK = 256;

    private final long[] reasonCounts;
    private final boolean keeps;
    private int size;
    /** Events the chunks hold room for. */
    private int capacity = FIRST_CHUNK;
    // event k is at [k >>> CHUNK_BITS][k & (CHUNK - 1)] of each column.
    // An event is at the close of its trigger's symbol's base bar: its time and price are read from
    // that bar when the event is read, so the loop stores the bar index only
    private int[][] bar = {new int[FIRST_CHUNK]};
    private int[][] trigger = {new int[FIRST_CHUNK]};
    private byte[][] reason = {new byte[FIRST_CHUNK]};
    private int[][] preemptedBy = {new int[FIRST_CHUNK]};
    private double[][] a = {new double[FIRST_CHUNK]};
    private double[][] b = {new double[FIRST_CHUNK]};
    // the few events recorded with a ready text (missing indicators): their indices, ascending, and texts
    private int[] textAt = new int[16];
    private String[] textOf = new String[16];
    private int texts;
    // the missing-indicator notices whose text is made when read: their indices, ascending, which
    // rule of their trigger (exit or entry) and its missing series (CompiledRule.missingMask)
    private int[] maskAt = new int[16];
    private boolean[] maskOfExit = new boolean[16];
    private long[] maskOf = new long[16];
    private int masks;

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

    /** An event of trigger {@code trig} at base bar {@code i} of the trigger's symbol. */
    void add(int i, int trig, BlockReason r, int by, double x, double y) {
        int why = r.ordinal();
        reasonCounts[trig * REASONS + why]++;
        if (!keeps) return;
        if (size == capacity) grow();
        int c = size >>> CHUNK_BITS;
        int k = size & (CHUNK - 1);
        size++;
        bar[c][k] = i;
        trigger[c][k] = trig;
        reason[c][k] = (byte) why;
        preemptedBy[c][k] = by;
        a[c][k] = x;
        b[c][k] = y;
    }

    /** As {@link #add(int, int, BlockReason, int, double, double)}, with the detail text already made. */
    void add(int i, int trig, BlockReason r, int by, double x, double y, String detail) {
        add(i, trig, r, by, x, y);
        if (detail == null || !keeps) return;
        if (texts == textAt.length) {
            textAt = Arrays.copyOf(textAt, 2 * texts);
            textOf = Arrays.copyOf(textOf, 2 * texts);
        }
        textAt[texts] = size - 1;
        textOf[texts++] = detail;
    }

    /**
     * A missing_indicator notice of trigger {@code trig}'s exit rule ({@code exitRule}) or entry
     * rule at base bar {@code i}: which of the rule's series are missing is kept as a mask, and
     * its text ({@link CompiledRule#describeMissing}) made only when the event is read.
     */
    void addMissing(int i, int trig, boolean exitRule, CompiledRule rule, EvalContext ctx) {
        if (!keeps) {
            add(i, trig, BlockReason.MISSING_INDICATOR, NONE, 0, 0);
            return;
        }
        if (rule.missingSeries() == null) {
            add(i, trig, BlockReason.MISSING_INDICATOR, NONE, 0, 0, rule.describeMissing(ctx));
            return;
        }
        long mask = rule.missingMask(ctx);
        add(i, trig, BlockReason.MISSING_INDICATOR, NONE, 0, 0);
        if (masks == maskAt.length) {
            maskAt = Arrays.copyOf(maskAt, 2 * masks);
            maskOfExit = Arrays.copyOf(maskOfExit, 2 * masks);
            maskOf = Arrays.copyOf(maskOf, 2 * masks);
        }
        maskAt[masks] = size - 1;
        maskOfExit[masks] = exitRule;
        maskOf[masks++] = mask;
    }

    private void grow() {
        if (capacity < CHUNK) {
            // the first chunk doubles
            int n = Math.min(2 * capacity, CHUNK);
            bar[0] = Arrays.copyOf(bar[0], n);
            trigger[0] = Arrays.copyOf(trigger[0], n);
            reason[0] = Arrays.copyOf(reason[0], n);
            preemptedBy[0] = Arrays.copyOf(preemptedBy[0], n);
            a[0] = Arrays.copyOf(a[0], n);
            b[0] = Arrays.copyOf(b[0], n);
            capacity = n;
            return;
        }
        int c = capacity >>> CHUNK_BITS;
        if (c == bar.length) {
            int n = 2 * c;
            bar = Arrays.copyOf(bar, n);
            trigger = Arrays.copyOf(trigger, n);
            reason = Arrays.copyOf(reason, n);
            preemptedBy = Arrays.copyOf(preemptedBy, n);
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
        }
        bar[c] = new int[CHUNK];
        trigger[c] = new int[CHUNK];
        reason[c] = new byte[CHUNK];
        preemptedBy[c] = new int[CHUNK];
        a[c] = new double[CHUNK];
        b[c] = new double[CHUNK];
        capacity += CHUNK;
    }

    /** Room for events, for tests: the chunks' total length. */
    int capacity() { return capacity; }

    private int barOf(int k) { return bar[k >>> CHUNK_BITS][k & (CHUNK - 1)]; }

    private int triggerOf(int k) { return trigger[k >>> CHUNK_BITS][k & (CHUNK - 1)]; }

    private int reasonOf(int k) { return reason[k >>> CHUNK_BITS][k & (CHUNK - 1)]; }

    private int preemptedByOf(int k) { return preemptedBy[k >>> CHUNK_BITS][k & (CHUNK - 1)]; }

    private double aOf(int k) { return a[k >>> CHUNK_BITS][k & (CHUNK - 1)]; }

    private double bOf(int k) { return b[k >>> CHUNK_BITS][k & (CHUNK - 1)]; }

    /** The text recorded with event {@code k}, or null when it is built from the columns. */
    private String recordedText(int k) {
        int at = Arrays.binarySearch(textAt, 0, texts, k);
        return at < 0 ? null : textOf[at];
    }

    /**
     * The text of a notice recorded by {@link #addMissing}, or null for any other event.
     *
     * @param entryMissing by trigger, its entry rule's series (null where it has none)
     * @param exitMissing the same for exit rules
     */
    private String maskedText(int k, MissingSeries[] entryMissing, MissingSeries[] exitMissing) {
        int at = Arrays.binarySearch(maskAt, 0, masks, k);
        if (at < 0) return null;
        int trig = triggerOf(k);
        return (maskOfExit[at] ? exitMissing[trig] : entryMissing[trig]).describe(maskOf[at]);
    }

    /**
     * The run's events as a read-only list over these columns (recording is over): an event and
     * its detail text are built when read, and a detail once built is kept.
     *
     * @param base the base series of each symbol index: an event's time and price are its bar's
     */
    List<BlockEvent> materialize(PreparedTriggers triggers, BarSeries[] base, String confidenceThreshold) {
        // the plan's triggers only: the list must not keep compiled rules and their indicator columns alive
        Trigger[] plain = new Trigger[triggers.size()];
        BarSeries[] series = new BarSeries[triggers.size()];
        // and the names of their rules' series, for the notices' texts (names only, no columns)
        MissingSeries[] entryMissing = new MissingSeries[triggers.size()];
        MissingSeries[] exitMissing = new MissingSeries[triggers.size()];
        for (int k = 0; k < plain.length; k++) {
            PreparedTrigger t = triggers.get(k);
            plain[k] = t.trigger();
            series[k] = base[t.symbolIndex()];
            if (t.entry() != null) entryMissing[k] = t.entry().missingSeries();
            if (t.exit() != null) exitMissing[k] = t.exit().missingSeries();
        }
        return new Columns(this, plain, series, confidenceThreshold, entryMissing, exitMissing);
    }

    private static final class Columns extends AbstractList<BlockEvent> implements BlockEventColumns, RandomAccess {
        private static final BlockReason[] REASON = BlockReason.values();
        private final EventLog log;
        private final Trigger[] triggers;
        private final BarSeries[] series;
        private final String threshold;
        private final MissingSeries[] entryMissing;
        private final MissingSeries[] exitMissing;
        // details built so far, made when the first is read (a benign race at worst builds one twice)
        private String[] details;

        Columns(EventLog log, Trigger[] triggers, BarSeries[] series, String threshold,
                MissingSeries[] entryMissing, MissingSeries[] exitMissing) {
            this.log = log;
            this.triggers = triggers;
            this.series = series;
            this.threshold = threshold;
            this.entryMissing = entryMissing;
            this.exitMissing = exitMissing;
        }

        @Override
        public int size() { return log.size; }

        @Override
        public BlockEvent get(int k) {
            Objects.checkIndex(k, log.size);
            int trig = log.triggerOf(k);
            Trigger t = triggers[trig];
            BlockReason r = REASON[log.reasonOf(k)];
            int by = log.preemptedByOf(k);
            String winner = by == LATCH ? LATCH_NAME : by == NONE ? null : triggers[by].id();
            String[] known = details;
            if (known == null) {
                known = new String[log.size];
                details = known;
            }
            String detail = known[k];
            if (detail == null) {
                detail = log.recordedText(k);
                if (detail == null) detail = log.maskedText(k, entryMissing, exitMissing);
                if (detail == null) detail = log.detail(r, k, triggers, t, threshold);
                known[k] = detail;
            }
            BarSeries bars = series[trig];
            int i = log.barOf(k);
            return new BlockEvent(k, bars.time()[i], t.symbol(), t.timeframe(), t.id(),
                    t.category(), r, detail, bars.close()[i], winner);
        }
    }

    private String detail(BlockReason r, int k, Trigger[] triggers, Trigger t, String threshold) {
        Trigger winner = preemptedByOf(k) >= 0 ? triggers[preemptedByOf(k)] : null;
        switch (r) {
            case STALE_DATA:
                return "bar follows a gap of " + num(aOf(k)) + " missing bars (stale_gap_bars " + num(bOf(k)) + ")";
            case SAME_BAR_VETO:
                return "no exit on the bar of the latest entry leg";
            case MIN_HOLD:
                return "held " + num(aOf(k)) + " of " + num(bOf(k)) + " bars since the position opened";
            case HOLD_RULE:
                return "hold_rule is true";
            case COOLDOWN:
                return num(aOf(k)) + " of " + num(bOf(k)) + " cooldown bars since the last fill";
            case SPREAD_CHECK:
                return "spread " + num(aOf(k)) + " bps above max_spread_bps " + num(bOf(k));
            case LIQUIDITY_CHECK:
                return "qty " + num(aOf(k)) + " above max_participation of bar volume (" + num(bOf(k)) + ")";
            case MIN_TRADE:
                if (aOf(k) == 0 && bOf(k) > 0) {
                    return "exit_fraction " + num(t.effectiveExitFraction()) + " of the position "
                            + num(bOf(k)) + ": the fraction rounds to zero lots; no order";
                }
                if (aOf(k) == 0) return "the order rounds to zero lots";
                return "qty " + num(aOf(k)) + " (notional " + num(bOf(k)) + ") below the min-trade threshold";
            case EXPOSURE_CAP:
                return "no room under the " + Sizing.capName((int) aOf(k)) + " limit";
            case DAILY_LOSS_LIMIT:
                return "equity down " + num(aOf(k)) + "% today, max_daily_loss_pct " + num(bOf(k));
            case MISSING_INDICATOR:
                return "an indicator is still warming up";
            case MISSING_EXIT_RULE:
                return t.category().wire() + " trigger has no exit_rule";
            case DUST_SWEEP:
                return "remainder " + num(aOf(k)) + " below the min-trade threshold; closing the whole position";
            case RISK_OFF_PREEMPTS_ENTRY:
                if (preemptedByOf(k) == LATCH) return "risk_off latch active for " + num(aOf(k)) + " more bars";
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
