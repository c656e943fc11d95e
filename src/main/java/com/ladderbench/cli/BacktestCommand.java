package com.ladderbench.cli;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.core.report.RunWriter;
import com.ladderbench.core.text.Decimals;
import com.ladderbench.model.Metrics;
import com.ladderbench.model.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backtest}: one run of the plan as written (the ladder), written to a run directory. */
@Command(name = "backtest", description = "Run a plan over market data and write a run directory.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar target/ladderbench.jar backtest --plan sample-backtests/trend-ladder/plan.json --data sample-backtests/trend-ladder/BTC-USD_1h.csv --config sample-backtests/trend-ladder/config.json --out out/run")
public final class BacktestCommand implements Callable<Integer> {
    @Mixin
    RunInputOptions inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "the run directory to write (result.json and four CSVs)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutputTarget target = inputs.output(out, OutputTarget.Kind.RUN);
        RunInputs in = inputs.load(spec.commandLine().getErr());
        RunResult r = BacktestRunner.run(BacktestRequest.of("ladder", in.plan().plan(), in.data(), in.config()));
        RunWriter.write(r, target);
        spec.commandLine().getOut().println(summary(r) + " -> " + out);
        spec.commandLine().getOut().print("\nTriggers:\n\n" + TriggerStatsTable.render(r));
        return LadderbenchCommand.OK;
    }

    static String summary(RunResult r) {
        Metrics m = r.metrics();
        return String.format(Locale.ROOT,
                "%s: %d bars, %d trade sets, %d fills, %d events, return %s%%, max drawdown %s%%, whipsaws %d",
                r.info().label(), r.info().bars(), m.numTradeSets(), r.fills().size(), r.events().size(),
                Decimals.fixed(m.totalReturnPct(), 2), Decimals.fixed(m.maxDrawdownPct(), 2), m.whipsawCount());
    }
}
