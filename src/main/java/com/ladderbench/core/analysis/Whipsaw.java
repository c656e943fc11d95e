package com.ladderbench.core.analysis;

import com.ladderbench.model.Lots;
import com.ladderbench.model.PositionSide;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntBiFunction;

/**
 * Whipsaw (SPEC §5): an exit leg followed within the window by an entry leg on the same symbol
 * and side that adds exposure back. Each exit and each entry is matched at most once; the
 * re-entered quantity is the smaller of the two legs.
 *
 * @param count matched exit/re-entry pairs
 * @param reenteredNotional Σ re-entered qty × re-entry price
 * @param cost Σ (re-entry price worse than the exit price × re-entered qty) + both legs' fees
 */
public record Whipsaw(int count, double reenteredNotional, double cost) {

    public static final Whipsaw NONE = new Whipsaw(0, 0, 0);

    /**
     * @param barIndex maps (symbol, timestamp) to the bar index in that symbol's base series, so the
     *     window is counted in bars even across data gaps
     */
    public static Whipsaw of(List<TradeSet> sets, int windowBars, ToIntBiFunction<String, Long> barIndex) {
        Map<String, List<SidedLeg>> bySymbol = new TreeMap<>();
        for (TradeSet set : sets) {
            List<SidedLeg> legs = bySymbol.computeIfAbsent(set.symbol(), k -> new ArrayList<>());
            for (TradeLeg leg : set.legs()) legs.add(new SidedLeg(set.side(), leg, barIndex.applyAsInt(set.symbol(),
                    leg.timestamp())));
        }
        int count = 0;
        double notional = 0;
        double cost = 0;
        for (List<SidedLeg> legs : bySymbol.values()) {
            legs.sort(Comparator.comparingLong((SidedLeg l) -> l.leg.timestamp()));
            boolean[] used = new boolean[legs.size()];
            for (int x = 0; x < legs.size(); x++) {
                SidedLeg exit = legs.get(x);
                if (exit.leg.isEntry()) continue;
                for (int y = x + 1; y < legs.size(); y++) {
                    SidedLeg entry = legs.get(y);
                    if (entry.bar - exit.bar > windowBars) break;
                    if (used[y] || !entry.leg.isEntry() || entry.side != exit.side) continue;
                    used[y] = true;
                    double qty = Lots.toDouble(Math.min(exit.leg.lots(), entry.leg.lots()), entry.leg.lotSize());
                    double worse = exit.side == PositionSide.LONG ? entry.leg.price() - exit.leg.price()
                            : exit.leg.price() - entry.leg.price();
                    count++;
                    notional += qty * entry.leg.price();
                    cost += Math.max(0, worse) * qty + exit.leg.fees() + entry.leg.fees();
                    break;
                }
            }
        }
        return new Whipsaw(count, notional, cost);
    }

    private record SidedLeg(PositionSide side, TradeLeg leg, int bar) {
    }
}
