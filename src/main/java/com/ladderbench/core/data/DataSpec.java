package com.ladderbench.core.data;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Timeframe;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One {@code --data} argument: which symbol and timeframe a CSV file holds.
 *
 * @param path the file as the user named it (its {@code toString()} is used in messages)
 */
public record DataSpec(String symbol, Timeframe timeframe, Path path) {
    private static final String LOCATION = "--data";
    private static final String FORMS = "expected SYMBOL:TIMEFRAME=path (e.g. BTC-USD:1h=data/btc.csv) "
            + "or a file named SYMBOL_TIMEFRAME.csv (e.g. BTC-USD_1h.csv)";

    public DataSpec {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Parses {@code SYMBOL:TIMEFRAME=path}, or a bare path whose file name is
     * {@code SYMBOL_TIMEFRAME.csv} (the symbol is everything before the last underscore, so
     * {@code BTC_USD_1h.csv} is symbol {@code BTC_USD}). The explicit form is recognised by a
     * colon before the first {@code =}, so Windows paths such as {@code C:\data\BTC_1h.csv} still
     * read as bare paths.
     */
    public static DataSpec parse(String arg) throws InvalidInputException {
        if (arg == null || arg.isBlank()) throw bad(String.valueOf(arg), "empty data argument; " + FORMS);
        int eq = arg.indexOf('=');
        int colon = eq < 0 ? -1 : arg.lastIndexOf(':', eq);
        if (colon >= 0) {
            String symbol = arg.substring(0, colon).trim();
            String tf = arg.substring(colon + 1, eq).trim();
            String file = arg.substring(eq + 1).trim();
            if (symbol.isEmpty()) throw bad(arg, "no symbol before ':'; " + FORMS);
            if (file.isEmpty()) throw bad(arg, "no file after '='; " + FORMS);
            return new DataSpec(checkedSymbol(arg, symbol), timeframe(arg, tf), path(arg, file));
        }
        Path path = path(arg, arg.trim());
        Path fileName = path.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw bad(arg, "cannot tell the symbol and timeframe: " + FORMS);
        }
        String stem = name.substring(0, name.length() - 4);
        int underscore = stem.lastIndexOf('_');
        if (underscore <= 0 || underscore == stem.length() - 1) {
            throw bad(arg, "cannot tell the symbol and timeframe from the file name '" + name + "': " + FORMS);
        }
        return new DataSpec(checkedSymbol(arg, stem.substring(0, underscore)),
                timeframe(arg, stem.substring(underscore + 1)), path);
    }

    /** {@code BTC-USD:1h=data/btc.csv}: the explicit form, which {@link #parse} reads back. */
    public String display() {
        return symbol + ":" + timeframe.label() + "=" + path;
    }

    private static String checkedSymbol(String arg, String symbol) throws InvalidInputException {
        java.util.Optional<String> problem = com.ladderbench.core.text.Names.checkSymbol(symbol);
        if (problem.isPresent()) throw bad(arg, "symbol '" + symbol + "' " + problem.get());
        return symbol;
    }

    private static Timeframe timeframe(String arg, String label) throws InvalidInputException {
        return Timeframe.fromLabel(label).orElseThrow(() -> bad(arg,
                "unknown timeframe '" + label + "'; expected one of " + Timeframe.labels()));
    }

    private static Path path(String arg, String file) throws InvalidInputException {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw bad(arg, "not a valid path: " + e.getReason());
        }
    }

    private static InvalidInputException bad(String arg, String message) {
        return InvalidInputException.of(null, LOCATION, "'" + arg + "': " + message);
    }
}
