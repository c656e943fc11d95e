package com.ladderbench.model;

import java.util.Optional;

/** What a trigger wants: open/add long, open/add short, or reduce/close. */
public enum Direction {
    LONG("long"), SHORT("short"), EXIT("exit");

    private final String wire;

    Direction(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    /** "flat" and "flat_exit" are the strategist's older words for exit. */
    public static Optional<Direction> fromWire(String s) {
        switch (s) {
            case "long": return Optional.of(LONG);
            case "short": return Optional.of(SHORT);
            case "exit":
            case "flat":
            case "flat_exit": return Optional.of(EXIT);
            default: return Optional.empty();
        }
    }

    @Override
    public String toString() { return wire; }
}
