package com.ladderbench.cli;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.plan.LoadedPlan;
import com.ladderbench.model.Category;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import com.ladderbench.model.Trigger;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: every problem of a plan (and its data) at once, one per line. */
@Command(name = "validate", description = "Check a plan (and optionally its data); list every problem.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar target/ladderbench.jar validate --plan sample-backtests/trend-ladder/plan.json --data sample-backtests/trend-ladder/BTC-USD_1h.csv")
public final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "plan JSON")
    Path plan;

    @Option(names = "--data", paramLabel = "SPEC", description = "SYMBOL:TIMEFRAME=path or SYMBOL_TIMEFRAME.csv (repeatable)")
    List<String> data = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InvalidInputException {
        LoadedPlan loaded = RunInputs.planLoader().load(plan);
        MarketData md = null;
        if (!data.isEmpty()) {
            RunInputs in = RunInputs.withPlan(loaded, plan.toString(), data, null);
            md = in.data();
            loaded = in.plan(); // with the warnings only the data can tell (warm-up longer than the data)
        }
        for (Problem w : loaded.warnings()) spec.commandLine().getErr().println(w.renderTagged());
        spec.commandLine().getOut().println(summary(loaded.plan(), md));
        return LadderbenchCommand.OK;
    }

    static String summary(Plan p, MarketData md) {
        Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
        TreeSet<String> symbols = new TreeSet<>();
        TreeSet<Timeframe> tfs = new TreeSet<>();
        for (Trigger t : p.triggers()) {
            Integer n = perCategory.get(t.category());
            perCategory.put(t.category(), n == null ? 1 : n + 1);
            symbols.add(t.symbol());
            tfs.add(t.timeframe());
        }
        StringJoiner cats = new StringJoiner(", ");
        // loops rather than lambdas: each lambda costs this short command's start-up a generated class
        for (Map.Entry<Category, Integer> e : perCategory.entrySet()) cats.add(e.getKey().wire() + " " + e.getValue());
        StringBuilder sb = new StringBuilder("ok: plan ").append(p.planId()).append(": ")
                .append(p.triggers().size()).append(" triggers (").append(cats).append("); symbols ")
                .append(String.join(" ", symbols)).append("; timeframes ");
        StringJoiner tj = new StringJoiner(" ");
        for (Timeframe tf : tfs) tj.add(tf.label());
        sb.append(tj);
        if (md != null) {
            int bars = 0;
            for (String s : md.symbols()) bars += md.symbol(s).base().size();
            sb.append("; bars ").append(bars);
        }
        return sb.toString();
    }
}
