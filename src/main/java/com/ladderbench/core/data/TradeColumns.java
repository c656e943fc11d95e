package com.ladderbench.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where each field of a trades CSV sits, from its header. Index -1 = column absent (only side may be). */
record TradeColumns(int time, int price, int amount, int side) {
    private static final String[] TIME_NAMES = {"timestamp", "date", "datetime", "time"};
    /** {@code amount} first; the others are what common exchange exports call it. */
    private static final String[] AMOUNT_NAMES = {"amount", "qty", "quantity", "size"};
    static final String EXPECTED = "timestamp,price,amount[,side]";

    int cellsNeeded() {
        return Math.max(Math.max(time, price), Math.max(amount, side)) + 1;
    }

    /** True when a header names the columns of trades and not those of bars. */
    static boolean isTradesHeader(List<String> names) {
        List<String> lower = normalised(names.toArray(String[]::new), names.size());
        return first(lower, TIME_NAMES) >= 0 && lower.contains("price") && first(lower, AMOUNT_NAMES) >= 0
                && !lower.contains("open") && !lower.contains("close");
    }

    /**
     * Maps a header row. Names are matched trimmed and case-insensitively; other columns are ignored.
     *
     * @throws IllegalArgumentException naming every missing column
     */
    static TradeColumns fromHeader(String[] cells, int count) {
        List<String> names = normalised(cells, count);
        int time = first(names, TIME_NAMES);
        int price = names.indexOf("price");
        int amount = first(names, AMOUNT_NAMES);
        List<String> missing = new ArrayList<>();
        if (time < 0) missing.add("timestamp");
        if (price < 0) missing.add("price");
        if (amount < 0) missing.add("amount");
        if (!missing.isEmpty()) {
            String bars = names.contains("open") && names.contains("close")
                    ? " (this looks like a file of bars, not trades: use it as --data directly)" : "";
            throw new IllegalArgumentException((missing.size() == 1 ? "missing column " : "missing columns ")
                    + String.join(", ", missing) + "; expected " + EXPECTED + ", the header has: "
                    + String.join(", ", names) + bars);
        }
        return new TradeColumns(time, price, amount, names.indexOf("side"));
    }

    private static List<String> normalised(String[] cells, int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = cells[i].trim().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) name = name.substring(1).trim(); // BOM from spreadsheet exports
            names.add(name);
        }
        return names;
    }

    private static int first(List<String> names, String[] candidates) {
        for (String c : candidates) {
            int i = names.indexOf(c);
            if (i >= 0) return i;
        }
        return -1;
    }
}
