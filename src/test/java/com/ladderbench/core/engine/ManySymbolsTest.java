package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.cli.BenchCommand;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Fill;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Many symbols on one clock: the bars of all symbols are decided by close time, ties in the plan's
 * symbol order whatever order the data came in, and a bar of one symbol visits that symbol's
 * triggers only, however the plan interleaves the symbols' triggers.
 */
class ManySymbolsTest {
    private static final int SYMBOLS = 5;
    private static final int BARS = 900;

    private static List<BarSeries> series(List<String> names) {
        List<BarSeries> out = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) out.add(SyntheticMarket.generate(names.get(s), Timeframe.M1, BARS, 42 + s));
        return out;
    }

    @Test
    void fillsAndEventsAtOneCloseTimeFollowThePlansSymbolOrderWhateverTheDataOrder() throws InvalidInputException {
        List<String> names = BenchCommand.symbolNames(SYMBOLS);
        Plan plan = BenchCommand.plan(8, names);
        List<BarSeries> bars = series(names);
        EngineRun inOrder = TriggerEngine.run(plan, TestData.marketData(bars, plan), RunConfig.defaults(),
                RunMonitor.NONE);
        List<BarSeries> reversed = new ArrayList<>(bars);
        Collections.reverse(reversed);
        EngineRun dataReversed = TriggerEngine.run(plan, TestData.marketData(reversed, plan),
                RunConfig.defaults(), RunMonitor.NONE);
        assertTrue(inOrder.fills().size() > 100, "the plan trades");
        assertEquals(inOrder.fills(), dataReversed.fills());
        assertEquals(inOrder.events(), dataReversed.events());
        // at a close time shared by several symbols, the first symbol in the plan goes first
        boolean sawSharedTime = false;
        for (int k = 1; k < inOrder.fills().size(); k++) {
            Fill a = inOrder.fills().get(k - 1);
            Fill b = inOrder.fills().get(k);
            if (a.timestamp() == b.timestamp()) {
                sawSharedTime = true;
                assertTrue(names.indexOf(a.symbol()) < names.indexOf(b.symbol()), a + " before " + b);
            }
        }
        assertTrue(sawSharedTime, "some close time has fills of two symbols");
    }

    @Test
    void aBarOfOneSymbolVisitsOnlyThatSymbolsTriggersWhenThePlanInterleavesThem() throws InvalidInputException {
        List<String> names = BenchCommand.symbolNames(3);
        Plan bench = BenchCommand.plan(8, names);
        // the plan lists the symbols' triggers round robin: A t0, B t0, C t0, A t1, ...
        List<Trigger> interleaved = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            for (int s = 0; s < names.size(); s++) interleaved.add(bench.triggers().get(s * 8 + k));
        }
        Plan plan = new Plan(bench.planId(), bench.regime(), interleaved, bench.riskConstraints(),
                bench.sizingRules(), bench.riskOff(), bench.generatedAt(), bench.validUntil(), bench.globalView());
        VisitRecorder recorder = new VisitRecorder(names.get(1));
        TriggerEngine.run(plan, TestData.marketData(series(names), plan), RunConfig.defaults(),
                RunMonitor.NONE, recorder);
        assertEquals(BARS, recorder.bars, "every bar of the traced symbol is decided once");
        assertEquals(Set.of(names.get(1)), recorder.symbolsVisited);
        assertEquals(8, recorder.triggersVisited.size(), "all of the symbol's triggers are visited");
        assertFalse(recorder.triggersVisited.stream().anyMatch(id -> !id.startsWith(names.get(1))));
    }

    /** Traces every bar of one symbol and notes which triggers its bars visit. */
    private static final class VisitRecorder extends IgnoringTracer {
        private final String symbol;
        final Set<String> symbolsVisited = new HashSet<>();
        final Set<String> triggersVisited = new HashSet<>();
        int bars;

        VisitRecorder(String symbol) {
            this.symbol = symbol;
        }

        @Override
        public boolean traces(String s, long barTime) {
            return s.equals(symbol);
        }

        @Override
        public void position(long lots, double wac, int barsHeld) {
            bars++;
        }

        @Override
        public void trigger(Trigger trigger) {
            symbolsVisited.add(trigger.symbol());
            triggersVisited.add(trigger.id());
        }
    }
}
