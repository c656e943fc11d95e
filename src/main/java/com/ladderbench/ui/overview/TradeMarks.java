package com.ladderbench.ui.overview;

import com.ladderbench.model.Side;
import com.ladderbench.model.TradeLeg;
import com.ladderbench.model.TradeSet;
import com.ladderbench.ui.charts.LineSeries;
import com.ladderbench.ui.charts.Marker;
import com.ladderbench.ui.charts.Palette;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * A run's TradeSet legs on one symbol as chart marks: buy/sell triangles sized by quantity, and
 * the position after each leg (from the ledger's {@code positionAfter}) as a step line.
 */
final class TradeMarks {
    static final double MIN_SIZE = 7;
    static final double MAX_SIZE = 18;

    private TradeMarks() {
    }

    static List<TradeLeg> legs(List<TradeSet> sets, String symbol) {
        List<TradeLeg> out = new ArrayList<>();
        for (TradeSet s : sets) {
            if (s.symbol().equals(symbol)) out.addAll(s.legs());
        }
        out.sort(Comparator.comparingLong(TradeLeg::timestamp)); // stable: legs of one fill stay in order
        return out;
    }

    /** Triangle area grows with quantity, so the height grows with its square root. */
    static List<Marker> markers(List<TradeLeg> legs) {
        double maxQty = 0;
        for (TradeLeg l : legs) maxQty = Math.max(maxQty, l.qtyAsDouble());
        List<Marker> out = new ArrayList<>(legs.size());
        for (TradeLeg l : legs) {
            double size = maxQty > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(l.qtyAsDouble() / maxQty) : MIN_SIZE;
            boolean buy = l.side() == Side.BUY;
            out.add(new Marker(l.timestamp(), l.price(), buy, size, buy ? Palette.BUY : Palette.SELL,
                    l.side().wire() + " " + l.qty().toPlainString()));
        }
        return out;
    }

    /** Flat before the first leg and held after the last, so the line spans the price chart. */
    static LineSeries position(List<TradeLeg> legs, long firstBar, long lastBar, Color colour) {
        int n = legs.size();
        long[] t = new long[n + 2];
        double[] v = new double[n + 2];
        t[0] = Math.min(firstBar, n > 0 ? legs.get(0).timestamp() : firstBar);
        v[0] = 0;
        for (int i = 0; i < n; i++) {
            t[i + 1] = legs.get(i).timestamp();
            v[i + 1] = legs.get(i).positionAfterAsDouble();
        }
        t[n + 1] = Math.max(lastBar, t[n]);
        v[n + 1] = n > 0 ? v[n] : 0;
        return new LineSeries("position", t, v, colour, true);
    }
}
