package com.ladderbench.model;

import java.util.Optional;

/** The strategist's view of the market regime; informational. */
public enum Regime {
    BULL("bull"), BEAR("bear"), RANGE("range"), HIGH_VOL("high_vol"), MIXED("mixed");

    private final String wire;

    Regime(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public static Optional<Regime> fromWire(String s) {
        for (Regime r : values()) {
            if (r.wire.equals(s)) return Optional.of(r);
        }
        return Optional.empty();
    }

    @Override
    public String toString() { return wire; }
}
