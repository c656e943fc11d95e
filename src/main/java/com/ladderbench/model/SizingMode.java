package com.ladderbench.model;

import java.util.Optional;

/** How an entry's target size is computed. */
public enum SizingMode {
    FIXED_FRACTION("fixed_fraction"), NOTIONAL("notional"), VOL_TARGET("vol_target");

    private final String wire;

    SizingMode(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public static Optional<SizingMode> fromWire(String s) {
        for (SizingMode m : values()) {
            if (m.wire.equals(s)) return Optional.of(m);
        }
        return Optional.empty();
    }

    @Override
    public String toString() { return wire; }
}
