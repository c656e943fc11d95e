package com.ladderbench.model;

import java.util.Optional;

/** When an order decided at a bar close is filled. */
public enum FillModel {
    /** At the deciding bar's close. */
    CLOSE("close"),
    /** At the next bar's open; an order decided on the last bar is never filled. */
    NEXT_OPEN("next_open");

    private final String wire;

    FillModel(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public static Optional<FillModel> fromWire(String s) {
        for (FillModel m : values()) {
            if (m.wire.equals(s)) return Optional.of(m);
        }
        return Optional.empty();
    }

    @Override
    public String toString() { return wire; }
}
