package com.ladderbench.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.cli.LadderbenchCommand;
import com.ladderbench.core.compare.ComparisonResult;
import com.ladderbench.core.report.RunReader;
import com.ladderbench.model.BlockEvent;
import com.ladderbench.model.Fill;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A trace is what the run did: for every bar of a sample's comparison (each side) that has a fill
 * or a block event, the traces re-run from the saved run directory hold exactly that directory's
 * events, and exactly its fills with their legs' position after. Covers fills at the close
 * (trend-ladder, multi-symbol-tf) and at the next open (mean-reversion-latch).
 */
class ExplainExactnessTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "trend-ladder, BTC-USD_1h.csv, ",
        "mean-reversion-latch, ETH-USD_1h.csv, ",
        "multi-symbol-tf, BTC-USD_15m.csv, SOL-USD_15m.csv"
    })
    void everyBarWithAFillOrAnEventTracesToExactlyTheRunDirectorysOrderAndEvents(String sample, String data1,
            String data2, @TempDir Path tmp) throws Exception {
        Path dir = Path.of("sample-backtests", sample);
        Path out = tmp.resolve("cmp");
        List<String> args = new ArrayList<>(List.of("compare", "--plan", dir.resolve("plan.json").toString(),
                "--data", dir.resolve(data1).toString()));
        if (data2 != null) args.addAll(List.of("--data", dir.resolve(data2).toString()));
        args.addAll(List.of("--config", dir.resolve("config.json").toString(),
                "--variant", "slow:config.min_hold_bars=8", "--out", out.toString()));
        StringWriter err = new StringWriter();
        int status = LadderbenchCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
                args.toArray(String[]::new));
        assertEquals(0, status, err.toString());

        int checkedFills = 0;
        for (ComparisonResult.Side side : RunReader.read(out)) {
            RunResult saved = side.result();
            ExplainInputs in = ExplainInputs.fromRun(out, side.name());
            Map<String, List<Long>> bars = Explainer.legBars(in, saved.fills());
            for (BlockEvent e : saved.events()) {
                bars.computeIfAbsent(e.symbol(), k -> new ArrayList<>()).add(e.timestamp());
            }
            List<BarTrace> traces = Explainer.trace(in, bars);

            // events: every saved event appears in exactly the trace of its bar, in order
            List<BlockEvent> traced = new ArrayList<>();
            for (BarTrace t : traces) {
                for (BlockEvent e : t.events()) {
                    assertEquals(t.symbol(), e.symbol());
                    assertEquals(t.barTime(), e.timestamp());
                    traced.add(e);
                }
            }
            assertEquals(saved.events().size(), traced.size(), side.name());
            for (int k = 0; k < traced.size(); k++) {
                BlockEvent a = saved.events().get(k);
                BlockEvent b = traced.get(k);
                String where = side.name() + " event " + a.seq();
                assertEquals(a.seq(), b.seq(), where);
                assertEquals(a.triggerId(), b.triggerId(), where);
                assertEquals(a.reason(), b.reason(), where);
                assertEquals(a.detail(), b.detail(), where);
                assertEquals(a.preemptedBy(), b.preemptedBy(), where);
            }

            // orders: every saved fill is the order of exactly one traced bar, with its legs' position after
            Map<String, List<TradeLeg>> legsByFill = new HashMap<>();
            for (TradeSet s : saved.tradeSets()) {
                for (TradeLeg l : s.legs()) legsByFill.computeIfAbsent(l.fillId(), k -> new ArrayList<>()).add(l);
            }
            Map<String, Fill> ordered = new TreeMap<>();
            for (BarTrace t : traces) {
                if (t.order() == null) {
                    assertEquals(t.before().lots(), t.after().lots(), "no order, no change: " + t.barTime());
                    continue;
                }
                assertNotNull(t.resolution().winner());
                assertEquals(t.resolution().orderLots(), t.order().side().sign() * t.order().lots());
                assertEquals(null, ordered.put(t.order().fillId(), t.order()), "one decision per fill");
                List<TradeLeg> legs = legsByFill.get(t.order().fillId());
                assertNotNull(legs, "the run directory has the traced fill " + t.order().fillId());
                long lots = legs.stream().mapToLong(TradeLeg::lots).sum();
                assertEquals(lots, t.order().lots(), t.order().fillId());
                TradeLeg first = legs.get(0);
                assertEquals(first.timestamp(), t.order().timestamp());
                assertEquals(first.side(), t.order().side());
                assertEquals(first.triggerId(), t.order().triggerId());
                assertEquals(first.price(), t.order().price(), Math.abs(first.price()) * 1e-12);
                double fees = legs.stream().mapToDouble(TradeLeg::fees).sum();
                assertEquals(fees, t.order().fee(), Math.abs(fees) * 1e-9 + 1e-12);
                assertEquals(legs.get(legs.size() - 1).positionAfterLots(), t.after().lots());
            }
            assertEquals(saved.fills().size(), ordered.size(), side.name() + ": every fill traced");
            checkedFills += ordered.size();
        }
        assertTrue(checkedFills > 0, "the sample trades");
    }
}
