package com.ladderbench.model;

/** The side of a position or TradeSet. */
public enum PositionSide {
    LONG("long"), SHORT("short");

    private final String wire;

    PositionSide(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    /** The fill side that adds to a position of this side. */
    public Side entrySide() { return this == LONG ? Side.BUY : Side.SELL; }

    public int sign() { return this == LONG ? 1 : -1; }

    @Override
    public String toString() { return wire; }
}
