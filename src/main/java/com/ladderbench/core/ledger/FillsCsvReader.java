package com.ladderbench.core.ledger;

import com.ladderbench.core.io.FileEpochUnit;
import com.ladderbench.core.text.Decimals;
import com.ladderbench.core.text.Names;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.ladderbench.model.Category;
import com.ladderbench.model.Fill;
import com.ladderbench.model.GeneratedIds;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Side;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads a fills CSV ({@code fill_id?,timestamp,symbol,side,qty,price,fee,trigger_id?,category?,
 * reason?,exit_fraction?}; header required, names case-insensitive, any order) into fills the
 * {@link Ledger} will accept. Every bad line is reported with its number, up to {@value #MAX_PROBLEMS}.
 * Fills without a fill_id get {@code F000001}, {@code F000002}, ... in file order, skipping ids the
 * file itself uses.
 */
public final class FillsCsvReader {
    static final int MAX_PROBLEMS = 20;
    /** Below this many lots a double holds the count exactly, so noise in the text can be told from an off-grid qty. */
    private static final double NOISE_TOLERANT_LOTS = 0x1p50;

    private final String fileName;
    private final LotSize lotSize;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> explicitIds = new HashMap<>();
    private final Map<String, Long> lastTimestamp = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private int rowLine = 1;
    /** The file's epoch unit (SPEC §2.2: one per file), told by its first epoch value. */
    private final FileEpochUnit epochUnit = new FileEpochUnit();

    /** A valid data row before fill ids are assigned. */
    private record Row(String fillId, long timestamp, String symbol, Side side, long lots, double price,
                       double fee, String triggerId, Category category, String reason, Double exitFraction) {
    }

    private FillsCsvReader(String fileName, LotSize lotSize) {
        this.fileName = fileName;
        this.lotSize = lotSize;
    }

    public static List<Fill> read(Path file, LotSize lotSize) throws InvalidInputException {
        return new FillsCsvReader(file.toString(), lotSize).readAll(file);
    }

    private List<Fill> readAll(Path file) throws InvalidInputException {
        CsvFactory factory = new CsvFactory();
        factory.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        factory.enable(CsvParser.Feature.TRIM_SPACES);
        try (Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                new com.ladderbench.core.io.TextInputGuard(Files.newInputStream(file)),
                StandardCharsets.UTF_8.newDecoder()));
             CsvParser parser = factory.createParser(reader)) {
            parse(parser);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(fileName, null, "file not found");
        } catch (com.ladderbench.core.io.TextInputGuard.NotText e) {
            throw InvalidInputException.of(fileName, "line " + e.line(), e.getMessage());
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(fileName, null, "not UTF-8 text");
        } catch (JsonProcessingException e) {
            // Jackson locates a broken quote where it gave up (often the end of the file); the row it was reading is more useful
            problem(rowLine, "malformed CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw InvalidInputException.of(fileName, null, "cannot read: " + e.getMessage());
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return assignIds();
    }

    private void parse(CsvParser parser) throws IOException {
        Map<FillColumn, Integer> columns = null;
        int width = 0;
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            // the row's first value knows its physical line; the START_ARRAY token does not
            int line = -1;
            List<String> cells = new ArrayList<>();
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                if (line < 0) line = rowLine = parser.currentTokenLocation().getLineNr();
                cells.add(parser.getText());
            }
            rowLine = parser.currentLocation().getLineNr(); // where the next row starts, barring blank lines
            if (columns == null) {
                width = cells.size();
                columns = header(cells, line);
                if (columns == null) return;
                continue;
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(new Problem(fileName, null, "too many problems; stopped reading at line " + line));
                return;
            }
            row(cells, width, columns, line);
        }
        if (columns == null) problem(1, "empty file; expected a header row: " + FillColumn.headers());
    }

    private Map<FillColumn, Integer> header(List<String> cells, int line) {
        Map<FillColumn, Integer> columns = new EnumMap<>(FillColumn.class);
        int before = problems.size();
        for (int i = 0; i < cells.size(); i++) {
            String name = i == 0 ? stripBom(cells.get(i)) : cells.get(i);
            var column = FillColumn.fromHeader(name);
            if (column.isEmpty()) {
                problem(line, "unknown column '" + name + "'; expected " + FillColumn.headers());
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problem(line, "column '" + name + "' appears twice");
            }
        }
        for (FillColumn c : FillColumn.values()) {
            if (c.required() && !columns.containsKey(c)) problem(line, "missing column '" + c.header() + "'");
        }
        return problems.size() == before ? columns : null;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1).trim() : s;
    }

    private void row(List<String> cells, int width, Map<FillColumn, Integer> columns, int line) {
        if (cells.size() != width) {
            problem(line, "expected " + width + " values, found " + cells.size());
            return;
        }
        RowParser r = new RowParser(cells, columns, line);
        String fillId = r.optional(FillColumn.FILL_ID);
        OptionalLong timestamp = r.timestamp();
        String symbol = r.name(FillColumn.SYMBOL, r.required(FillColumn.SYMBOL), Names::checkSymbol);
        String triggerId = r.name(FillColumn.TRIGGER_ID, r.optional(FillColumn.TRIGGER_ID), Names::checkTriggerId);
        Side side = r.side();
        double qty = r.number(FillColumn.QTY, v -> v > 0, "must be > 0");
        double price = r.number(FillColumn.PRICE, v -> v > 0, "must be > 0");
        double fee = r.number(FillColumn.FEE, v -> v >= 0, "must be >= 0");
        Category category = r.category();
        String exitFractionText = r.optional(FillColumn.EXIT_FRACTION);
        Double exitFraction = exitFractionText == null ? null
                : r.number(FillColumn.EXIT_FRACTION, v -> v > 0 && v <= 1, "must be in (0, 1]");
        long lots = 0;
        if (!Double.isNaN(qty)) {
            // counted from the text itself, exactly: a double would lose lots beyond 2^53
            String text = cells.get(columns.get(FillColumn.QTY)).trim();
            OptionalLong exact = lotSize.toLotsExact(new BigDecimal(text));
            if (exact.isEmpty() && qty / lotSize.lotSize() < NOISE_TOLERANT_LOTS) {
                // another tool's binary noise (0.30000000000000004) is tolerated where a double counts lots exactly
                exact = lotSize.toLotsExact(qty);
            }
            if (exact.isPresent()) {
                lots = exact.getAsLong();
            } else if (qty / lotSize.lotSize() >= Long.MAX_VALUE / 2.0) {
                r.fail("qty " + text + " is more lots of " + lotSize.lotSize() + " than a 64-bit count holds;"
                        + " pass a larger --lot-size");
            } else {
                r.fail("qty " + text + " is not a whole number of lots of " + lotSize.lotSize());
            }
        }
        if (fillId != null) {
            Integer first = explicitIds.putIfAbsent(fillId, line);
            if (first != null) r.fail("duplicate fill_id '" + fillId + "' (first on line " + first + ")");
        }
        if (symbol != null && timestamp.isPresent()) {
            Long previous = lastTimestamp.get(symbol);
            if (previous != null && timestamp.getAsLong() < previous) {
                r.fail("timestamp goes back in time for " + symbol + " (fills of one symbol must be in time order)");
            } else {
                lastTimestamp.put(symbol, timestamp.getAsLong());
            }
        }
        if (r.ok) {
            rows.add(new Row(fillId, timestamp.getAsLong(), symbol, side, lots, price, fee,
                    triggerId, category, r.optional(FillColumn.REASON), exitFraction));
        }
    }

    private List<Fill> assignIds() {
        Set<String> taken = new HashSet<>(explicitIds.keySet());
        long next = 1;
        List<Fill> fills = new ArrayList<>(rows.size());
        for (Row r : rows) {
            String id = r.fillId();
            if (id == null) {
                do {
                    id = GeneratedIds.format('F', next++);
                } while (taken.contains(id));
            }
            fills.add(new Fill(id, r.timestamp(), r.symbol(), null, r.side(), r.lots(), lotSize.lotSize(), r.price(), r.fee(),
                    r.triggerId(), r.category(), r.reason(), r.exitFraction(), null));
        }
        return fills;
    }

    private void problem(int line, String message) {
        problems.add(new Problem(fileName, line > 0 ? "line " + line : null, message));
    }

    /** Reads one row's cells, recording a problem per bad value. */
    private final class RowParser {
        private final List<String> cells;
        private final Map<FillColumn, Integer> columns;
        private final int line;
        boolean ok = true;

        RowParser(List<String> cells, Map<FillColumn, Integer> columns, int line) {
            this.cells = cells;
            this.columns = columns;
            this.line = line;
        }

        void fail(String message) {
            ok = false;
            problem(line, message);
        }

        String optional(FillColumn c) {
            Integer i = columns.get(c);
            if (i == null) return null;
            String v = cells.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        /** {@code value} when its characters are allowed (SPEC §2.1); otherwise null and the row fails. */
        String name(FillColumn c, String value, java.util.function.Function<String, java.util.Optional<String>> check) {
            if (value == null) return null;
            java.util.Optional<String> problem = check.apply(value);
            if (problem.isEmpty()) return value;
            fail(c.header() + " " + problem.get());
            return null;
        }

        String required(FillColumn c) {
            String v = optional(c);
            if (v == null) fail(c.header() + " is empty");
            return v;
        }

        OptionalLong timestamp() {
            String text = required(FillColumn.TIMESTAMP);
            if (text == null) return OptionalLong.empty();
            try {
                return OptionalLong.of(epochUnit.parse(text.trim(), line));
            } catch (IllegalArgumentException e) {
                fail(e.getMessage().startsWith("timestamp ") ? e.getMessage()
                        : "timestamp '" + text + "' is neither ISO-8601 nor epoch seconds/milliseconds");
                return OptionalLong.empty();
            }
        }

        Side side() {
            String text = required(FillColumn.SIDE);
            if (text == null) return null;
            var side = Side.fromWire(text);
            if (side.isEmpty()) fail("side '" + text + "' must be buy or sell");
            return side.orElse(null);
        }

        Category category() {
            String text = optional(FillColumn.CATEGORY);
            if (text == null) return null;
            var category = Category.fromWire(text.toLowerCase(Locale.ROOT));
            if (category.isEmpty()) fail("unknown category '" + text + "'; expected one of " + Category.wires());
            return category.orElse(null);
        }

        /** NaN when missing or invalid (and a problem is recorded). */
        double number(FillColumn c, java.util.function.DoublePredicate valid, String rule) {
            String text = required(c);
            if (text == null) return Double.NaN;
            // plain decimals only: Double.parseDouble would also take "NaN", "0x1p3" or "1d"
            if (!Decimals.isPlain(text)) {
                fail(c.header() + " '" + text + "' is not a number");
                return Double.NaN;
            }
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v) || !valid.test(v)) {
                fail(c.header() + " " + text + " " + rule);
                return Double.NaN;
            }
            return v;
        }
    }
}
