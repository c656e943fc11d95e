package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.core.rules.CompiledRule;
import com.ladderbench.core.rules.EvalContext;
import com.ladderbench.core.rules.MissingSeries;
import com.ladderbench.core.rules.RuleCompiler;
import com.ladderbench.core.rules.RuleSyntaxException;
import com.ladderbench.core.rules.SeriesColumn;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.BlockReason;
import com.ladderbench.model.Category;
import com.ladderbench.model.Direction;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event log keeps events in chunks: the first grows from a small start, the rest are added
 * whole, and every event reads back as recorded, on either side of a chunk's edge.
 */
class EventLogTest {
    private static final int BARS = 100;

    private static PreparedTriggers twoTriggers() {
        Trigger a = new Trigger("a", "BTC-USD", Timeframe.H1, Direction.EXIT, Category.OTHER, null, null, "x",
                null, null, null);
        Trigger b = new Trigger("b", "BTC-USD", Timeframe.H1, Direction.EXIT, Category.RISK_REDUCE, null, null, "x",
                null, null, 0.5);
        return new PreparedTriggers(List.of(PreparedTrigger.of(0, a, 0, null, null, null, null),
                PreparedTrigger.of(1, b, 0, null, null, null, null)), 1);
    }

    private static BarSeries bars() {
        long[] time = new long[BARS];
        double[] close = new double[BARS];
        for (int i = 0; i < BARS; i++) {
            time[i] = i * 3_600_000L;
            close[i] = 100 + i;
        }
        return new BarSeries("BTC-USD", Timeframe.H1, time, close, close, close, close, close, null, "test");
    }

    /** Event k: at bar k % BARS, of trigger k % 2, a cooldown of k of k + 1 bars. */
    private static void record(EventLog log, int k) {
        log.add(k % BARS, k % 2, BlockReason.COOLDOWN, EventLog.NONE, k, k + 1);
    }

    @Test
    void aSmallRunHoldsOnlyTheFirstSmallChunk() {
        EventLog log = new EventLog(2);
        for (int k = 0; k < 256; k++) record(log, k);
        assertEquals(256, log.capacity(), "256 events fit the first chunk as it starts");
        record(log, 256);
        assertEquals(512, log.capacity(), "the first chunk doubles");
    }

    @Test
    void pastTheFirstChunkWholeChunksAreAddedAndNothingIsCopied() {
        EventLog log = new EventLog(2);
        for (int k = 0; k < EventLog.CHUNK; k++) record(log, k);
        assertEquals(EventLog.CHUNK, log.capacity(), "the first chunk stops doubling at a chunk's size");
        record(log, EventLog.CHUNK);
        assertEquals(2 * EventLog.CHUNK, log.capacity());
        for (int k = EventLog.CHUNK + 1; k < 2 * EventLog.CHUNK + 1; k++) record(log, k);
        assertEquals(3 * EventLog.CHUNK, log.capacity());
    }

    @Test
    void everyEventReadsBackAsRecordedOnEitherSideOfAChunksEdge() {
        EventLog log = new EventLog(2);
        int n = 2 * EventLog.CHUNK + 3;
        for (int k = 0; k < n; k++) record(log, k);
        log.add(7, 1, BlockReason.MISSING_INDICATOR, EventLog.NONE, 0, 0, "rsi_14 is warming up");
        BarSeries series = bars();
        List<BlockEvent> events = log.materialize(twoTriggers(), new BarSeries[] {series}, "A");
        assertEquals(n + 1, events.size());
        for (int k : new int[] {0, 255, 256, EventLog.CHUNK - 1, EventLog.CHUNK, EventLog.CHUNK + 1,
                2 * EventLog.CHUNK - 1, 2 * EventLog.CHUNK, n - 1}) {
            BlockEvent e = events.get(k);
            assertEquals(k, e.seq());
            assertEquals(k % 2 == 0 ? "a" : "b", e.triggerId(), "event " + k);
            assertEquals(series.time()[k % BARS], e.timestamp(), "event " + k);
            assertEquals(100.0 + k % BARS, e.price(), 0.0, "event " + k);
            assertEquals(BlockReason.COOLDOWN, e.reason());
            assertEquals(k + " of " + (k + 1) + " cooldown bars since the last fill", e.detail(), "event " + k);
            assertNull(e.preemptedBy());
        }
        BlockEvent last = events.get(n);
        assertEquals("rsi_14 is warming up", last.detail());
        assertEquals("b", last.triggerId());
        assertEquals(series.time()[7], last.timestamp());
        assertEquals((n + 1) / 2, log.count(0, BlockReason.COOLDOWN), "counted as recorded: even events");
        assertEquals(n / 2, log.count(1, BlockReason.COOLDOWN), "odd events");
        assertEquals(1, log.count(1, BlockReason.MISSING_INDICATOR));
    }

    @Test
    void aPreemptedEventNamesItsWinnerAcrossAChunksEdge() {
        EventLog log = new EventLog(2);
        for (int k = 0; k < EventLog.CHUNK; k++) record(log, k);
        log.add(3, 0, BlockReason.EXIT_PREEMPTS_ENTRY, 1, 0, 0);
        log.add(4, 1, BlockReason.RISK_OFF_PREEMPTS_ENTRY, EventLog.LATCH, 5, 0);
        List<BlockEvent> events = log.materialize(twoTriggers(), new BarSeries[] {bars()}, "A");
        assertEquals("b", events.get(EventLog.CHUNK).preemptedBy());
        assertEquals(EventLog.LATCH_NAME, events.get(EventLog.CHUNK + 1).preemptedBy());
        assertEquals("risk_off latch active for 5 more bars", events.get(EventLog.CHUNK + 1).detail());
    }

    /** sma_long warms up for 3 bars, rsi_14 for 1; close is always there. */
    private static CompiledRule compiled(String rule) throws RuleSyntaxException {
        double nan = Double.NaN;
        double[] smaLong = {nan, nan, nan, 4, 5};
        double[] rsi = {nan, 50, 50, 50, 50};
        double[] close = {1, 2, 3, 4, 5};
        return RuleCompiler.compile(rule, ref -> new SeriesColumn(
                ref.spec().equals(IndicatorSpec.parse("sma_long").orElseThrow()) ? smaLong
                : ref.spec().equals(IndicatorSpec.parse("rsi_14").orElseThrow()) ? rsi : close, null));
    }

    @Test
    void aMissingNoticeReadsAsItsOwnRulesMissingSeriesAtItsBarEntryAndExitApart() throws RuleSyntaxException {
        CompiledRule entry = compiled("close > sma_long and rsi_14 > 40");
        CompiledRule exit = compiled("close[2] < sma_long");
        Trigger t = new Trigger("a", "BTC-USD", Timeframe.H1, Direction.LONG, Category.TREND_CONTINUATION, null,
                entry.source(), exit.source(), null, null, null);
        PreparedTriggers triggers = new PreparedTriggers(List.of(PreparedTrigger.of(0, t, 0, entry, exit, null, null)), 1);
        EventLog log = new EventLog(1);
        EvalContext ctx = new EvalContext();
        ctx.bar = 0;
        log.addMissing(0, 0, false, entry, ctx);
        log.addMissing(0, 0, true, exit, ctx);
        ctx.bar = 2;
        log.addMissing(2, 0, false, entry, ctx);
        log.add(2, 0, BlockReason.COOLDOWN, EventLog.NONE, 1, 2);
        log.addMissing(2, 0, true, exit, ctx);
        List<BlockEvent> events = log.materialize(triggers, new BarSeries[] {bars()}, "A");
        assertEquals("sma_long is warming up, rsi_14 is warming up", events.get(0).detail());
        assertEquals("close[2] is not available yet, sma_long is warming up", events.get(1).detail());
        assertEquals("sma_long is warming up", events.get(2).detail(), "the mask was taken at its own bar");
        assertEquals("1 of 2 cooldown bars since the last fill", events.get(3).detail());
        assertEquals("sma_long is warming up", events.get(4).detail());
        assertEquals(BlockReason.MISSING_INDICATOR, events.get(4).reason());
        assertEquals(series(events), List.of(0L, 0L, 2L, 2L, 2L).stream().map(i -> bars().time()[i.intValue()]).toList());
        assertEquals(4, log.count(0, BlockReason.MISSING_INDICATOR));
    }

    @Test
    void aLogThatKeepsNoEventsCountsMissingNoticesOnly() throws RuleSyntaxException {
        CompiledRule entry = compiled("close > sma_long");
        EventLog log = new EventLog(1, false);
        log.addMissing(0, 0, false, entry, new EvalContext());
        assertEquals(0, log.size());
        assertEquals(1, log.count(0, BlockReason.MISSING_INDICATOR));
    }

    @Test
    void aRuleOfMoreSeriesThanAMaskHoldsGetsItsTextAtOnceInTheSameWords() throws RuleSyntaxException {
        StringBuilder source = new StringBuilder("close > 0");
        StringBuilder text = new StringBuilder();
        for (int lag = 1; lag <= MissingSeries.MAX_SERIES; lag++) {
            source.append(" and close[").append(lag).append("] > 0");
            text.append(lag == 1 ? "" : ", ").append("close[").append(lag).append("] is not available yet");
        }
        CompiledRule exit = compiled(source.toString());
        Trigger t = new Trigger("a", "BTC-USD", Timeframe.H1, Direction.EXIT, Category.OTHER, null, null,
                exit.source(), null, null, null);
        PreparedTriggers triggers = new PreparedTriggers(List.of(PreparedTrigger.of(0, t, 0, null, exit, null, null)), 1);
        EventLog log = new EventLog(1);
        log.addMissing(0, 0, true, exit, new EvalContext());
        assertEquals(text.toString(), log.materialize(triggers, new BarSeries[] {bars()}, "A").get(0).detail());
    }

    @Test
    void everyMissingNoticeKeepsItsOwnMaskPastTheFirstSixteen() throws RuleSyntaxException {
        CompiledRule entry = compiled("close > sma_long and rsi_14 > 40");
        Trigger t = new Trigger("a", "BTC-USD", Timeframe.H1, Direction.LONG, Category.TREND_CONTINUATION, null,
                entry.source(), null, null, null, null);
        PreparedTriggers triggers = new PreparedTriggers(List.of(PreparedTrigger.of(0, t, 0, entry, null, null, null)), 1);
        EventLog log = new EventLog(1);
        EvalContext ctx = new EvalContext();
        for (int k = 0; k < 40; k++) {
            ctx.bar = k % 4; // bars 0 to 3: both, sma_long alone (twice), none missing
            log.addMissing(ctx.bar, 0, false, entry, ctx);
        }
        List<BlockEvent> events = log.materialize(triggers, new BarSeries[] {bars()}, "A");
        String[] byBar = {"sma_long is warming up, rsi_14 is warming up", "sma_long is warming up",
            "sma_long is warming up", "no value is missing"};
        for (int k = 0; k < 40; k++) assertEquals(byBar[k % 4], events.get(k).detail(), "notice " + k);
    }

    private static List<Long> series(List<BlockEvent> events) {
        return events.stream().map(BlockEvent::timestamp).toList();
    }
}
