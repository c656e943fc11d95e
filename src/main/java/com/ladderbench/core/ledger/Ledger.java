package com.ladderbench.core.ledger;

import com.ladderbench.model.Fill;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The run's books: one {@link PositionLifecycle} per symbol, the TradeSets they produced, and the
 * running totals. Booking a fill is O(1) amortised, whatever the size of the open set.
 */
public final class Ledger {
    /** opened_at, then set id in numeric order (ids are zero-padded but may outgrow the padding). */
    private static final Comparator<TradeSet> SET_ORDER = Comparator.comparingLong(TradeSet::openedAt)
            .thenComparing(TradeSet.BY_SET_ID);

    private final LotSize lotSize;
    // insertion-ordered so that sums over symbols are reproducible to the last bit
    private final Map<String, PositionLifecycle> positions = new LinkedHashMap<>();
    /** The ids booked so far, to reject a repeated one; null in books whose fill ids are distinct by construction. */
    private final Set<String> fillIds;
    private final List<TradeSet> closed = new ArrayList<>();
    private final IdSequence legIds = new IdSequence();
    private final IdSequence setIds = new IdSequence();
    private double realized;
    private double fees;
    private List<TradeSet> tradeSetsCache;
    /** The legs of the fill being booked (at most two): reused, so booking allocates only what it keeps. */
    private final TradeLeg[] legs = new TradeLeg[2];
    private final Consumer<TradeSet> onClose = closed::add;

    /** Books for fills from outside (a fills file, a UI import): a repeated fill id is rejected. */
    public Ledger(LotSize lotSize) {
        this(lotSize, true);
    }

    private Ledger(LotSize lotSize, boolean checksIds) {
        this.lotSize = Objects.requireNonNull(lotSize, "lotSize");
        this.fillIds = checksIds ? new HashSet<>() : null;
    }

    /**
     * Books for fills whose ids are distinct by construction, such as the engine's own sequence
     * ({@code F000001}, {@code F000002}, ...): ids are not remembered, so a repeated one is not
     * caught here. Everything else about a fill is checked as in {@link #Ledger(LotSize)}.
     */
    public static Ledger ofDistinctIds(LotSize lotSize) {
        return new Ledger(lotSize, false);
    }

    public LotSize lotSize() {
        return lotSize;
    }

    /**
     * Books a fill and returns the legs it produced: one, or two when it crosses zero.
     *
     * @throws IllegalArgumentException for a fill the books cannot take: no id or a repeated id,
     *         fewer than one lot or another lot size, price not positive, negative fee, or a
     *         timestamp earlier than the symbol's previous fill
     */
    public List<TradeLeg> apply(Fill fill) {
        List<TradeLeg> legs = new ArrayList<>(2);
        book(fill, legs);
        return legs;
    }

    /**
     * Books a fill as {@link #apply} does, for a caller that only needs the money: no list of legs.
     *
     * @return the realized P&L of the legs it produced (gross of fees)
     * @throws IllegalArgumentException as {@link #apply}
     */
    public double book(Fill fill) {
        return book(fill, null);
    }

    private double book(Fill fill, List<TradeLeg> out) {
        long fillLots = validate(fill);
        if (fillIds != null && !fillIds.add(fill.fillId())) {
            throw new IllegalArgumentException("duplicate fill id " + fill.fillId());
        }
        PositionLifecycle position = positions.get(fill.symbol());
        if (position == null) {
            position = new PositionLifecycle(fill.symbol(), lotSize);
            positions.put(fill.symbol(), position);
        }
        int n;
        try {
            n = position.apply(fill, fillLots, legIds, setIds, onClose, legs);
        } catch (IllegalArgumentException e) {
            if (fillIds != null) fillIds.remove(fill.fillId()); // rejected before booking anything: the id stays free
            throw e;
        }
        double realizedHere = 0;
        for (int k = 0; k < n; k++) {
            TradeLeg leg = legs[k];
            legs[k] = null;
            realized += leg.realizedPnl();
            fees += leg.fees();
            realizedHere += leg.realizedPnl();
            if (out != null) out.add(leg);
        }
        tradeSetsCache = null;
        return realizedHere;
    }

    private long validate(Fill fill) {
        Objects.requireNonNull(fill, "fill");
        if (fill.fillId() == null || fill.fillId().isBlank()) throw new IllegalArgumentException("fill without fill id");
        if (fill.symbol() == null || fill.symbol().isBlank()) throw bad(fill, "has no symbol");
        if (fill.side() == null) throw bad(fill, "has no side");
        String lotsProblem = WeightedAverageCost.lotsProblem(fill.lots());
        if (lotsProblem != null) throw bad(fill, lotsProblem);
        if (fill.lotSize() != lotSize.lotSize()) {
            throw bad(fill, "is in lots of " + fill.lotSize() + ", the books in lots of " + lotSize.lotSize());
        }
        String priceProblem = WeightedAverageCost.priceProblem(fill.price());
        if (priceProblem != null) throw bad(fill, priceProblem);
        String feeProblem = WeightedAverageCost.feeProblem(fill.fee());
        if (feeProblem != null) throw bad(fill, feeProblem);
        return fill.lots();
    }

    private static IllegalArgumentException bad(Fill fill, String message) {
        return new IllegalArgumentException("fill " + fill.fillId() + " " + message);
    }

    /** Never null: a symbol that never traded has a flat lifecycle. */
    public PositionLifecycle position(String symbol) {
        PositionLifecycle p = positions.get(symbol);
        return p != null ? p : new PositionLifecycle(symbol, lotSize);
    }

    /** Closed and still-open sets, ordered by opened_at, then set id. */
    public List<TradeSet> tradeSets() {
        if (tradeSetsCache == null) {
            List<TradeSet> open = new ArrayList<>();
            for (PositionLifecycle p : positions.values()) p.openSet().ifPresent(open::add);
            // every set has the next number of this ledger's sequence when it opens, so the numbers are
            // 1..sets: placed by number, the sets are in opening order, which for fills booked in time
            // order (an engine's) is the order sought, and the sort only checks it; in close order,
            // with many symbols' positions open at once, the sort had far more to do
            TradeSet[] byNumber = new TradeSet[closed.size() + open.size()];
            for (TradeSet t : closed) byNumber[(int) t.setNumber() - 1] = t;
            for (TradeSet t : open) byNumber[(int) t.setNumber() - 1] = t;
            List<TradeSet> all = Arrays.asList(byNumber);
            all.sort(SET_ORDER); // in order already for an engine's books: TimSort makes this linear
            tradeSetsCache = List.copyOf(all);
        }
        return tradeSetsCache;
    }

    /** Σ realized P&L of all legs so far (gross of fees). */
    public double realizedPnl() {
        return realized;
    }

    /** Σ fees of all legs so far, entry legs included. */
    public double fees() {
        return fees;
    }

    /**
     * Unrealized P&L of every open position at the given marks.
     *
     * @throws IllegalArgumentException when an open position's symbol has no mark
     */
    public double unrealizedPnl(Map<String, Double> markPrices) {
        double sum = 0.0;
        for (PositionLifecycle p : positions.values()) {
            if (p.isFlat()) continue;
            Double mark = markPrices.get(p.symbol());
            if (mark == null) throw new IllegalArgumentException("no mark price for open position in " + p.symbol());
            sum += p.unrealizedPnl(mark);
        }
        return sum;
    }
}
