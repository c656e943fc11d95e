package com.ladderbench.core.data;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import com.ladderbench.model.Timeframe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Loads the data a run needs: one base series per symbol plus the higher timeframes its
 * triggers read.
 *
 * <p>For each symbol the finest timeframe given is the base. When several files are given for
 * one symbol, only the finest is read; the coarser ones are ignored (not even opened), because
 * every coarser timeframe is resampled from the base so that all timeframes of a symbol agree
 * bar for bar. Two files for the same symbol and finest timeframe are an error.
 *
 * <p>Every problem is reported at once: bad data arguments, unreadable or invalid files, needed
 * symbols with no data, needed timeframes finer than the base or not a whole multiple of it.
 * Deterministic: symbols and timeframes are handled in sorted order.
 */
public final class MarketDataLoader {
    private MarketDataLoader() {
    }

    /**
     * @param specs the data arguments
     * @param neededTimeframes per symbol, the timeframes its rules read (may include the base
     *     timeframe); symbols given data but absent here are still loaded, with no higher timeframes
     */
    public static MarketData load(List<DataSpec> specs, Map<String, Set<Timeframe>> neededTimeframes)
            throws InvalidInputException {
        Map<String, List<DataSpec>> bySymbol = new TreeMap<>();
        for (DataSpec spec : specs) bySymbol.computeIfAbsent(spec.symbol(), s -> new ArrayList<>()).add(spec);
        Map<String, Set<Timeframe>> needed = new TreeMap<>(neededTimeframes);

        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Set<Timeframe>> e : needed.entrySet()) {
            if (!e.getValue().isEmpty() && !bySymbol.containsKey(e.getKey())) {
                problems.add(new Problem(null, "--data", "no data for symbol " + e.getKey() + ", which the plan trades on "
                        + labels(e.getValue()) + "; add --data " + e.getKey() + ":TIMEFRAME=FILE"));
            }
        }

        Map<String, SymbolData> loaded = new TreeMap<>();
        Map<String, String> checksums = new TreeMap<>();
        for (Map.Entry<String, List<DataSpec>> e : bySymbol.entrySet()) {
            String symbol = e.getKey();
            DataSpec base = finest(symbol, e.getValue(), problems);
            if (base == null) continue;
            Set<Timeframe> wanted = new TreeSet<>(needed.getOrDefault(symbol, Set.of()));
            boolean usable = true;
            for (Timeframe tf : wanted) {
                String reason = null;
                if (tf.isFinerThan(base.timeframe())) {
                    reason = "is finer than";
                } else if (!base.timeframe().divides(tf)) {
                    reason = "is not a whole multiple of";
                }
                if (reason != null) {
                    usable = false;
                    problems.add(new Problem(base.path().toString(), null, "symbol " + symbol + ": timeframe " + tf
                            + " is needed but " + reason + " the data's timeframe " + base.timeframe()
                            + ", so it cannot be built from this data"));
                }
            }
            BarCsvReader.Hashed read;
            try {
                // hashed while it is parsed, so comparisons and sweeps over the same data never read the file again
                read = BarCsvReader.readHashed(base);
            } catch (InvalidInputException bad) {
                problems.addAll(bad.problems());
                continue;
            }
            if (!usable) continue;
            loaded.put(symbol, MarketData.withTimeframes(read.series(), wanted));
            if (read.sha256() != null) checksums.put(symbol, read.sha256());
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new MarketData(loaded, checksums);
    }

    private static DataSpec finest(String symbol, List<DataSpec> specs, List<Problem> problems) {
        DataSpec best = specs.stream().min(Comparator.comparing(DataSpec::timeframe)).orElseThrow();
        List<String> same = new ArrayList<>();
        for (DataSpec s : specs) {
            if (s.timeframe() == best.timeframe()) same.add(s.path().toString());
        }
        if (same.size() > 1) {
            problems.add(new Problem(null, "--data", "symbol " + symbol + " has " + same.size() + " files for timeframe "
                    + best.timeframe() + " (" + String.join(", ", same) + "); give one"));
            return null;
        }
        return best;
    }

    private static String labels(Set<Timeframe> tfs) {
        List<String> out = new ArrayList<>();
        for (Timeframe tf : new TreeSet<>(tfs)) out.add(tf.label());
        return String.join(", ", out);
    }
}
