package com.ladderbench.spark;

import com.ladderbench.core.data.HigherTimeframe;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.data.SymbolData;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The driver's loaded market data in a form Java serialization ships as it is: every series as
 * its primitive columns, every resampled timeframe with its completion indices. Nothing is
 * reloaded or resampled on an executor, so a task sees exactly the bars the driver validated.
 * A series used twice (the base series standing for its own timeframe) is one object here, so it
 * travels once and arrives shared.
 */
final class ShippedData implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Symbol> symbols;

    private ShippedData(List<Symbol> symbols) {
        this.symbols = symbols;
    }

    static ShippedData of(MarketData data) {
        Map<BarSeries, Columns> shipped = new IdentityHashMap<>();
        List<Symbol> symbols = new ArrayList<>();
        for (String s : data.symbols()) {
            SymbolData d = data.symbol(s);
            Map<Timeframe, Higher> higher = new LinkedHashMap<>();
            d.higher().forEach((tf, h) -> higher.put(tf,
                    new Higher(shipped.computeIfAbsent(h.series(), Columns::of), h.completedAt())));
            symbols.add(new Symbol(s, shipped.computeIfAbsent(d.base(), Columns::of), higher,
                    data.sha256(s).orElse(null)));
        }
        return new ShippedData(symbols);
    }

    /** The market data again, series shared where they were shared on the driver. */
    MarketData toMarketData() {
        Map<Columns, BarSeries> series = new IdentityHashMap<>();
        Map<String, SymbolData> bySymbol = new TreeMap<>();
        Map<String, String> sha256 = new TreeMap<>();
        for (Symbol s : symbols) {
            Map<Timeframe, HigherTimeframe> higher = new LinkedHashMap<>();
            s.higher().forEach((tf, h) -> higher.put(tf,
                    new HigherTimeframe(series.computeIfAbsent(h.series(), Columns::toSeries), h.completedAt())));
            bySymbol.put(s.symbol(), new SymbolData(series.computeIfAbsent(s.base(), Columns::toSeries), higher));
            if (s.sha256() != null) sha256.put(s.symbol(), s.sha256());
        }
        return new MarketData(bySymbol, sha256);
    }

    private record Symbol(String symbol, Columns base, Map<Timeframe, Higher> higher, String sha256)
            implements Serializable {
    }

    private record Higher(Columns series, int[] completedAt) implements Serializable {
    }

    /** One BarSeries, column by column; the arrays are the series' own (neither side modifies them). */
    private record Columns(String symbol, Timeframe timeframe, long[] time, double[] open, double[] high,
            double[] low, double[] close, double[] volume, double[] spreadBps, String source) implements Serializable {

        static Columns of(BarSeries s) {
            return new Columns(s.symbol(), s.timeframe(), s.time(), s.open(), s.high(), s.low(), s.close(),
                    s.volume(), s.spreadBps(), s.source());
        }

        BarSeries toSeries() {
            return new BarSeries(symbol, timeframe, time, open, high, low, close, volume, spreadBps, source);
        }
    }
}
