package com.ladderbench.core.data;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.ladderbench.core.io.FileEpochUnit;
import com.ladderbench.core.io.TimestampParser;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Streams a trades CSV ({@code timestamp,price,amount}, optional {@code side}; header names
 * case-insensitive; timestamps ISO-8601 or epoch seconds/milliseconds) into OHLCV bars of one
 * timeframe, in the layout the data reader reads (SPEC §7, {@code bars}).
 *
 * <p>Trades may share a timestamp (one order filling against several); a trade earlier than the
 * one before it is an error, as are a price that is not positive and finite, a negative or
 * non-finite amount and a side other than buy or sell. A zero amount is a real print (exchanges
 * round tiny fills to zero) and counts for the price. Every bad row is reported with file:line,
 * up to {@value #MAX_BAD_LINES}; a file in descending time order gets one message saying so.
 */
public final class TradesCsvReader {
    static final int MAX_BAD_LINES = 20;
    private static final CsvFactory CSV = CsvFactory.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

    private TradesCsvReader() {
    }

    /** Bars of {@code timeframe} from a trades file; {@code symbol} only names the series. */
    public static BarSeries read(Path file, String symbol, Timeframe timeframe, EmptyIntervals empty)
            throws InvalidInputException {
        String name = file.toString();
        if (Files.isDirectory(file)) throw InvalidInputException.of(name, null, "is a directory, not a CSV file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, symbol, timeframe, empty);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(name, null, "file not found");
        } catch (AccessDeniedException e) {
            throw InvalidInputException.of(name, null, "cannot read: permission denied");
        } catch (IOException e) {
            throw InvalidInputException.of(name, null, "cannot read: " + reason(e));
        }
    }

    /** As {@link #read(Path, String, Timeframe, EmptyIntervals)}, from a stream; {@code file} names it in messages. */
    public static BarSeries read(InputStream in, String file, String symbol, Timeframe timeframe, EmptyIntervals empty)
            throws InvalidInputException {
        Rows rows = new Rows(file, new TradeBarBuilder(timeframe, empty, 1024));
        try (CsvParser parser = CSV.createParser(in)) {
            parser.setSchema(CsvSchema.emptySchema());
            rows.readAll(parser);
        } catch (IOException e) {
            rows.fail(e); // malformed quoting or UTF-8, or a failing disk
        }
        return rows.finish(symbol);
    }

    /**
     * True when the file's first line is the header of trades ({@code timestamp, price, amount}
     * and no open/close): the workbench offers to turn such a file into bars.
     */
    public static boolean isTradesFile(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) return false;
            List<String> names = new ArrayList<>();
            for (String cell : first.split(",", -1)) names.add(cell.trim().replace("\"", ""));
            return TradeColumns.isTradesHeader(names);
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: the data loader will say why when it is added as bars
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** The state of reading one file: columns, previous trade, problems, bars so far. */
    private static final class Rows extends CsvRowLoop {
        private final String file;
        private final TradeBarBuilder bars;
        private final List<Problem> problems = new ArrayList<>();
        /** Problems that only say "out of order": replaced by one message if the whole file runs backwards. */
        private final List<Problem> orderProblems = new ArrayList<>();
        private TradeColumns columns;
        private int dataRows;
        private long prevTime = Long.MIN_VALUE;
        private int prevLine;
        private int ascendingSteps;
        private int descendingSteps;
        private boolean orderIssue;
        /** SPEC §2.2: the epoch unit is decided once per file, by its first epoch value. */
        private final FileEpochUnit epochUnit = new FileEpochUnit();

        Rows(String file, TradeBarBuilder bars) {
            this.file = file;
            this.bars = bars;
        }

        @Override
        boolean enough() {
            return problems.size() >= MAX_BAD_LINES;
        }

        @Override
        void row(int line, String[] cells, int count) throws InvalidInputException {
            if (columns == null) {
                header(line, cells, count);
                return;
            }
            dataRows++;
            issues.setLength(0);
            orderIssue = false;
            if (count < columns.cellsNeeded()) {
                issue("expected at least " + columns.cellsNeeded() + " columns, found " + count);
                report(line);
                return;
            }
            long time = timestamp(cells[columns.time()], line);
            double price = price(cells[columns.price()]);
            double amount = number("amount", cells[columns.amount()]);
            if (!Double.isNaN(amount) && amount < 0) issue("amount must not be negative, got " + cells[columns.amount()]);
            if (columns.side() >= 0) side(cells[columns.side()]);
            if (time != Long.MIN_VALUE) {
                order(time);
                prevTime = time;
                prevLine = line;
            }
            if (issues.length() == 0 && problems.isEmpty()) {
                String problem = bars.problem(time, amount);
                if (problem == null) {
                    bars.add(time, price, amount);
                    return;
                }
                issue(problem);
            }
            if (issues.length() > 0) report(line);
        }

        private void header(int line, String[] cells, int count) throws InvalidInputException {
            if (TimestampParser.looksNumeric(cells[0])) {
                throw InvalidInputException.of(file, "line " + line, "no header row: the first row starts with a number; "
                        + "expected a header " + TradeColumns.EXPECTED);
            }
            try {
                columns = TradeColumns.fromHeader(cells, count);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(file, "line " + line, e.getMessage());
            }
        }

        /** Trades may share a timestamp; one earlier than the trade before it is out of order. */
        private void order(long time) {
            if (prevTime == Long.MIN_VALUE) return;
            if (time > prevTime) {
                ascendingSteps++;
            } else if (time < prevTime) {
                descendingSteps++;
                boolean only = issues.length() == 0;
                issue("timestamp " + Timestamps.format(time) + " is before the previous trade's "
                        + Timestamps.format(prevTime) + " (line " + prevLine + "); trades must be in ascending time order");
                orderIssue = only;
            }
        }

        /** Long.MIN_VALUE when unparsable (and an issue is recorded). */
        private long timestamp(String cell, int line) {
            try {
                return epochUnit.parse(cell, line);
            } catch (IllegalArgumentException e) {
                issue(e.getMessage());
                return Long.MIN_VALUE;
            }
        }

        private double price(String cell) {
            double v = number("price", cell);
            if (Double.isNaN(v)) return v;
            if (!(v > 0)) {
                issue("price must be positive, got " + cell);
                return Double.NaN;
            }
            return v;
        }

        /** The side is not part of a bar, but a value that is neither buy nor sell means the columns are not what they seem. */
        private void side(String cell) {
            String s = cell.toLowerCase(Locale.ROOT);
            if (!s.isEmpty() && !s.equals("buy") && !s.equals("sell") && !s.equals("b") && !s.equals("s")) {
                issue("side must be buy or sell, got '" + cell + "'");
            }
        }


        private void report(int line) {
            Problem p = new Problem(file, "line " + line, issues.toString());
            problems.add(p);
            if (orderIssue) orderProblems.add(p);
        }

        void fail(IOException e) {
            problems.add(new Problem(file, lastLine > 0 ? "line " + (lastLine + 1) : null, "cannot read: " + reason(e)));
        }

        BarSeries finish(String symbol) throws InvalidInputException {
            if (problems.isEmpty() && columns == null) {
                throw InvalidInputException.of(file, null, "empty file; expected a header row ("
                        + TradeColumns.EXPECTED + ") and at least one trade");
            }
            if (problems.isEmpty() && dataRows == 0) {
                throw InvalidInputException.of(file, null, "no trades: the file has a header but no data rows");
            }
            if (ascendingSteps == 0 && descendingSteps > 0) {
                problems.removeAll(orderProblems);
                problems.add(0, new Problem(file, null, "the trades are in descending time order (newest first); "
                        + "sort them oldest first"));
                truncated = truncated && problems.size() > 1;
            }
            if (truncated) problems.add(new Problem(file, null, "stopped after " + MAX_BAD_LINES + " bad lines"));
            if (!problems.isEmpty()) throw new InvalidInputException(problems);
            return bars.finish(symbol, file);
        }
    }
}
