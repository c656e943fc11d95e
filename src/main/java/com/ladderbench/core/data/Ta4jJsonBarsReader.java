package com.ladderbench.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.core.io.Timestamps;
import com.ladderbench.core.plan.JsonDocument;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads bars in ta4j's JSON bar-series format, as its example data ships them:
 * {@code {"name": "ETH/USD_PT5M@BinanceUS", "ohlc": [{"endTime": 1678730699999, "openPrice": ...,
 * "highPrice", "lowPrice", "closePrice", "volume", "amount"}, ...]}}.
 *
 * <p>{@code endTime} is epoch milliseconds at the bar's end, either exclusive (a boundary) or
 * inclusive (one millisecond before it, as ta4j writes); the bar is labelled by its start like
 * every bar in the project. {@code amount} (quote volume) has no place in a bar and is ignored.
 * Every bar is checked as the CSV reader checks rows; problems name the JSON path.
 */
public final class Ta4jJsonBarsReader {
    private static final String BARS = "ohlc";

    private Ta4jJsonBarsReader() {
    }

    public static BarSeries read(Path file, String symbol, Timeframe timeframe) throws InvalidInputException {
        return read(JsonDocument.readText(file), file.toString(), symbol, timeframe);
    }

    /** As {@link #read(Path, String, Timeframe)}, from the document's text; {@code file} names it in messages. */
    public static BarSeries read(String text, String file, String symbol, Timeframe timeframe) throws InvalidInputException {
        ObjectNode root = JsonDocument.parseObject(text, file, "a ta4j bar series");
        JsonNode ohlc = root.get(BARS);
        if (ohlc == null || !ohlc.isArray()) {
            throw InvalidInputException.of(file, BARS, "expected an array of bars {endTime, openPrice, highPrice, "
                    + "lowPrice, closePrice, volume}" + (ohlc == null ? "; the document has none" : ""));
        }
        if (ohlc.isEmpty()) throw InvalidInputException.of(file, BARS, "no bars");
        long length = timeframe.millis();
        BarColumns bars = new BarColumns(ohlc.size(), false);
        List<Problem> problems = new ArrayList<>();
        long prev = Long.MIN_VALUE;
        for (int i = 0; i < ohlc.size(); i++) {
            String path = BARS + "[" + i + "]";
            if (!ohlc.get(i).isObject()) {
                problems.add(new Problem(file, path, "expected a bar object {endTime, openPrice, ...}, got " + ohlc.get(i)));
                continue;
            }
            Bar bar = new Bar(file, path, ohlc.get(i), problems);
            long start = bar.start(timeframe);
            double open = bar.price("openPrice");
            double high = bar.price("highPrice");
            double low = bar.price("lowPrice");
            double close = bar.price("closePrice");
            double volume = bar.number("volume");
            if (!Double.isNaN(volume) && volume < 0) bar.problem("volume", "must not be negative, got " + volume);
            if (!Double.isNaN(high) && !Double.isNaN(low)) {
                if (high < low) {
                    bar.problem("highPrice", high + " is below lowPrice " + low);
                } else {
                    if (!Double.isNaN(open) && (open < low || open > high)) bar.problem("openPrice", "is outside [lowPrice, highPrice]");
                    if (!Double.isNaN(close) && (close < low || close > high)) bar.problem("closePrice", "is outside [lowPrice, highPrice]");
                }
            }
            if (start != Long.MIN_VALUE) {
                if (prev != Long.MIN_VALUE && start - prev < length) {
                    bar.problem("endTime", start <= prev
                            ? "bar starting " + Timestamps.format(start) + " is not after the previous bar's start "
                                + Timestamps.format(prev) + "; bars must be in ascending time order"
                            : "bar starts " + Durations.format(start - prev) + " after the previous one; "
                                + timeframe.label() + " bars must be at least " + timeframe.label() + " apart");
                }
                prev = start;
            }
            if (problems.size() >= BarCsvReader.MAX_BAD_LINES) {
                problems.add(new Problem(file, null, "stopped after " + problems.size() + " problems"));
                break;
            }
            if (problems.isEmpty()) bars.add(start, open, high, low, close, volume, Double.NaN);
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return bars.toSeries(symbol, timeframe, file);
    }

    /** One element of {@code ohlc}, read field by field; each problem is recorded at its path. */
    private record Bar(String file, String path, JsonNode node, List<Problem> problems) {
        /** The start of the interval that {@code endTime} closes, or Long.MIN_VALUE (and a problem). */
        long start(Timeframe timeframe) {
            long length = timeframe.millis();
            JsonNode end = field("endTime");
            if (end == null) return Long.MIN_VALUE;
            if (!end.canConvertToExactIntegral() || !end.canConvertToLong()) {
                problem("endTime", "expected epoch milliseconds, got " + end);
                return Long.MIN_VALUE;
            }
            long endTime = end.longValue();
            long start = timeframe.barStart(endTime - 1);
            long span = endTime - start;
            if (span != length && span != length - 1) {
                problem("endTime", Timestamps.format(endTime) + " is not the end of a " + Durations.format(length)
                        + " interval; is the timeframe right?");
                return Long.MIN_VALUE;
            }
            return start;
        }

        double price(String name) {
            double v = number(name);
            if (!Double.isNaN(v) && !(v > 0)) {
                problem(name, "must be a positive price, got " + v);
                return Double.NaN;
            }
            return v;
        }

        /** NaN when absent or not a finite number (and a problem is recorded). */
        double number(String name) {
            JsonNode n = field(name);
            if (n == null) return Double.NaN;
            if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
                problem(name, "expected a number, got " + n);
                return Double.NaN;
            }
            return n.doubleValue();
        }

        private JsonNode field(String name) {
            JsonNode n = node.get(name);
            if (n == null || n.isNull()) problem(name, "missing");
            return n == null || n.isNull() ? null : n;
        }

        void problem(String name, String message) {
            problems.add(new Problem(file, path + "." + name, message));
        }
    }
}
