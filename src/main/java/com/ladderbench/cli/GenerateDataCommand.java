package com.ladderbench.cli;

import com.ladderbench.core.data.BarCsvWriter;
import com.ladderbench.core.data.SyntheticMarket;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Timeframe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate-data}: writes a seeded synthetic market data CSV (SPEC §7). */
@Command(name = "generate-data", mixinStandardHelpOptions = true,
        description = "Writes seeded synthetic bars (trends, ranges, sell-offs that bounce back) as a market data CSV.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar target/ladderbench.jar generate-data --symbol BTC-USD --timeframe 1h --bars 4000 --seed 7 --out data/BTC-USD_1h.csv")
public final class GenerateDataCommand implements Callable<Integer> {

    @Option(names = "--symbol", required = true, paramLabel = "S", description = "Symbol name, e.g. BTC-USD.")
    String symbol;

    @Option(names = "--timeframe", required = true, paramLabel = "TF", description = "Bar length: 1m 5m 15m 30m 1h 2h 4h 6h 12h 1d 1w.")
    String timeframe;

    @Option(names = "--bars", required = true, paramLabel = "N", description = "Number of bars, at least 1.")
    int bars;

    @Option(names = "--seed", required = true, paramLabel = "K", description = "Random seed; the same seed gives the same file.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InvalidInputException, IOException {
        if (symbol.isBlank() || symbol.chars().anyMatch(Character::isWhitespace)) {
            throw InvalidInputException.of(null, "--symbol", "'" + symbol + "' is not a symbol name (no blanks allowed)");
        }
        Timeframe tf = Timeframe.fromLabel(timeframe).orElseThrow(() -> InvalidInputException.of(null, "--timeframe",
                "unknown timeframe '" + timeframe + "'; expected one of " + Timeframe.labels()));
        if (bars <= 0) throw InvalidInputException.of(null, "--bars", "must be at least 1, got " + bars);

        OutputTarget target = OutputTarget.file(out);
        target.check();
        BarSeries series = SyntheticMarket.generate(symbol, tf, bars, seed);
        BarCsvWriter.write(series, target);
        spec.commandLine().getOut().println("wrote " + bars + " " + tf.label() + " bars of " + symbol + " (seed " + seed
                + ") to " + out);
        spec.commandLine().getOut().flush();
        return LadderbenchCommand.OK;
    }
}
