package com.ladderbench.core.explain;

import com.ladderbench.core.engine.EngineRun;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.core.engine.TriggerEngine;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Fill;
import com.ladderbench.model.FillModel;
import com.ladderbench.model.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Decision traces by re-running the engine with a {@link TraceRecorder}: the same code path as the
 * run, so a trace's order and events are the run's. A run traces as many bars as asked in one pass.
 */
public final class Explainer {
    private Explainer() {
    }

    /** The traces of the given bars (per symbol, bar timestamps), in the order the engine decided them. */
    public static List<BarTrace> trace(ExplainInputs in, Map<String, List<Long>> bars) throws InvalidInputException {
        TraceRecorder recorder = new TraceRecorder(in.side(), in.config().lotSize(), bars);
        EngineRun run = TriggerEngine.run(in.plan(), in.data(), in.config(), RunMonitor.NONE, recorder);
        return recorder.traces(run.events(), (symbol, time) -> {
            BarSeries b = in.data().symbol(symbol).base();
            return b.close()[Arrays.binarySearch(b.time(), time)];
        });
    }

    /**
     * The trace of one bar.
     *
     * @param symbol null when the plan trades one symbol
     * @throws InvalidInputException naming the symbols, or the nearest bars, when there is no such bar
     */
    public static BarTrace explain(ExplainInputs in, String symbol, long at) throws InvalidInputException {
        String s = symbolOf(in, symbol);
        BarSeries bars = in.data().symbol(s).base();
        int i = Arrays.binarySearch(bars.time(), at);
        if (i < 0) {
            int next = -i - 1;
            String near = (next > 0 ? Timestamps.format(bars.time()[next - 1]) : "none before")
                    + " and " + (next < bars.size() ? Timestamps.format(bars.time()[next]) : "none after");
            throw InvalidInputException.of(null, "--at", "no " + bars.timeframe().label() + " bar of " + s + " at "
                    + Timestamps.format(at) + "; the nearest are " + near);
        }
        List<BarTrace> traces = trace(in, Map.of(s, List.of(at)));
        if (traces.size() != 1) throw new IllegalStateException("the engine did not decide " + s + " at " + at);
        return traces.get(0);
    }

    /**
     * The bar whose decision placed a fill: the fill's own bar when orders fill at the close, the
     * symbol's previous bar when they fill at the next open.
     */
    public static long decisionBar(ExplainInputs in, String symbol, long fillTime) {
        if (in.config().fillModel() != FillModel.NEXT_OPEN) return fillTime;
        long[] t = in.data().symbol(symbol).base().time();
        int i = Arrays.binarySearch(t, fillTime);
        return i > 0 ? t[i - 1] : fillTime;
    }

    /** The bars to trace for a run's legs (their decision bars), per symbol. */
    public static Map<String, List<Long>> legBars(ExplainInputs in, List<Fill> fills) {
        Map<String, List<Long>> bars = new java.util.TreeMap<>();
        for (Fill f : fills) {
            bars.computeIfAbsent(f.symbol(), k -> new java.util.ArrayList<>())
                    .add(decisionBar(in, f.symbol(), f.timestamp()));
        }
        return bars;
    }

    private static String symbolOf(ExplainInputs in, String symbol) throws InvalidInputException {
        List<String> symbols = in.data().symbols();
        if (symbol == null) {
            if (symbols.size() == 1) return symbols.get(0);
            throw InvalidInputException.of(null, "--symbol", "this run trades " + String.join(", ", symbols)
                    + ": name one with --symbol");
        }
        if (!symbols.contains(symbol)) {
            throw InvalidInputException.of(null, "--symbol", "no symbol '" + symbol + "' in this run; it trades "
                    + String.join(", ", symbols));
        }
        return symbol;
    }
}
