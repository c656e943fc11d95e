package com.ladderbench.core.engine;

/**
 * The proposals of one symbol at one bar, as reusable primitive columns (the loop clears and
 * refills them every bar without allocating). Candidates are added in plan order.
 */
final class Candidates {
    /** What an entry candidate would do to the position. */
    static final byte OPEN = 0;
    static final byte TOP_UP = 1;
    static final byte REVERSAL = 2;
    /** Entry whose direction is already at target: votes to keep the position, places no order. */
    static final byte HOLD_VOTE = 3;
    static final byte EXIT = 4;
    static final byte PARTIAL_EXIT = 5;
    /** A true emergency_exit rule that places no order (flat, or blocked) but still vetoes entries. */
    static final byte VETO = 6;

    private static final String[] KIND_NAMES =
            {"open", "scale_in", "reversal", "hold_vote", "exit", "partial_exit", "veto"};

    static String kindName(byte kind) { return KIND_NAMES[kind]; }

    private final int[] trigger;
    // each candidate's trigger's confidence rank, copied here so that resolution reads one column
    private final int[] rank;
    private final Tier[] tier;
    private final long[] lots;
    private final byte[] kind;
    private final boolean[] dust;
    private final boolean[] alive;
    private int size;

    Candidates(int capacity) {
        trigger = new int[capacity];
        rank = new int[capacity];
        tier = new Tier[capacity];
        lots = new long[capacity];
        kind = new byte[capacity];
        dust = new boolean[capacity];
        alive = new boolean[capacity];
    }

    void clear() { size = 0; }

    int size() { return size; }

    void add(int triggerIndex, int confidenceRank, Tier t, long orderLots, byte k, boolean dustSweep) {
        trigger[size] = triggerIndex;
        rank[size] = confidenceRank;
        tier[size] = t;
        lots[size] = orderLots;
        kind[size] = k;
        dust[size] = dustSweep;
        alive[size] = true;
        size++;
    }

    int trigger(int c) { return trigger[c]; }

    int rank(int c) { return rank[c]; }

    Tier tier(int c) { return tier[c]; }

    long lots(int c) { return lots[c]; }

    byte kind(int c) { return kind[c]; }

    boolean dust(int c) { return dust[c]; }

    boolean alive(int c) { return alive[c]; }

    /** Hold votes and emergency vetoes win without trading. */
    boolean placesOrder(int c) { return kind[c] != HOLD_VOTE && kind[c] != VETO; }

    boolean isEntry(int c) { return tier[c] == Tier.ENTRY; }

    void drop(int c) { alive[c] = false; }
}
