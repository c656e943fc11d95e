package com.ladderbench.core.ledger;

import java.util.Locale;
import java.util.Optional;

/** The columns of a fills CSV (SPEC §7). */
enum FillColumn {
    FILL_ID(false), TIMESTAMP(true), SYMBOL(true), SIDE(true), QTY(true), PRICE(true), FEE(true),
    TRIGGER_ID(false), CATEGORY(false), REASON(false), EXIT_FRACTION(false);

    private final boolean required;

    FillColumn(boolean required) {
        this.required = required;
    }

    boolean required() {
        return required;
    }

    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FillColumn> fromHeader(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (FillColumn c : values()) {
            if (c.header().equals(n)) return Optional.of(c);
        }
        return Optional.empty();
    }

    static String headers() {
        StringBuilder sb = new StringBuilder();
        for (FillColumn c : values()) {
            if (sb.length() > 0) sb.append(',');
            sb.append(c.header());
            if (!c.required) sb.append('?');
        }
        return sb.toString();
    }
}
