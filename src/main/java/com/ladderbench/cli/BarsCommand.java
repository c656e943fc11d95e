package com.ladderbench.cli;

import com.ladderbench.core.data.BarCsvWriter;
import com.ladderbench.core.data.EmptyIntervals;
import com.ladderbench.core.data.Ta4jJsonBarsReader;
import com.ladderbench.core.data.TradesCsvReader;
import com.ladderbench.core.io.OutputTarget;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Timeframe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bars --trades FILE --timeframe TF [--fill-gaps] --out FILE}: OHLCV bars from trades (SPEC §7). */
@Command(name = "bars", mixinStandardHelpOptions = true,
        description = "Aggregates a trades CSV into OHLCV bars aligned to the timeframe (UTC; a bar is labelled by the"
                + " start of its interval), written as a market data CSV that --data reads.",
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/ladderbench.jar bars --trades trades.csv --timeframe 5m --out BTC-USD_5m.csv",
                "  java -jar target/ladderbench.jar bars --trades trades.csv --timeframe 1h --fill-gaps"
                        + " --out BTC-USD_1h.csv"})
public final class BarsCommand implements Callable<Integer> {
    /** The CSV has no symbol column: the file's name or the --data argument gives the symbol when it is loaded. */
    private static final String SERIES = "bars";

    /** Exactly one input. */
    static final class Input {
        @Option(names = "--trades", required = true, paramLabel = "FILE",
                description = "Trades CSV: header timestamp,price,amount[,side] (names case-insensitive; qty, quantity"
                        + " or size for amount); timestamps ISO-8601 or epoch seconds/milliseconds; oldest first,"
                        + " trades may share a timestamp.")
        Path trades;

        @Option(names = "--ta4j-json", required = true, paramLabel = "FILE",
                description = "Bars in ta4j's JSON bar-series format ({\"ohlc\": [{endTime, openPrice, highPrice,"
                        + " lowPrice, closePrice, volume}]}) instead of trades.")
        Path ta4jJson;

        Path file() { return trades != null ? trades : ta4jJson; }
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--timeframe", required = true, paramLabel = "TF",
            description = "Bar length, e.g. 1m 5m 15m 1h 4h 1d.")
    String timeframe;

    @Option(names = "--fill-gaps", description = "Fill an interval without a trade with a flat bar at the previous"
            + " close and zero volume. Default: leave it out (a gap; the engine's stale-data rules apply after it).")
    boolean fillGaps;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv",
            description = "CSV file to write; an existing regular file there is replaced atomically.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InvalidInputException, IOException {
        Timeframe tf = Timeframe.fromLabel(timeframe).orElseThrow(() -> InvalidInputException.of(null, "--timeframe",
                "unknown timeframe '" + timeframe + "'; expected one of " + Timeframe.labels()));
        if (fillGaps && input.trades == null) {
            throw InvalidInputException.of(null, "--fill-gaps", "applies to --trades only: a bar file keeps its own gaps");
        }
        // a directory, device, symlink or the input itself is refused before the input is read
        OutputTarget target = OutputTarget.file(out).protecting(List.of(input.file()));
        target.check();
        BarSeries bars = input.trades != null
                ? TradesCsvReader.read(input.trades, SERIES, tf, fillGaps ? EmptyIntervals.FILL_FLAT : EmptyIntervals.OMIT)
                : Ta4jJsonBarsReader.read(input.ta4jJson, SERIES, tf);
        BarCsvWriter.write(bars, target);
        if (input.trades != null && !fillGaps && mostlyGaps(bars)) {
            spec.commandLine().getErr().println("warning: " + out + ": most bars follow an interval without a trade;"
                    + " the data loader wants the median spacing of bars to be one " + tf.label()
                    + ": use --fill-gaps or a longer timeframe");
            spec.commandLine().getErr().flush();
        }
        spec.commandLine().getOut().println("wrote " + bars.size() + " " + tf.label() + " bars ("
                + Timestamps.format(bars.time()[0]) + " to " + Timestamps.format(bars.time()[bars.size() - 1])
                + ") to " + out);
        spec.commandLine().getOut().flush();
        return LadderbenchCommand.OK;
    }

    /** True when at least half the steps between bars are longer than a bar: the median spacing is then not the timeframe. */
    static boolean mostlyGaps(BarSeries bars) {
        long[] t = bars.time();
        long length = bars.timeframe().millis();
        int gaps = 0;
        for (int i = 1; i < t.length; i++) {
            if (t[i] - t[i - 1] > length) gaps++;
        }
        return t.length > 1 && gaps * 2 >= t.length - 1;
    }
}
