package com.ladderbench.model;

import java.util.Optional;

/** Side of a fill or order. */
public enum Side {
    BUY("buy"), SELL("sell");

    private final String wire;

    Side(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    /** +1 for buy, -1 for sell. */
    public int sign() { return this == BUY ? 1 : -1; }

    public static Optional<Side> fromWire(String s) {
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "buy": return Optional.of(BUY);
            case "sell": return Optional.of(SELL);
            default: return Optional.empty();
        }
    }

    @Override
    public String toString() { return wire; }
}
