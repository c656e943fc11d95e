package com.ladderbench.core.analysis;

import com.ladderbench.core.ledger.LotSize;
import com.ladderbench.core.ledger.WeightedAverageCost;
import com.ladderbench.model.Lots;
import com.ladderbench.model.PositionSide;
import java.util.Arrays;
import java.util.List;

/**
 * The books of a run that keeps only its metrics (a sweep's point): each symbol's position under
 * weighted average cost, each TradeSet's realized P&L and fees, the fills' fee and traded sums and
 * the legs whipsaw reads, all in primitive columns. The arithmetic is the ledger's
 * ({@link WeightedAverageCost}, as PositionLifecycle and OpenTradeSet call it), in the same order, so the metrics come out identical to those
 * computed from the ledger's TradeSets and the fills, while a point allocates no Fill, TradeLeg,
 * TradeSet or id per trade and its garbage stays near zero however many points run at once.
 */
public final class TradeTally {
    private LotSize lotSize;
    private List<String> symbols;
    // per symbol: position in lots, its weighted average cost (NaN when flat), the set it belongs to
    private long[] lots;
    private double[] wac;
    private int[] openSet;
    private long[] lastTimestamp;
    private Whipsaw.Legs[] legs;
    // per TradeSet, in the order they opened (their ids' order)
    private int sets;
    private long[] openedAt = new long[16];
    private double[] realized = new double[16];
    private double[] fees = new double[16];
    private boolean[] closed = new boolean[16];
    private boolean[] shortSide = new boolean[16];
    // the fills' sums, in fill order
    private double fillFees;
    private double traded;

    public TradeTally(List<String> symbols, LotSize lotSize) {
        reset(symbols, lotSize);
    }

    /** A tally of no symbols, for a run to {@link #reset} before it books (a sweep worker's, made before its first point). */
    public TradeTally() {
        this(List.of(), new LotSize(1));
    }

    /**
     * Empties the tally for another run on {@code symbols} at {@code lotSize}, as a new one would
     * start, keeping the capacity its columns grew to: a sweep's worker books point after point
     * into one tally, so a point's trades allocate nothing once the first point has sized it.
     *
     * @return this tally
     */
    public TradeTally reset(List<String> symbols, LotSize lotSize) {
        this.symbols = List.copyOf(symbols);
        this.lotSize = lotSize;
        int n = symbols.size();
        if (lots == null || lots.length != n) {
            lots = new long[n];
            wac = new double[n];
            openSet = new int[n];
            lastTimestamp = new long[n];
            legs = new Whipsaw.Legs[n];
        }
        Arrays.fill(lots, 0L);
        Arrays.fill(wac, Double.NaN);
        Arrays.fill(openSet, -1);
        Arrays.fill(lastTimestamp, Long.MIN_VALUE);
        for (Whipsaw.Legs l : legs) {
            if (l != null) l.clear();
        }
        sets = 0; // a set's columns are set when it opens (open), so the old sets' values need no clearing
        fillFees = 0;
        traded = 0;
        return this;
    }

    /**
     * Books a fill as the ledger would: against the position first, whatever is left opens or
     * adds; a fill that crosses zero makes two legs, the fee split pro rata by quantity.
     *
     * @param symbol the symbol's index in the run
     * @param bar the fill's bar in the symbol's base series (whipsaw counts its window in bars)
     * @param sign +1 for a buy, -1 for a sell
     * @return the realized P&L of the legs it produced (gross of fees), as {@code Ledger.book} returns it
     * @throws IllegalArgumentException for a fill the ledger would refuse
     */
    public double book(int symbol, int bar, long timestamp, int sign, long fillLots, double price, double fee) {
        validate(symbol, timestamp, sign, fillLots, price, fee);
        fillFees += fee;
        traded += Lots.toDouble(fillLots, lotSize.lotSize()) * price;
        long cur = lots[symbol];
        double realizedHere = 0;
        long remaining = fillLots;
        double feeLeft = fee;
        long closing = WeightedAverageCost.closingLots(cur, sign, fillLots);
        if (closing > 0) {
            double legFee = WeightedAverageCost.closingFee(closing, fillLots, fee);
            double legRealized = WeightedAverageCost.realizedPnl(cur, lotSize.toQty(closing), price, wac[symbol]);
            cur += sign * closing;
            lots[symbol] = cur;
            int set = openSet[symbol];
            leg(symbol, set, timestamp, bar, false, price, closing, legFee, legRealized);
            realizedHere += legRealized;
            remaining -= closing;
            feeLeft -= legFee;
            if (cur == 0) {
                closed[set] = true;
                openSet[symbol] = -1;
                wac[symbol] = Double.NaN;
            }
        }
        if (remaining > 0) {
            if (cur == 0) openSet[symbol] = open(timestamp, sign < 0);
            double legFee = WeightedAverageCost.openingFee(closing, fee, feeLeft);
            wac[symbol] = WeightedAverageCost.afterAdding(lotSize, cur, wac[symbol], remaining, sign, price);
            lots[symbol] = cur + sign * remaining;
            leg(symbol, openSet[symbol], timestamp, bar, true, price, remaining, legFee, 0.0);
        }
        return realizedHere;
    }

    private void validate(int symbol, long timestamp, int sign, long fillLots, double price, double fee) {
        String problem = WeightedAverageCost.lotsProblem(fillLots);
        if (problem == null) problem = WeightedAverageCost.priceProblem(price);
        if (problem == null) problem = WeightedAverageCost.feeProblem(fee);
        if (problem != null) throw bad(symbol, timestamp, problem);
        if (WeightedAverageCost.isOutOfOrder(timestamp, lastTimestamp[symbol])) {
            throw bad(symbol, timestamp, WeightedAverageCost.OUT_OF_ORDER);
        }
        if (WeightedAverageCost.overflows(lots[symbol], sign, fillLots)) {
            throw bad(symbol, timestamp, "would make the position larger than " + Long.MAX_VALUE + " lots of "
                    + lotSize.lotSize());
        }
        lastTimestamp[symbol] = timestamp;
    }

    private IllegalArgumentException bad(int symbol, long timestamp, String message) {
        return new IllegalArgumentException("fill on " + symbols.get(symbol) + " at " + timestamp + " " + message);
    }

    private int open(long timestamp, boolean isShort) {
        if (sets == openedAt.length) {
            int n = 2 * sets;
            openedAt = Arrays.copyOf(openedAt, n);
            realized = Arrays.copyOf(realized, n);
            fees = Arrays.copyOf(fees, n);
            closed = Arrays.copyOf(closed, n);
            shortSide = Arrays.copyOf(shortSide, n);
        }
        openedAt[sets] = timestamp;
        shortSide[sets] = isShort;
        realized[sets] = 0;
        fees[sets] = 0;
        closed[sets] = false;
        return sets++;
    }

    private void leg(int symbol, int set, long timestamp, int bar, boolean entry, double price, long legLots,
            double legFee, double legRealized) {
        realized[set] += legRealized;
        fees[set] += legFee;
        Whipsaw.Legs l = legs[symbol];
        if (l == null) {
            l = new Whipsaw.Legs();
            legs[symbol] = l;
        }
        l.add(timestamp, bar, entry, shortSide[set] ? PositionSide.SHORT : PositionSide.LONG, price, legLots,
                lotSize.lotSize(), legFee);
    }

    /** Signed position in lots of the symbol at {@code symbol} (negative = short). */
    public long lots(int symbol) {
        return lots[symbol];
    }

    /** Weighted average cost of the symbol's open position; NaN when flat. */
    public double wac(int symbol) {
        return wac[symbol];
    }

    /** TradeSets so far, closed and open. */
    public int tradeSets() {
        return sets;
    }

    /** Σ fee of the fills, in fill order. */
    public double fees() {
        return fillFees;
    }

    /** Σ qty × price of the fills, in fill order. */
    public double traded() {
        return traded;
    }

    /** The sets in the ledger's order: opened_at, then id (the order they opened). */
    int[] setOrder() {
        int[] order = new int[sets];
        boolean sorted = true;
        for (int k = 0; k < sets; k++) {
            order[k] = k;
            if (k > 0 && openedAt[k - 1] > openedAt[k]) sorted = false;
        }
        if (sorted) return order;
        Integer[] boxed = new Integer[sets];
        for (int k = 0; k < sets; k++) boxed[k] = k;
        Arrays.sort(boxed, (a, b) -> a.equals(b) ? 0
                : openedAt[a] != openedAt[b] ? Long.compare(openedAt[a], openedAt[b]) : Integer.compare(a, b));
        for (int k = 0; k < sets; k++) order[k] = boxed[k];
        return order;
    }

    /** The set's net P&L as its TradeSet gives it: realized minus fees. */
    double pnlNet(int set) {
        return realized[set] - fees[set];
    }

    boolean isClosed(int set) {
        return closed[set];
    }

    /** Σ pnl_net over every set, in the ledger's order (reconciliation's P&L side). */
    public double pnlNet() {
        double sum = 0;
        for (int set : setOrder()) sum += pnlNet(set);
        return sum;
    }

    /** Unrealized P&L of the open positions at {@code marks}, per symbol in run order. */
    public double unrealizedPnl(double[] marks) {
        double sum = 0.0;
        for (int s = 0; s < lots.length; s++) {
            if (lots[s] != 0) sum += WeightedAverageCost.unrealizedPnl(lotSize, lots[s], wac[s], marks[s]);
        }
        return sum;
    }

    /** Whipsaw over the legs booked, symbols in name order, as {@link Whipsaw#of} reads the TradeSets. */
    public Whipsaw whipsaw(int windowBars) {
        Integer[] byName = new Integer[symbols.size()];
        for (int s = 0; s < byName.length; s++) byName[s] = s;
        Arrays.sort(byName, (a, b) -> symbols.get(a).compareTo(symbols.get(b)));
        Whipsaw.Matcher m = new Whipsaw.Matcher(windowBars);
        for (int s : byName) {
            if (legs[s] != null) m.match(legs[s].byTime());
        }
        return m.result();
    }
}
