package com.ladderbench.core.engine;

import com.ladderbench.core.analysis.EquitySummary;
import com.ladderbench.core.analysis.TradeTally;
import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.core.ledger.Ledger;
import com.ladderbench.core.ledger.LotSize;
import com.ladderbench.core.ledger.PositionLifecycle;
import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.core.rules.EvalContext;
import com.ladderbench.core.rules.RuleCursor;
import com.ladderbench.core.rules.RuleResult;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.EquityCurve;
import com.ladderbench.model.Fill;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.GeneratedIds;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.Side;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Trigger;
import com.ladderbench.model.Lots;
import com.ladderbench.model.TriggerStats;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One decision per symbol per bar (SPEC §4): candidates, guardrails, tier resolution, sizing,
 * execution. Bars of all symbols are processed in order of their close time. The loop reads
 * primitive columns and preallocated buffers only; it allocates when something happens (a
 * fill, a first missing-indicator notice), never per bar.
 *
 * <p>Bar counts (min hold, cooldown, latch, stale gaps) are in base bars of the symbol.
 * A decision at bar i reads bars up to i only.
 */
public final class TriggerEngine implements TierResolution.Outcome, TierResolution.Regime {
    private static final int PROGRESS_EVERY = 1 << 14;
    private static final int NEVER = Integer.MIN_VALUE / 2;
    /**
     * Up to this many stale marks equity is summed for an entry's target rather than bounded: re-adding
     * them costs less than the target twice (divisions).
     */
    private static final int EXACT_UP_TO = 24;

    private final RunConfig config;
    private final LotSize lotSize;
    private final List<String> symbols;
    private final BarSeries[] base;
    // per symbol, its base timeframe in milliseconds, and its closes: the loop reads no series object
    private final long[] barMillis;
    private final double[][] closes;
    // per symbol, its first bar that does not follow the previous one by one bar length (its size if none):
    // bars before it miss none, read without the time column, which with many symbols is out of cache
    private final int[] firstGap;
    private final Schedule schedule;
    private final PreparedTriggers triggers;
    private final CompiledRule[] regimeRules;
    private final Sizing sizing;
    private final TierResolution resolution;
    private final int latchBars;
    private final Double maxDailyLossPct;
    private final Ledger ledger;
    /** The books of a run that keeps only its metrics, in place of fills and the ledger (null otherwise). */
    private final TradeTally tally;
    // per symbol, its books in the ledger once it has traded (null before)
    private final PositionLifecycle[] books;
    private final EventLog events;
    private final List<Fill> fills = new ArrayList<>();
    private final Candidates candidates;
    private final EvalContext ctx = new EvalContext();
    // per trigger, this run's cursors over its entry and exit rules (null where the rule is)
    private final RuleCursor[] entryCursor;
    private final RuleCursor[] exitCursor;
    // per trigger, its clock (PreparedTriggers.clock), or null where it is the identity: a trigger on
    // its symbol's base timeframe is decided at every base bar, and the loop need not read a column for that
    private final int[][] ownClock;
    // per trigger, ConfidenceGrade.rank of its grade (tier resolution ranks candidates by it)
    private final int[] confidenceRank;
    // per trigger, its entry sign and stop_loss_pct (NaN: none): an entry reads columns, not the
    // trigger's objects, which with thousands of triggers are out of cache
    private final int[] entrySign;
    private final double[] stopPct;
    /** Null unless a decision trace was asked for; {@link #tracing} is true while a traced bar is decided. */
    private final DecisionTracer tracer;
    /** False for a run that keeps only what its metrics read: no block events, no equity curve. */
    private final boolean keepsDetail;
    private boolean tracing;
    private int pendingTraced = -1;

    // per-symbol state, indexed by symbol
    private final long[] lots;
    private final double[] wac;
    private final int[] latestEntryBar;
    private final int[] lastFillBar;
    private final int[] openedBar;
    private final int[] latchUntil;
    private final double[] lastClose;
    // qty of each position (set on a fill); qty x last close is its mark, set whenever either changes
    private final double[] heldQty;
    // the open symbols' marks and their sums in symbol order (equity, other symbols' exposure)
    private final OpenMarks marks;
    // the interval OpenMarks.estimate bounds equity in, low and high (reused: the loop allocates nothing)
    private final double[] equityBounds = new double[2];
    private final boolean[] exitRuleNoticeGiven;
    // orders waiting for the next bar's open (fill_model next_open)
    private final long[] pendingLots;
    private final int[] pendingTrigger;
    private final byte[] pendingKind;
    // per trigger: was the last evaluation missing (one notice per warm-up stretch)
    private final boolean[] entryWasMissing;
    private final boolean[] exitWasMissing;
    // per symbol: how many of its triggers' flags above are set (a decision may skip triggers only at 0)
    private final int[] missingFlags;
    // per symbol: which triggers may act at a bar (null: more than LiveTriggers.MAX_TRIGGERS, all are visited)
    private final LiveTriggers[] live;
    // per symbol: one of its triggers is a ladder category without an exit_rule (a notice when a position opens)
    private final boolean[] lacksExitRule;
    // the ENTERS_… flags of the entries this run evaluates
    private final int entersMine;
    // per trigger activity (trigger_stats), counted as it happens
    private final long[] barsTrue;
    private final long[] ordersFilled;
    // lots filled: a running sum while it fits a long, and the exact carry of sums that did not
    private final long[] lotsTraded;
    private final BigInteger[] lotsCarried;
    private final double[] realizedByTrigger;

    private double cash;
    private long fillSeq;
    private double dayStartEquity;
    private long currentDay = Long.MIN_VALUE;
    // the bar being decided, for event recording
    private int curSymbol;
    private int curBar;
    // the open time of the bar of this step (from its close: the loop does not read the symbol's time column)
    private long barTime;

    private TriggerEngine(Plan plan, RunConfig config, RunPreparation prep, DecisionTracer tracer,
            boolean keepsDetail, TradeTally reusedTally) throws InvalidInputException {
        this.config = config;
        this.tracer = tracer;
        this.keepsDetail = keepsDetail;
        this.lotSize = new LotSize(config.lotSize());
        this.symbols = prep.symbols();
        int n = symbols.size();
        this.base = new BarSeries[n];
        this.barMillis = new long[n];
        this.closes = new double[n][];
        for (int s = 0; s < n; s++) {
            base[s] = prep.base(s);
            barMillis[s] = base[s].timeframe().millis();
            closes[s] = base[s].close();
        }
        this.firstGap = new int[n];
        for (int s = 0; s < n; s++) firstGap[s] = firstGap(base[s].time(), barMillis[s]);
        // the schedule after the triggers: preparing them builds it beside their indicators
        this.triggers = prep.triggers();
        this.schedule = prep.schedule();
        this.regimeRules = prep.regimeRules();
        this.sizing = sizing(plan, prep, lotSize);
        this.latchBars = plan.riskOff().latchBars();
        this.maxDailyLossPct = plan.riskConstraints().maxDailyLossPct();
        ConfidenceGrade threshold = config.confidenceOverrideThreshold();
        this.resolution = new TierResolution(ConfidenceGrade.rank(threshold), threshold != null);
        // fill ids are the engine's own sequence: distinct by construction, not looked up in a set per fill
        this.ledger = Ledger.ofDistinctIds(lotSize);
        this.tally = keepsDetail ? null : reusedTally != null
                ? reusedTally.reset(symbols, lotSize) : new TradeTally(symbols, lotSize);
        this.candidates = new Candidates(2 * Math.max(1, triggers.maxPerSymbol()));
        lots = new long[n];
        books = new PositionLifecycle[n];
        wac = new double[n];
        latestEntryBar = filled(n, NEVER);
        lastFillBar = filled(n, NEVER);
        openedBar = filled(n, NEVER);
        latchUntil = filled(n, NEVER);
        lastClose = new double[n];
        heldQty = new double[n];
        marks = new OpenMarks(n);
        exitRuleNoticeGiven = new boolean[n];
        pendingLots = new long[n];
        pendingTrigger = new int[n];
        pendingKind = new byte[n];
        entryWasMissing = new boolean[triggers.size()];
        exitWasMissing = new boolean[triggers.size()];
        missingFlags = new int[n];
        events = new EventLog(triggers.size(), keepsDetail);
        barsTrue = new long[triggers.size()];
        ordersFilled = new long[triggers.size()];
        lotsTraded = new long[triggers.size()];
        lotsCarried = new BigInteger[triggers.size()];
        Arrays.fill(lotsCarried, BigInteger.ZERO);
        realizedByTrigger = new double[triggers.size()];
        entryCursor = new RuleCursor[triggers.size()];
        exitCursor = new RuleCursor[triggers.size()];
        ownClock = new int[triggers.size()][];
        confidenceRank = new int[triggers.size()];
        entrySign = new int[triggers.size()];
        stopPct = new double[triggers.size()];
        // every cursor computes its blocks in the same buffers: with many symbols they stay in cache
        RuleCursor.Scratch scratch = new RuleCursor.Scratch();
        for (int k = 0; k < triggers.size(); k++) {
            PreparedTrigger t = triggers.get(k);
            if (t.trigger().timeframe() != base[t.symbolIndex()].timeframe()) ownClock[k] = triggers.clock(k);
            confidenceRank[k] = t.confidenceRank();
            entrySign[k] = t.entrySign();
            Double stop = t.trigger().stopLossPct();
            stopPct[k] = stop == null ? Double.NaN : stop;
            if (t.entry() != null) entryCursor[k] = t.entry().cursor(scratch);
            if (t.exit() != null) exitCursor[k] = t.exit().cursor(scratch);
        }
        entersMine = PreparedTriggers.ENTERS_LONG | (config.allowShort() ? PreparedTriggers.ENTERS_SHORT : 0);
        live = new LiveTriggers[n];
        lacksExitRule = new boolean[n];
        for (int s = 0; s < n; s++) {
            int[] mine = triggers.ofSymbol(s);
            for (int idx : mine) lacksExitRule[s] |= (triggers.flags(idx) & PreparedTriggers.LACKS_EXIT_RULE) != 0;
            if (mine.length <= LiveTriggers.MAX_TRIGGERS) {
                live[s] = new LiveTriggers(mine, triggers, entersMine, entryCursor, exitCursor, ownClock, base[s].size());
            }
        }
        cash = config.initialCash();
        dayStartEquity = cash;
    }

    /** Runs a plan over market data. */
    public static EngineRun run(Plan plan, MarketData data, RunConfig config, RunMonitor monitor)
            throws InvalidInputException {
        return run(plan, data, config, monitor, null);
    }

    /** Runs a plan with a decision tracer watching the bars it asks for (null: none). */
    public static EngineRun run(Plan plan, MarketData data, RunConfig config, RunMonitor monitor,
            DecisionTracer tracer) throws InvalidInputException {
        return prepare(plan, new PreparedData(data), config, tracer).run(monitor);
    }

    /** Runs a plan over data whose indicators and clocks other runs may share (a sweep's points). */
    public static EngineRun run(Plan plan, PreparedData data, RunConfig config, RunMonitor monitor)
            throws InvalidInputException {
        return prepare(plan, data, config, null).run(monitor);
    }

    /**
     * The same run keeping only what its metrics read (a sweep's point): its trades in a
     * {@link TradeTally} (no fills, an empty ledger), event counts and the {@link EquitySummary},
     * but no block events and no equity curve ({@link EngineRun#events} is empty,
     * {@link EngineRun#equity} null), so a point's garbage is a few primitive columns.
     */
    public static EngineRun runForMetrics(Plan plan, PreparedData data, RunConfig config, RunMonitor monitor)
            throws InvalidInputException {
        return runForMetrics(plan, data, config, monitor, null);
    }

    /**
     * As {@link #runForMetrics(Plan, PreparedData, RunConfig, RunMonitor)}, booking into
     * {@code books} ({@link TradeTally#reset} first; null: a new tally), which the result's
     * {@link EngineRun#tally} then is: a sweep's worker passes its one tally to point after point,
     * so a point's trades allocate nothing and the results are the same as with a new tally.
     */
    public static EngineRun runForMetrics(Plan plan, PreparedData data, RunConfig config, RunMonitor monitor,
            TradeTally books) throws InvalidInputException {
        return new TriggerEngine(plan, config, new RunPreparation(plan, data), null, false, books).run(monitor);
    }

    /**
     * Everything before the per-bar loop: rules compiled and the referenced indicators computed.
     * Split from {@link #run(RunMonitor)} so a benchmark can time the two apart; an engine runs once.
     */
    public static TriggerEngine prepare(Plan plan, MarketData data, RunConfig config) throws InvalidInputException {
        return prepare(plan, new PreparedData(data), config);
    }

    /** As {@link #prepare(Plan, MarketData, RunConfig)}, taking what {@code data} already holds computed. */
    public static TriggerEngine prepare(Plan plan, PreparedData data, RunConfig config) throws InvalidInputException {
        return prepare(plan, data, config, null);
    }

    private static TriggerEngine prepare(Plan plan, PreparedData data, RunConfig config, DecisionTracer tracer)
            throws InvalidInputException {
        return new TriggerEngine(plan, config, new RunPreparation(plan, data), tracer, true, null);
    }

    /** The per-bar loop over a prepared engine (call once). */
    public EngineRun run(RunMonitor monitor) throws InvalidInputException {
        try {
            return loop(monitor);
        } catch (Sizing.TooManyLotsException e) {
            throw InvalidInputException.of(null, "config.lot_size", e.getMessage());
        }
    }

    private static Sizing sizing(Plan plan, RunPreparation prep, LotSize lotSize) {
        int n = prep.symbols().size();
        SizingRule[] rules = new SizingRule[n];
        double[][] vol = new double[n][];
        for (SizingRule r : plan.sizingRules()) {
            int s = prep.symbols().indexOf(r.symbol());
            if (s < 0) continue;
            rules[s] = r;
            if (r.sizingMode() == SizingMode.VOL_TARGET) {
                vol[s] = prep.baseIndicator(s, IndicatorSpec.parse("realized_vol_short").orElseThrow());
            }
        }
        return new Sizing(rules, vol, plan.riskConstraints(), lotSize);
    }

    /** The first bar {@code i >= 1} whose open is not its predecessor's plus {@code step}; {@code time.length} if none. */
    static int firstGap(long[] time, long step) {
        for (int i = 1; i < time.length; i++) {
            if (time[i] - time[i - 1] != step) return i;
        }
        return time.length;
    }

    private static int[] filled(int n, int v) {
        int[] a = new int[n];
        Arrays.fill(a, v);
        return a;
    }

    private EngineRun loop(RunMonitor monitor) {
        int steps = schedule.size();
        long[] eqTime = keepsDetail ? new long[schedule.distinctCloses()] : null;
        double[] eqValue = keepsDetail ? new double[eqTime.length] : null;
        EquitySummary summary = new EquitySummary(config.initialCash());
        int points = 0;
        int inPosition = 0;
        long latestBarTime = Long.MIN_VALUE;
        for (int k = 0; k < steps; k++) {
            if ((k & (PROGRESS_EVERY - 1)) == 0) {
                if (monitor.isCancelled()) throw new RunCancelledException();
                monitor.progress((double) k / steps);
            }
            int s = schedule.symbol(k);
            int i = schedule.bar(k);
            long closeTime = schedule.closeTime(k);
            rollDay(closeTime);
            // the bar's open time from its close: the loop does not touch the symbol's time column
            barTime = closeTime - barMillis[s];
            if (pendingLots[s] != 0) fillPending(s, i);
            lastClose[s] = closes[s][i];
            if (lots[s] != 0) remark(s);
            decide(s, i);
            latestBarTime = Math.max(latestBarTime, barTime);
            boolean lastAtThisClose = k + 1 == steps || schedule.closeTime(k + 1) != closeTime;
            if (lastAtThisClose) {
                double e = equity();
                if (keepsDetail) {
                    // labelled like the data: the timestamp of the latest bar that closed here
                    eqTime[points] = latestBarTime;
                    eqValue[points] = e;
                }
                latestBarTime = Long.MIN_VALUE;
                summary.add(e);
                if (anyPosition()) inPosition++;
                points++;
            }
        }
        monitor.progress(1.0);
        return new EngineRun(symbols, List.copyOf(fills), ledger,
                keepsDetail ? events.materialize(triggers, base, thresholdName()) : List.of(),
                keepsDetail ? new EquityCurve(eqTime, eqValue) : null, summary, cash,
                lastClose.clone(), inPosition, triggerStats(), tally);
    }

    private List<TriggerStats> triggerStats() {
        List<TriggerStats> out = new ArrayList<>(triggers.size());
        BlockReason[] reasons = BlockReason.values();
        for (int k = 0; k < triggers.size(); k++) {
            Trigger t = triggers.get(k).trigger();
            Map<BlockReason, Long> byReason = new EnumMap<>(BlockReason.class);
            for (BlockReason r : reasons) {
                long n = events.count(k, r);
                if (n > 0) byReason.put(r, n);
            }
            out.add(new TriggerStats(t.id(), t.symbol(), t.category(), barsTrue[k], ordersFilled[k],
                    Lots.qty(lotsCarried[k].add(BigInteger.valueOf(lotsTraded[k])), lotSize.lotSize()),
                    realizedByTrigger[k], byReason));
        }
        return out;
    }

    private String thresholdName() {
        return config.confidenceOverrideThreshold() == null ? "none" : config.confidenceOverrideThreshold().name();
    }

    // ---------------------------------------------------------------- decision

    private void decide(int s, int i) {
        curSymbol = s;
        curBar = i;
        BarSeries bars = base[s];
        int sign = Long.signum(lots[s]);
        // a local for the loops below: the field is re-read only off the hot path (guards, proposals)
        final boolean traced = tracer != null && tracer.traces(symbols.get(s), bars.time()[i]);
        tracing = traced;
        candidates.clear();
        int[] mine = triggers.ofSymbol(s);
        LiveTriggers liveHere = live[s];
        // visiting only the triggers with a rule that may be TRUE or MISSING is exact when visiting the
        // others would do nothing: their missing flags clear, no exit-rule notice due, no trace to show
        boolean onlyLive = liveHere != null && !traced && missingFlags[s] == 0
                && (sign == 0 || exitRuleNoticeGiven[s] || !lacksExitRule[s]);
        long liveTriggers = onlyLive ? liveHere.triggersAt(i, sign) : 0;
        if (onlyLive && liveTriggers == 0) return;
        double price = bars.close()[i];
        ctx.positionSign = sign;
        ctx.barsInPosition = sign == 0 ? 0 : i - openedBar[s];
        ctx.unrealizedPnlPct = sign == 0 ? 0 : sign * (price - wac[s]) / wac[s] * 100.0;
        if (traced) tracer.position(lots[s], wac[s], ctx.barsInPosition);
        int exitsMine = sign > 0 ? PreparedTriggers.EXITS_LONGS : sign < 0 ? PreparedTriggers.EXITS_SHORTS : 0;
        if (onlyLive) {
            for (long t = liveTriggers; t != 0; t &= t - 1) {
                decide(mine[LiveTriggers.first(t)], s, i, sign, price, exitsMine, false);
            }
        } else {
            for (int idx : mine) decide(idx, s, i, sign, price, exitsMine, traced);
        }
        if (candidates.size() == 0) return;
        applyLatch(s, i);
        int winner = resolution.resolve(candidates, this, this);
        if (traced) traceWinner(s, winner);
        if (winner >= 0 && candidates.placesOrder(winner)) order(s, i, winner);
    }

    /** One trigger's part of the decision at bar i of symbol s: its rules evaluated, its candidates proposed. */
    private void decide(int idx, int s, int i, int sign, double price, int exitsMine, boolean traced) {
        // the trigger object is loaded only when something happens (a rule true or missing, a trace)
        int[] clock = ownClock[idx];
        int own = clock == null ? i : clock[i];
        if (own < 0) return;
        int f = triggers.flags(idx);
        if (traced) tracer.trigger(triggers.get(idx).trigger());
        ctx.bar = own;
        if (sign != 0 && (f & PreparedTriggers.LACKS_EXIT_RULE) != 0 && !exitRuleNoticeGiven[s]) {
            exitRuleNoticeGiven[s] = true;
            record(idx, BlockReason.MISSING_EXIT_RULE, EventLog.NONE, 0, 0);
        }
        boolean fired = false;
        if ((f & exitsMine) != 0) {
            int r = exitCursor[idx].evaluate(ctx);
            if (traced) traceRule(triggers.get(idx), DecisionTracer.RuleRole.EXIT, r);
            if (r == RuleResult.TRUE) {
                fired = true;
                proposeExit(triggers.get(idx), s, i, price);
            }
            noteMissing(r, idx, s, false);
        } else if (sign == 0 && (f & PreparedTriggers.FLAT_VETO) != 0) {
            // flat, the circuit breaker still vetoes opening a position on this bar
            int r = exitCursor[idx].evaluate(ctx);
            if (traced) traceRule(triggers.get(idx), DecisionTracer.RuleRole.EXIT, r);
            if (r == RuleResult.TRUE) {
                fired = true;
                addCandidate(idx, Tier.EMERGENCY_EXIT, 0, Candidates.VETO, false);
            }
            noteMissing(r, idx, s, false);
        }
        if ((f & entersMine) != 0) {
            int r = entryCursor[idx].evaluate(ctx);
            if (traced) traceRule(triggers.get(idx), DecisionTracer.RuleRole.ENTRY, r);
            if (r == RuleResult.TRUE) {
                fired = true;
                proposeEntry(triggers.get(idx), s, i, price);
            }
            noteMissing(r, idx, s, true);
        }
        if (fired) barsTrue[idx]++;
    }

    private void traceRule(PreparedTrigger t, DecisionTracer.RuleRole role, int result) {
        tracer.rule(t.trigger(), role, role == DecisionTracer.RuleRole.ENTRY ? t.entry() : t.exit(), ctx, result);
    }

    private void addCandidate(int trig, Tier tier, long orderLots, byte kind, boolean dust) {
        if (tracing) traceCandidate(trig, tier, kind, orderLots, dust, null);
        candidates.add(trig, confidenceRank[trig], tier, orderLots, kind, dust);
    }

    private void traceCandidate(int trig, Tier tier, byte kind, long orderLots, boolean dust, BlockReason blocked) {
        tracer.candidate(triggers.get(trig).trigger(), tier, Candidates.kindName(kind), orderLots, dust, blocked);
    }

    private void traceWinner(int s, int winner) {
        if (winner < 0) {
            tracer.winner(null, null, 0);
            return;
        }
        int trig = candidates.trigger(winner);
        byte kind = candidates.kind(winner);
        long signed = candidates.placesOrder(winner) ? signedOrder(s, trig, kind, candidates.lots(winner)) : 0;
        tracer.winner(triggers.get(trig).trigger(), Candidates.kindName(kind), signed);
    }

    /**
     * One missing_indicator notice per warm-up stretch of a rule, not one per bar: the rule's flag
     * remembers whether its last evaluation was missing (and its symbol's count of set flags).
     */
    private void noteMissing(int result, int idx, int s, boolean entry) {
        boolean[] flags = entry ? entryWasMissing : exitWasMissing;
        boolean wasMissing = flags[idx];
        boolean missing = result == RuleResult.MISSING;
        if (missing == wasMissing) return;
        flags[idx] = missing;
        missingFlags[s] += missing ? 1 : -1;
        if (missing) {
            CompiledRule rule = entry ? triggers.get(idx).entry() : triggers.get(idx).exit();
            events.addMissing(curBar, idx, !entry, rule, ctx);
        }
    }

    private void proposeExit(PreparedTrigger t, int s, int i, double price) {
        long cur = Math.abs(lots[s]);
        double f = t.trigger().effectiveExitFraction();
        long exitLots = cur;
        boolean dust = false;
        if (f < 1.0 && !t.trigger().category().alwaysFlattens()) {
            exitLots = partialLots(cur, f);
            long remainder = cur - exitLots;
            // a fraction that rounds to zero lots stays zero: the min_trade guard blocks it, no order
            if (exitLots > 0 && remainder > 0 && belowMinTrade(remainder, price)) {
                exitLots = cur;
                dust = true;
            }
        }
        byte kind = exitLots == cur ? Candidates.EXIT : Candidates.PARTIAL_EXIT;
        BlockReason blocked = Guardrails.check(this, t, t.exitTier(), exitLots, s, i, price);
        if (blocked != null) {
            if (tracing) traceCandidate(t.index(), t.exitTier(), kind, exitLots, dust, blocked);
            // a blocked circuit breaker places no order, but its symbol still opens or adds nothing
            if (t.exitTier().isEmergency()) addCandidate(t.index(), Tier.EMERGENCY_EXIT, 0, Candidates.VETO, false);
            return;
        }
        addCandidate(t.index(), t.exitTier(), exitLots, kind, dust);
    }

    /** A partial exit rounds down to whole lots; a hair below a whole lot (binary noise) counts as it. */
    private static long partialLots(long positionLots, double fraction) {
        return (long) Math.floor(positionLots * fraction * (1 + 1e-12));
    }

    private void proposeEntry(PreparedTrigger t, int s, int i, double price) {
        long cur = lots[s];
        int dir = entrySign[t.index()];
        double stop = stopPct[t.index()];
        // the other symbols' exposure is a sum over every open position: summed only for a cap that reads it
        double others = sizing.readsOtherExposure() ? otherExposure(s) : 0;
        long target = targetLots(s, i, price, stop, others);
        if (target == Sizing.MISSING_VOL) {
            if (!entryWasMissing[t.index()]) {
                record(t.index(), BlockReason.MISSING_INDICATOR, EventLog.NONE, 0, 0,
                        "realized_vol_short for vol_target sizing is warming up");
            }
            if (tracing) traceCandidate(t.index(), Tier.ENTRY, Candidates.OPEN, 0, false, BlockReason.MISSING_INDICATOR);
            return;
        }
        byte kind;
        long orderLots;
        if (cur == 0) {
            kind = Candidates.OPEN;
            orderLots = target;
        } else if (Long.signum(cur) == dir) {
            // a top-up below the min-trade threshold is noise: the position is at target in effect
            if (!config.allowScaleIn() || Math.abs(cur) >= target
                    || belowMinTrade(target - Math.abs(cur), price)) {
                kind = Candidates.HOLD_VOTE;
                orderLots = 0;
            } else {
                kind = Candidates.TOP_UP;
                orderLots = target - Math.abs(cur);
            }
        } else {
            kind = Candidates.REVERSAL;
            orderLots = Math.abs(cur) + target;
        }
        if (kind != Candidates.HOLD_VOTE) {
            if (target == 0 && sizing.lastCap() != Sizing.CAP_NONE) {
                BlockReason why = isStale(s, i) ? BlockReason.STALE_DATA : BlockReason.EXPOSURE_CAP;
                if (why == BlockReason.STALE_DATA) {
                    record(t.index(), BlockReason.STALE_DATA, EventLog.NONE, missingBars(s, i), config.staleGapBars());
                } else {
                    record(t.index(), BlockReason.EXPOSURE_CAP, EventLog.NONE, sizing.lastCap(), 0);
                }
                if (tracing) traceCandidate(t.index(), Tier.ENTRY, kind, orderLots, false, why);
                return;
            }
            BlockReason blocked = Guardrails.check(this, t, Tier.ENTRY, orderLots, s, i, price);
            if (blocked != null) {
                if (tracing) traceCandidate(t.index(), Tier.ENTRY, kind, orderLots, false, blocked);
                return;
            }
        } else if (isStale(s, i)) {
            record(t.index(), BlockReason.STALE_DATA, EventLog.NONE, missingBars(s, i), config.staleGapBars());
            if (tracing) traceCandidate(t.index(), Tier.ENTRY, kind, orderLots, false, BlockReason.STALE_DATA);
            return;
        }
        addCandidate(t.index(), Tier.ENTRY, orderLots, kind, false);
    }

    /**
     * The sizing target at the current equity. Summing equity re-adds every open mark after the first
     * changed one, in symbol order; with many open that is most of an entry's work, though the target
     * reads equity only through whole lots. So when many marks are stale, the target is first worked
     * out at both ends of an interval sure to hold the equity: the same number of lots at both is the
     * target (it never falls as equity rises), and equity is summed only when they differ.
     */
    private long targetLots(int s, int i, double price, double stop, double others) {
        if (marks.staleMarks() > EXACT_UP_TO && marks.estimate(cash, equityBounds)) {
            long settled = sizing.settledTargetLots(s, i, price, equityBounds[0], equityBounds[1], stop, others);
            if (settled != Sizing.UNSETTLED) return settled;
        }
        return sizing.targetLots(s, i, price, equity(), stop, others);
    }

    /** Entries during the risk_off latch are preempted and cannot override. */
    private void applyLatch(int s, int i) {
        if (i > latchUntil[s]) return;
        for (int c = 0; c < candidates.size(); c++) {
            if (candidates.alive(c) && candidates.isEntry(c)) {
                record(candidates.trigger(c), BlockReason.RISK_OFF_PREEMPTS_ENTRY, EventLog.LATCH,
                        latchUntil[s] - i + 1, 0);
                candidates.drop(c);
            }
        }
    }

    @Override
    public boolean inRiskOffRegime() {
        CompiledRule rule = regimeRules[curSymbol];
        if (rule == null) return false;
        ctx.bar = curBar;
        int r = rule.evaluate(ctx);
        if (tracing) tracer.rule(null, DecisionTracer.RuleRole.REGIME, rule, ctx, r);
        return r == RuleResult.TRUE;
    }

    @Override
    public void lost(int loserTrigger, BlockReason reason, int winnerTrigger) {
        record(loserTrigger, reason, winnerTrigger, 0, 0);
    }

    // ---------------------------------------------------------------- guard inputs (read by Guardrails)

    boolean isStale(int s, int i) { return missingBars(s, i) > config.staleGapBars(); }

    long missingBars(int s, int i) {
        if (i < firstGap[s]) return 0;
        long[] t = base[s].time();
        long gap = t[i] - t[i - 1];
        long step = barMillis[s];
        // bars mostly follow each other without a gap: no division for those
        return gap == step ? 0 : gap / step - 1;
    }

    int latestEntryBar(int s) { return latestEntryBar[s]; }

    int openedBar(int s) { return openedBar[s]; }

    long positionLots(int s) { return lots[s]; }

    int lastFillBar(int s) { return lastFillBar[s]; }

    RunConfig config() { return config; }

    BarSeries bars(int s) { return base[s]; }

    double qty(long l) { return lotSize.toQty(l); }

    boolean belowMinTrade(long orderLots, double price) {
        double q = lotSize.toQty(orderLots);
        return q < config.minTradeQty() || q * price < config.minTradeNotional();
    }

    boolean holdRuleTrue(PreparedTrigger t) {
        if (t.hold() == null) return false;
        int r = t.hold().evaluate(ctx);
        if (tracing) tracer.rule(t.trigger(), DecisionTracer.RuleRole.HOLD, t.hold(), ctx, r);
        return r == RuleResult.TRUE;
    }

    boolean tracing() { return tracing; }

    DecisionTracer tracer() { return tracer; }

    Double maxDailyLossPct() { return maxDailyLossPct; }

    double dailyLossPct() {
        if (dayStartEquity <= 0) return 0;
        return Math.max(0, (1 - equity() / dayStartEquity) * 100.0);
    }

    void record(int trigger, BlockReason reason, int preemptedBy, double a, double b) {
        events.add(curBar, trigger, reason, preemptedBy, a, b);
    }

    private void record(int trigger, BlockReason reason, int preemptedBy, double a, double b, String detail) {
        events.add(curBar, trigger, reason, preemptedBy, a, b, detail);
    }

    // ---------------------------------------------------------------- execution

    private void order(int s, int i, int c) {
        int trig = candidates.trigger(c);
        byte kind = candidates.kind(c);
        long orderLots = candidates.lots(c);
        if (candidates.dust(c)) {
            PreparedTrigger t = triggers.get(trig);
            long partial = partialLots(Math.abs(lots[s]), t.trigger().effectiveExitFraction());
            record(trig, BlockReason.DUST_SWEEP, EventLog.NONE, qty(Math.abs(lots[s]) - partial), 0);
        }
        long signed = signedOrder(s, trig, kind, orderLots);
        if (config.fillModel() == FillModel.NEXT_OPEN) {
            pendingLots[s] = signed;
            pendingTrigger[s] = trig;
            pendingKind[s] = kind;
            if (tracing) pendingTraced = s;
        } else {
            execute(s, i, base[s].close()[i], signed, trig, kind, tracing);
        }
    }

    private long signedOrder(int s, int trig, byte kind, long orderLots) {
        if (kind == Candidates.EXIT || kind == Candidates.PARTIAL_EXIT) return -Long.signum(lots[s]) * orderLots;
        return entrySign[trig] * orderLots;
    }

    private void fillPending(int s, int i) {
        long signed = pendingLots[s];
        pendingLots[s] = 0;
        byte kind = pendingKind[s];
        // the position cannot have changed since the decision: one decision per bar, filled before the next
        boolean traced = pendingTraced == s;
        if (traced) pendingTraced = -1;
        execute(s, i, base[s].open()[i], signed, pendingTrigger[s], kind, traced);
    }

    private void execute(int s, int i, double rawPrice, long signedLots, int trig, byte kind, boolean traced) {
        Side side = signedLots > 0 ? Side.BUY : Side.SELL;
        double price = rawPrice * (1 + side.sign() * config.slippageBps() / 10_000.0);
        double q = lotSize.toQty(Math.abs(signedLots)); // money only: the fill carries the lots
        double fee = q * price * config.feeBps() / 10_000.0;
        Trigger t = triggers.get(trig).trigger();
        boolean entry = kind <= Candidates.REVERSAL;
        Double exitFraction = kind == Candidates.PARTIAL_EXIT ? t.exitFraction() : null;
        Double stop = entry ? t.stopLossPct() : null;
        long orderLots = Math.abs(signedLots);
        Fill fill = null;
        if (tally != null) {
            // a run that keeps only its metrics books into its tally: no Fill, no ledger
            realizedByTrigger[trig] += tally.book(s, i, barTime, side.sign(), orderLots, price, fee);
        } else {
            fill = new Fill(GeneratedIds.format('F', ++fillSeq), barTime, symbols.get(s), t.timeframe(),
                    side, orderLots, lotSize.lotSize(), price, fee, t.id(), t.category(), reasonOf(kind),
                    exitFraction, stop);
            fills.add(fill);
            // only an exit leg realizes anything, and a crossing fill has one: one sum, as leg by leg
            realizedByTrigger[trig] += ledger.book(fill);
        }
        ordersFilled[trig]++;
        countTraded(trig, orderLots);
        cash -= side.sign() * q * price + fee;
        long before = lots[s];
        if (tally != null) {
            lots[s] = tally.lots(s);
            wac[s] = tally.wac(s);
        } else {
            PositionLifecycle position = books[s];
            if (position == null) {
                position = ledger.position(symbols.get(s));
                books[s] = position;
            }
            lots[s] = position.lots();
            wac[s] = position.wac();
        }
        if ((before == 0) != (lots[s] == 0)) trackOpen(s, lots[s] != 0);
        heldQty[s] = lotSize.toQty(lots[s]);
        remark(s);
        lastFillBar[s] = i;
        if (entry) {
            latestEntryBar[s] = i;
            if (before == 0 || kind == Candidates.REVERSAL) openedBar[s] = i;
        }
        if (lots[s] == 0) {
            openedBar[s] = NEVER;
            exitRuleNoticeGiven[s] = false;
        }
        if (!entry && t.category() == Category.RISK_OFF && latchBars > 0) latchUntil[s] = i + latchBars;
        if (traced) tracer.filled(fill, lots[s], wac[s]);
    }

    /** Adds a fill's lots to its trigger's count, exactly: a sum past 64 bits carries over into a BigInteger. */
    private void countTraded(int trig, long orderLots) {
        long sum = lotsTraded[trig];
        long after = sum + orderLots;
        if (after < sum) { // wrapped (orderLots is positive): carry what was summed so far
            lotsCarried[trig] = lotsCarried[trig].add(BigInteger.valueOf(sum));
            after = orderLots;
        }
        lotsTraded[trig] = after;
    }

    private void trackOpen(int s, boolean nowOpen) {
        marks.track(s, nowOpen);
    }

    private static String reasonOf(byte kind) {
        switch (kind) {
            case Candidates.OPEN: return "open";
            case Candidates.TOP_UP: return "scale_in";
            case Candidates.REVERSAL: return "reversal";
            case Candidates.PARTIAL_EXIT: return "partial_exit";
            default: return "exit";
        }
    }

    // ---------------------------------------------------------------- marks

    /**
     * A symbol's position or last close changed (the cash too, on a fill): its mark is re-taken.
     * The sums over all symbols are re-added from its place in symbol order when next asked, the
     * same additions in the same order as ever ({@link OpenMarks}).
     */
    private void remark(int s) {
        marks.mark(s, heldQty[s] * lastClose[s]);
    }

    private double equity() {
        return marks.equity(cash);
    }

    private double otherExposure(int except) {
        return marks.otherExposure(except);
    }

    private boolean anyPosition() {
        return marks.any();
    }

    /** Daily loss is measured from the equity marked at the last close of the previous UTC day. */
    private void rollDay(long closeTime) {
        long day = Math.floorDiv(closeTime - 1, 86_400_000L);
        if (day != currentDay) {
            if (currentDay != Long.MIN_VALUE) dayStartEquity = equity();
            currentDay = day;
        }
    }
}
