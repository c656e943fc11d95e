package com.ladderbench.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where each field sits in a row: from a header, or the fixed Binance kline layout. Index -1 =
 * column absent. Spread comes from {@code spread_bps} if present, else from {@code bid}/{@code ask}.
 */
record ColumnLayout(int time, int open, int high, int low, int close, int volume, int spreadBps, int bid, int ask) {

    /** Binance kline export: open time, open, high, low, close, volume, close time, and five more. */
    static final ColumnLayout BINANCE = new ColumnLayout(0, 1, 2, 3, 4, 5, -1, -1, -1);
    static final int BINANCE_COLUMNS = 12;

    /** Names of the time column, in order of preference. */
    private static final String[] TIME_NAMES = {"timestamp", "date", "datetime", "open_time"};

    boolean hasSpread() { return spreadBps >= 0 || bid >= 0; }

    /** Cells a data row needs so that every used column exists. */
    int cellsNeeded() {
        int max = Math.max(Math.max(time, open), Math.max(Math.max(high, low), Math.max(close, volume)));
        max = Math.max(max, Math.max(spreadBps, Math.max(bid, ask)));
        return max + 1;
    }

    /**
     * Maps a header row. Names are matched trimmed and case-insensitively; other columns are ignored.
     *
     * @throws IllegalArgumentException naming every missing column, or a column named twice
     */
    static ColumnLayout fromHeader(String[] cells, int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = cells[i].trim().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) name = name.substring(1).trim(); // BOM from spreadsheet exports
            if (!name.isEmpty() && names.contains(name)) {
                // two "close" columns: whichever one were read, the other would be silently ignored
                throw new IllegalArgumentException("column '" + name + "' appears twice in the header (columns "
                        + (names.indexOf(name) + 1) + " and " + (i + 1) + ")");
            }
            names.add(name);
        }
        int time = -1;
        for (String candidate : TIME_NAMES) {
            time = names.indexOf(candidate);
            if (time >= 0) break;
        }
        int open = names.indexOf("open");
        int high = names.indexOf("high");
        int low = names.indexOf("low");
        int close = names.indexOf("close");
        int volume = names.indexOf("volume");
        int spread = names.indexOf("spread_bps");
        int bid = names.indexOf("bid");
        int ask = names.indexOf("ask");
        List<String> missing = new ArrayList<>();
        if (time < 0) missing.add("timestamp (or date)");
        if (open < 0) missing.add("open");
        if (high < 0) missing.add("high");
        if (low < 0) missing.add("low");
        if (close < 0) missing.add("close");
        if (volume < 0) missing.add("volume");
        if (spread < 0 && (bid < 0) != (ask < 0)) missing.add(bid < 0 ? "bid (there is an ask column)" : "ask (there is a bid column)");
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException((missing.size() == 1 ? "missing column " : "missing columns ")
                    + String.join(", ", missing) + "; the header has: " + String.join(", ", names));
        }
        if (spread >= 0) {
            bid = -1;
            ask = -1;
        }
        return new ColumnLayout(time, open, high, low, close, volume, spread, bid, ask);
    }
}
