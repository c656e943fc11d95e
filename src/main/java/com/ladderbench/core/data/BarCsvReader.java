package com.ladderbench.core.data;


import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.ladderbench.core.io.HashingInputStream;
import com.ladderbench.core.io.TextInputGuard;
import com.ladderbench.core.io.TimestampParser;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one market-data CSV (SPEC §2.2) into a {@link BarSeries}, checking every row.
 *
 * <p>A plain file (printable ASCII without quotes or spaces: what generate-data, bars and most
 * exchanges write) is cut into cells by {@link PlainCsvScanner} straight from its bytes; any other
 * is read from its start by Jackson's streaming {@link CsvParser} (quoting, CRLF and physical line
 * numbers come for free), and both feed the same row checks. Simple decimals and
 * {@code yyyy-MM-ddTHH:mm:ss[Z]} timestamps are read by hand ({@link SimpleDecimal},
 * {@link TimestampParser.FixedIso}), anything else by the general parsers. A good row of a plain
 * file is read straight from the bytes ({@link PlainLine}), without a String per cell; any other
 * row is read as text, so every message is worded as before. Rows are copied straight
 * into primitive columns, so a 5-million-row file never exists as text or row objects, and the
 * bytes are hashed for the run info as they are read.
 *
 * <p>All problems go into one {@link InvalidInputException}: one {@code line N} problem per bad
 * row, for up to {@value #MAX_BAD_LINES} rows, after which reading stops.
 */
public final class BarCsvReader {
    static final int MAX_BAD_LINES = 20;
    /**
     * The most rows reserved ahead from the file size (8.4 million, about 470 MB of columns with a
     * spread), so a decade of minute bars (5.3 million) is sized once instead of growing past the
     * cap, which held old and new columns at once; beyond it, the columns grow.
     */
    static final int MAX_ESTIMATED_ROWS = 1 << 23;

    /** Immutable once built and thread-safe, so shared. */
    private static final CsvFactory CSV = CsvFactory.builder().enable(CsvParser.Feature.TRIM_SPACES)
            // the stream stays open at the end of the input, so what follows can still be hashed
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private BarCsvReader() {
    }

    public static BarSeries read(DataSpec spec) throws InvalidInputException {
        return readHashed(spec).series();
    }

    /** A file's bars and the SHA-256 of its bytes, hashed as they were read (no second pass over the file). */
    public record Hashed(BarSeries series, String sha256) {
    }

    /** {@link #read}, with the checksum recorded in run info computed from the same bytes. */
    public static Hashed readHashed(DataSpec spec) throws InvalidInputException {
        String file = spec.path().toString();
        long size;
        try {
            if (Files.isDirectory(spec.path())) throw InvalidInputException.of(file, null, "is a directory, not a CSV file");
            size = Files.size(spec.path());
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(file, null, "file not found");
        } catch (IOException e) {
            throw InvalidInputException.of(file, null, "cannot read: " + reason(e));
        }
        Rows rows = new Rows(spec, file, size);
        try (HashingInputStream in = new HashingInputStream(Files.newInputStream(spec.path()))) {
            if (new PlainCsvScanner(in).scanOrGiveUp(rows)) {
                if (!rows.truncated) drain(in);
                String sha256 = in.finishHex();
                return new Hashed(rows.finish(), sha256);
            }
        } catch (AccessDeniedException e) {
            throw InvalidInputException.of(file, null, "cannot read: permission denied");
        } catch (IOException e) {
            rows.fail(e);
            return new Hashed(rows.finish(), null);
        }
        // not a plain file (quotes, spaces, non-ASCII, ...): the general parser reads it from the start
        rows = new Rows(spec, file, size);
        String sha256 = null;
        try (HashingInputStream in = new HashingInputStream(Files.newInputStream(spec.path()));
                InputStream guarded = new TextInputGuard(in);
                CsvParser parser = CSV.createParser(guarded)) {
            parser.setSchema(CsvSchema.emptySchema());
            rows.readAll(parser);
            if (!rows.truncated) drain(in);
            sha256 = in.finishHex();
        } catch (AccessDeniedException e) {
            throw InvalidInputException.of(file, null, "cannot read: permission denied");
        } catch (TextInputGuard.NotText e) {
            throw InvalidInputException.of(file, "line " + e.line(), e.getMessage());
        } catch (IOException e) {
            // a malformed file (bad quoting, bad UTF-8) or a failing disk: both are the user's to fix
            rows.fail(e);
        }
        return new Hashed(rows.finish(), sha256);
    }

    /**
     * Reads what the parser left unread (nothing, for a complete read), so the checksum covers the
     * whole file; not after reading stopped at too many bad lines, when there is no result to check.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] rest = new byte[8192];
        while (in.read(rest) >= 0) {
            // hashed by the DigestInputStream
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** The state of reading one file: layout, columns so far, previous bar, problems. */
    private static final class Rows extends CsvRowLoop {
        private final DataSpec spec;
        private final String file;
        private final long fileSize;
        private final List<Problem> problems = new ArrayList<>();
        private ColumnLayout layout;
        private BarColumns bars;
        private int dataRows;
        private long prevTime = Long.MIN_VALUE;
        private int prevLine;
        /** The file's epoch unit, decided at its first epoch value; null until then, or for ISO timestamps. */
        private TimestampParser.EpochUnit epochUnit;
        /** True while the unit rests on the first value alone (below 1e11: seconds, or milliseconds before 1973). */
        private boolean unitProvisional;
        private double firstEpoch;
        private String firstEpochCell;
        private int firstEpochLine;
        private int line;
        private final TimestampParser.FixedIso iso = new TimestampParser.FixedIso();
        /** Steps between consecutive bars, and how many of them are exactly one declared bar length. */
        private long steps;
        private long exactSteps;
        /** The second row is earlier than the first: the whole file may be descending (one message, not one per row). */
        private boolean descending;
        private boolean descendingBroken;
        private long backwardSteps;
        private int firstBackLine;
        private String firstBackIssue;

        Rows(DataSpec spec, String file, long fileSize) {
            this.spec = spec;
            this.file = file;
            this.fileSize = fileSize;
        }

        @Override
        boolean enough() {
            return problems.size() >= MAX_BAD_LINES;
        }

        @Override
        void afterRow(java.util.function.LongSupplier charOffset) {
            if (dataRows == 256) estimateCapacity(charOffset.getAsLong());
        }

        /** Sizes the columns once from the bytes per row seen so far, instead of growing them repeatedly. */
        private void estimateCapacity(long chars) {
            if (chars <= 0 || bars == null) return;
            long estimate = (long) (fileSize / ((double) chars / dataRows) * 1.05) + 16;
            // a guess from the first rows of a file: never reserve more than a plausible file needs
            bars.ensureCapacity((int) Math.min(estimate, MAX_ESTIMATED_ROWS));
        }

        @Override
        void row(int line, String[] cells, int count) throws InvalidInputException {
            if (layout == null) {
                header(line, cells, count);
                if (layout != ColumnLayout.BINANCE) return; // a header row is no bar
            }
            dataRows++;
            this.line = line;
            issues.setLength(0);
            if (count < layout.cellsNeeded()) {
                issue("expected at least " + layout.cellsNeeded() + " columns, found " + count);
                report(line);
                return;
            }
            long time = timestamp(cells[layout.time()]);
            double open = price("open", cells[layout.open()]);
            double high = price("high", cells[layout.high()]);
            double low = price("low", cells[layout.low()]);
            double close = price("close", cells[layout.close()]);
            double volume = number("volume", cells[layout.volume()]);
            if (!Double.isNaN(volume) && volume < 0) issue("volume must not be negative, got " + cells[layout.volume()]);
            double spread = layout.hasSpread() ? spread(cells) : Double.NaN;
            if (!Double.isNaN(high) && !Double.isNaN(low)) {
                if (high < low) {
                    issue("high " + cells[layout.high()] + " is below low " + cells[layout.low()]);
                } else {
                    if (!Double.isNaN(open) && (open < low || open > high)) issue("open " + cells[layout.open()] + " is outside [low, high]");
                    if (!Double.isNaN(close) && (close < low || close > high)) issue("close " + cells[layout.close()] + " is outside [low, high]");
                }
            }
            if (time != Long.MIN_VALUE) {
                order(time);
                prevTime = time;
                prevLine = line;
            }
            if (issues.length() > 0) {
                report(line);
            } else if (problems.isEmpty()) {
                bars.add(time, open, high, low, close, volume, spread);
            }
        }

        @Override
        void row(int line, PlainLine cells) throws InvalidInputException {
            if (!quickRow(line, cells)) super.row(line, cells);
        }

        /**
         * The common row of a good plain file, read straight from its bytes: every cell in the
         * form the hand-written parsers take, every check passed, at least one bar length after the
         * previous bar. Then it does what {@link #row(int, String[], int)} does with such a row
         * and returns true; for any other row it changes nothing and returns false, and the row is
         * read again as text, which finds the same values (the byte and text parsers agree) or
         * words the problem.
         */
        private boolean quickRow(int line, PlainLine cells) {
            if (layout == null || !problems.isEmpty() || descending || prevTime == Long.MIN_VALUE
                    || cells.count() < layout.cellsNeeded()) {
                return false;
            }
            long time = quickTime(cells);
            long step = time - prevTime;
            long barMillis = spec.timeframe().millis();
            if (time == Long.MIN_VALUE || step < barMillis) return false;
            double open = cells.decimal(layout.open());
            double high = cells.decimal(layout.high());
            double low = cells.decimal(layout.low());
            double close = cells.decimal(layout.close());
            double volume = cells.decimal(layout.volume());
            // NaN (not a simple decimal) fails every comparison, so it goes to the text path too;
            // low <= open <= high also says high >= low
            if (!(low > 0 && open >= low && open <= high && close >= low && close <= high && volume >= 0)) {
                return false;
            }
            double spread = Double.NaN;
            if (layout.spreadBps() >= 0) {
                if (!cells.isEmpty(layout.spreadBps())) {
                    spread = cells.decimal(layout.spreadBps());
                    if (!(spread >= 0)) return false;
                }
            } else if (layout.bid() >= 0) {
                if (!cells.isEmpty(layout.bid()) || !cells.isEmpty(layout.ask())) {
                    double bid = cells.decimal(layout.bid());
                    double ask = cells.decimal(layout.ask());
                    if (!(bid > 0 && ask >= bid)) return false;
                    spread = (ask - bid) / ((ask + bid) / 2.0) * 1e4;
                }
            }
            // issues is empty here: a row with any was reported, and then no row comes this way
            dataRows++;
            this.line = line;
            steps++;
            if (step == barMillis) exactSteps++;
            prevTime = time;
            prevLine = line;
            bars.add(time, open, high, low, close, volume, spread);
            return true;
        }

        /**
         * The row's time from its bytes: {@code yyyy-MM-ddTHH:mm:ss[Z]}, or a whole epoch number
         * once the file's unit is settled and the number fits it; else Long.MIN_VALUE.
         */
        private long quickTime(PlainLine cells) {
            int k = layout.time();
            long iso = this.iso.parse(cells.bytes(), cells.from(k), cells.to(k));
            if (iso != Long.MIN_VALUE || epochUnit == null || unitProvisional) return iso;
            long v = cells.wholeNumber(k);
            if (v == Long.MIN_VALUE || !epochUnit.fits(v, firstEpoch)) return Long.MIN_VALUE;
            return epochUnit.toMillis(v);
        }

        private void header(int line, String[] cells, int count) throws InvalidInputException {
            if (TimestampParser.looksNumeric(cells[0])) {
                if (count != ColumnLayout.BINANCE_COLUMNS) {
                    throw InvalidInputException.of(file, "line " + line, "no header row: the first row starts with a number "
                            + "but has " + count + " columns; expected a header (timestamp,open,high,low,close,volume) "
                            + "or a 12-column Binance kline export");
                }
                layout = ColumnLayout.BINANCE;
            } else {
                try {
                    layout = ColumnLayout.fromHeader(cells, count);
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of(file, "line " + line, e.getMessage());
                }
            }
            bars = new BarColumns((int) Math.min(fileSize / 64, 1 << 16), layout.hasSpread());
        }

        /** Checks this bar's time against the previous row's: ascending, no duplicates, at least one bar length apart. */
        private void order(long time) {
            if (prevTime == Long.MIN_VALUE) return;
            Timeframe tf = spec.timeframe();
            long step = time - prevTime;
            if (dataRows == 2 && step < 0) {
                descending = true;
                firstBackLine = line;
                firstBackIssue = "timestamp " + Timestamps.format(time) + " is before the previous bar's "
                        + Timestamps.format(prevTime) + " (line " + prevLine + "); bars must be in ascending time order";
            }
            if (descending && !descendingBroken) {
                if (step < 0) {
                    backwardSteps++;
                    return; // one message for the whole file, or the first step's own, in finish()
                }
                descendingBroken = true;
            }
            steps++;
            if (step == tf.millis()) exactSteps++;
            if (step == 0) {
                issue("duplicate timestamp " + Timestamps.format(time) + " (also on line " + prevLine + ")");
            } else if (step < 0) {
                issue("timestamp " + Timestamps.format(time) + " is before the previous bar's "
                        + Timestamps.format(prevTime) + " (line " + prevLine + "); bars must be in ascending time order");
            } else if (step < tf.millis()) {
                issue("bar opens " + Durations.format(step) + " after the previous bar (line " + prevLine + "); "
                        + tf.label() + " bars must be at least " + tf.label() + " apart");
            }
        }

        /** Long.MIN_VALUE when unparsable (and an issue is recorded). */
        private long timestamp(String cell) {
            long fixed = iso.parse(cell);
            if (fixed != Long.MIN_VALUE) return fixed;
            try {
                if (cell.isEmpty() || !TimestampParser.looksNumeric(cell)) return TimestampParser.parse(cell);
                return epoch(cell, TimestampParser.epochValue(cell));
            } catch (IllegalArgumentException e) {
                issue(e.getMessage());
                return Long.MIN_VALUE;
            }
        }

        /**
         * An epoch cell in the file's one unit (SPEC §2.2): decided by the first value's magnitude,
         * corrected once by the spacing of the first two rows when the first value is below 1e11
         * (so epoch milliseconds before 1973 read as milliseconds), never changed row by row.
         */
        private long epoch(String cell, double value) {
            if (epochUnit == null) {
                epochUnit = TimestampParser.EpochUnit.byMagnitude(value);
                unitProvisional = epochUnit == TimestampParser.EpochUnit.SECONDS;
                firstEpoch = value;
                firstEpochCell = cell;
                firstEpochLine = line;
            } else if (unitProvisional) {
                unitProvisional = false;
                double step = Math.abs(value - firstEpoch);
                TimestampParser.EpochUnit bySpacing = step == 0 ? epochUnit
                        : TimestampParser.EpochUnit.fromSpacing(step, spec.timeframe().millis());
                if (bySpacing != epochUnit) {
                    epochUnit = bySpacing;
                    retimeFirstBar();
                }
            }
            if (!epochUnit.fits(value, firstEpoch)) {
                issue("epoch " + cell + " looks like " + TimestampParser.EpochUnit.byMagnitude(value).label()
                        + " but this file's timestamps are epoch " + epochUnit.label() + " (from line " + firstEpochLine
                        + "); use one unit for the whole file");
                return Long.MIN_VALUE;
            }
            return TimestampParser.parse(cell, epochUnit);
        }

        /** The first row was read as seconds before the second row showed the file is in milliseconds. */
        private void retimeFirstBar() {
            long t = TimestampParser.parse(firstEpochCell, epochUnit);
            if (prevLine == firstEpochLine && prevTime != Long.MIN_VALUE) prevTime = t;
            if (bars != null && bars.size() == 1) bars.setTime(0, t);
        }

        /** NaN when unparsable or not a positive finite price (and an issue is recorded). */
        private double price(String column, String cell) {
            double v = number(column, cell);
            if (Double.isNaN(v)) return v;
            if (!(v > 0) || Double.isInfinite(v)) {
                issue(column + " must be a positive finite price, got " + cell);
                return Double.NaN;
            }
            return v;
        }

        /** Spread in bps; an empty cell means no quote for that bar (NaN), not an error. */
        private double spread(String[] cells) {
            if (layout.spreadBps() >= 0) {
                String cell = cells[layout.spreadBps()];
                if (cell.isEmpty()) return Double.NaN;
                double s = number("spread_bps", cell);
                if (s < 0) {
                    issue("spread_bps must not be negative, got " + cell);
                    return Double.NaN;
                }
                return s;
            }
            String bidCell = cells[layout.bid()];
            String askCell = cells[layout.ask()];
            if (bidCell.isEmpty() && askCell.isEmpty()) return Double.NaN;
            double bid = price("bid", bidCell);
            double ask = price("ask", askCell);
            if (Double.isNaN(bid) || Double.isNaN(ask)) return Double.NaN;
            if (ask < bid) {
                issue("ask " + askCell + " is below bid " + bidCell);
                return Double.NaN;
            }
            return (ask - bid) / ((ask + bid) / 2.0) * 1e4;
        }


        private void report(int line) {
            problems.add(new Problem(file, "line " + line, issues.toString()));
        }

        void fail(IOException e) {
            problems.add(new Problem(file, lastLine > 0 ? "line " + (lastLine + 1) : null, "cannot read: " + reason(e)));
        }

        BarSeries finish() throws InvalidInputException {
            if (problems.isEmpty() && layout == null) {
                throw InvalidInputException.of(file, null, "empty file; expected a header row "
                        + "(timestamp,open,high,low,close,volume) and at least one bar");
            }
            if (problems.isEmpty() && dataRows == 0) {
                throw InvalidInputException.of(file, null, "no bars: the file has a header but no data rows");
            }
            if (descending) {
                // a whole file going back in time is one mistake (the export's sort order), not one per row
                problems.add(0, descendingBroken || backwardSteps < 2
                        ? new Problem(file, "line " + firstBackLine, firstBackIssue)
                        : new Problem(file, null, "rows are in descending time order; sort them ascending"));
            }
            if (truncated) {
                problems.add(new Problem(file, null, "stopped after " + MAX_BAD_LINES + " bad lines"));
            }
            if (!problems.isEmpty()) throw new InvalidInputException(problems);
            checkSpacing();
            return bars.toSeries(spec.symbol(), spec.timeframe(), file);
        }

        /**
         * The median step between rows must be the declared bar length (gaps are allowed, so it is
         * the median that decides): 1h rows declared as 15m would otherwise run as 15m bars. Every
         * step is at least one bar length (checked per row), so the median is the bar length
         * exactly when more than half of the steps are; only a wrong file pays for the sort.
         */
        private void checkSpacing() throws InvalidInputException {
            if (steps == 0 || exactSteps * 2 > steps) return;
            BarSeries series = bars.toSeries(spec.symbol(), spec.timeframe(), file);
            long[] t = series.time();
            long[] d = new long[t.length - 1];
            for (int i = 1; i < t.length; i++) d[i - 1] = t[i] - t[i - 1];
            Arrays.sort(d);
            long median = d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
            Timeframe tf = spec.timeframe();
            String actual = null;
            for (Timeframe candidate : Timeframe.values()) {
                if (candidate.millis() == median) actual = candidate.label();
            }
            throw InvalidInputException.of(file, null, "the rows are " + Durations.format(median) + " apart (median spacing)"
                    + " but the data is declared as " + tf.label() + (actual != null ? "; declare it as " + spec.symbol()
                    + ":" + actual + "=" + spec.path() : "; give " + tf.label() + " bars"));
        }
    }
}
