package com.ladderbench.ui.overview;

import com.ladderbench.model.Side;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.Quantities;
import com.ladderbench.ui.charts.LegKind;
import com.ladderbench.ui.charts.LineSeries;
import com.ladderbench.ui.charts.Marker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * A run's TradeSet legs on one symbol as chart marks: each leg in its {@link LegKind}'s colour and
 * shape (entries as buy/sell triangles) sized by quantity, and the position after each leg (from
 * the ledger's {@code positionAfter}) as a step line.
 */
final class TradeMarks {
    static final double MIN_SIZE = 7;
    static final double MAX_SIZE = 18;

    private TradeMarks() {
    }

    /** A leg with the kind it has in its TradeSet. */
    record KindedLeg(TradeLeg leg, LegKind kind) {
    }

    static List<KindedLeg> legs(List<TradeSet> sets, String symbol) {
        List<KindedLeg> out = new ArrayList<>();
        for (TradeSet s : sets) {
            if (!s.symbol().equals(symbol)) continue;
            for (TradeLeg l : s.legs()) out.add(new KindedLeg(l, LegKind.of(s, l)));
        }
        out.sort(Comparator.comparingLong(k -> k.leg().timestamp())); // stable: legs of one fill stay in order
        return out;
    }

    /** The legs placed by one trigger, or all of them for a null trigger id. */
    static List<KindedLeg> ofTrigger(List<KindedLeg> legs, String triggerId) {
        if (triggerId == null) return legs;
        return legs.stream().filter(k -> triggerId.equals(k.leg().triggerId())).toList();
    }

    /** Shape area grows with quantity, so the height grows with its square root. */
    static List<Marker> markers(List<KindedLeg> legs, Quantities quantities) {
        double maxQty = 0;
        for (KindedLeg k : legs) maxQty = Math.max(maxQty, k.leg().qtyAsDouble());
        List<Marker> out = new ArrayList<>(legs.size());
        for (KindedLeg k : legs) {
            TradeLeg l = k.leg();
            double size = maxQty > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(l.qtyAsDouble() / maxQty) : MIN_SIZE;
            out.add(new Marker(l.timestamp(), l.price(), l.side() == Side.BUY, size, k.kind().color(),
                    k.kind().shape(), k.kind().label() + " " + l.side().wire() + " " + quantities.format(l.qty())));
        }
        return out;
    }

    /** The legend of the kinds present, in {@link LegKind} order. */
    static List<Marker.Legend> legend(List<KindedLeg> legs) {
        java.util.EnumSet<LegKind> present = java.util.EnumSet.noneOf(LegKind.class);
        for (KindedLeg k : legs) present.add(k.kind());
        return present.stream().map(LegKind::legend).toList();
    }

    /** Flat before the first leg and held after the last, so the line spans the price chart. */
    static LineSeries position(List<KindedLeg> legs, long firstBar, long lastBar, Color colour) {
        int n = legs.size();
        long[] t = new long[n + 2];
        double[] v = new double[n + 2];
        t[0] = Math.min(firstBar, n > 0 ? legs.get(0).leg().timestamp() : firstBar);
        v[0] = 0;
        for (int i = 0; i < n; i++) {
            t[i + 1] = legs.get(i).leg().timestamp();
            v[i + 1] = legs.get(i).leg().positionAfterAsDouble();
        }
        t[n + 1] = Math.max(lastBar, t[n]);
        v[n + 1] = n > 0 ? v[n] : 0;
        return new LineSeries("position", t, v, colour, true);
    }
}
