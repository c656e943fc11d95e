package com.ladderbench.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.backtest.PlanRequirements;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.core.report.JsonOutput;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Category;
import com.ladderbench.model.ConfidenceGrade;
import com.ladderbench.model.Direction;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.RiskConstraints;
import com.ladderbench.model.RiskOffSettings;
import com.ladderbench.model.RunConfig;
import com.ladderbench.model.RunResult;
import com.ladderbench.model.SizingMode;
import com.ladderbench.model.SizingRule;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: engine throughput on generated data, one JSON line. Runs the same backtest a few
 * times after a warm-up and reports the best run, so JIT compilation is not measured.
 */
@Command(name = "bench", description = "Measure engine throughput on generated data; prints one JSON line.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar target/ladderbench.jar bench --bars 1000000 --triggers 8")
public final class BenchCommand implements Callable<Integer> {
    static final String SYMBOL = "BENCH-USD";

    @Option(names = "--bars", defaultValue = "1000000", description = "bars of 1m data (default ${DEFAULT-VALUE})")
    int bars;

    @Option(names = "--triggers", defaultValue = "8", description = "triggers in the plan (default ${DEFAULT-VALUE})")
    int triggers;

    @Option(names = "--runs", defaultValue = "5", description = "measured runs after one warm-up; the best is reported (default ${DEFAULT-VALUE})")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InvalidInputException, com.fasterxml.jackson.core.JsonProcessingException {
        if (bars < 100) throw InvalidInputException.of(null, "--bars", "at least 100 bars, got " + bars);
        if (triggers < 1 || triggers > 64) {
            throw InvalidInputException.of(null, "--triggers", "between 1 and 64, got " + triggers);
        }
        if (runs < 1) throw InvalidInputException.of(null, "--runs", "at least 1, got " + runs);
        BarSeries series = SyntheticMarket.generate(SYMBOL, Timeframe.M1, bars, 42);
        Plan plan = plan(triggers);
        MarketData data = MarketData.of(List.of(series), PlanRequirements.timeframes(plan));
        BacktestRequest req = BacktestRequest.of("bench", plan, data, RunConfig.defaults());
        RunResult result = BacktestRunner.run(req);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            result = BacktestRunner.run(req);
            best = Math.min(best, System.nanoTime() - t0);
        }
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        o.put("bars", bars);
        o.put("triggers", triggers);
        o.put("runs", runs);
        o.put("best_run_ms", best / 1e6);
        o.put("bars_per_second", bars / (best / 1e9));
        o.put("trigger_evaluations_per_second", (double) bars * triggers / (best / 1e9));
        o.put("fills", result.fills().size());
        o.put("trade_sets", result.tradeSets().size());
        o.put("events", result.events().size());
        o.put("java", System.getProperty("java.version"));
        o.put("cores", Runtime.getRuntime().availableProcessors());
        // one line, numbers as every output writes them (ObjectNode.toString would print 1.7E6)
        spec.commandLine().getOut().println(JsonOutput.mapper().writer()
                .without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o));
        return LadderbenchCommand.OK;
    }

    /** A plan of k triggers cycling through every category, reading a spread of indicators. */
    static Plan plan(int k) {
        String[][] shapes = {
            {"long", "trend_continuation", "close > ema_medium and rsi_14 between 45 and 70", null, null},
            {"exit", "risk_reduce", null, "rsi_14 > 75 or roc_short < -1", "0.33"},
            {"short", "mean_reversion", "rsi_14 > 80 and close > bollinger_upper", "rsi_14 < 50", null},
            {"exit", "risk_off", null, "close < sma_long and realized_vol_short > 1.5", null},
            {"long", "volatility_breakout", "close > donchian_upper_short[1] and volume_multiple > 1.5", null, null},
            {"exit", "emergency_exit", null, "close < close[1] * 0.97", null},
            {"exit", "other", null, "macd_hist < 0 and macd_hist[1] >= 0", null},
            {"long", "reversal", "close < bollinger_lower and rsi_14 < 25", "close > bollinger_middle", null},
        };
        List<Trigger> list = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            String[] s = shapes[i % shapes.length];
            Direction dir = Direction.fromWire(s[0]).orElseThrow();
            Category cat = Category.fromWire(s[1]).orElseThrow();
            list.add(new Trigger("t" + i, SYMBOL, Timeframe.M1, dir, cat, ConfidenceGrade.values()[i % 3], s[2], s[3],
                    null, dir == Direction.EXIT ? null : 1.5, s[4] == null ? null : Double.valueOf(s[4])));
        }
        return new Plan("bench", null, list, new RiskConstraints(null, 100.0, null, null),
                List.of(new SizingRule(SYMBOL, SizingMode.FIXED_FRACTION, 1.0, null, null)),
                new RiskOffSettings(null, 30), null, null, null);
    }
}
