package com.ladderbench.core.indicators;

import com.ladderbench.model.BarSeries;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The indicators of one series, each computed at most once, with the intermediates they share
 * (the MACD line behind signal and histogram, the SMA and deviation behind the Bollinger bands,
 * EMAs, true range, log returns) computed once too.
 *
 * <p>Returned arrays are shared between callers and must be treated as read-only. Thread-safe, and
 * per entry rather than per cache: threads asking for different indicators compute them at the same
 * time, a thread asking for one being computed waits for it, and each entry is
 * built once, by whoever asks first. Values never depend on which thread built them.
 */
public final class IndicatorCache {
    private final BarSeries series;
    private final ConcurrentHashMap<IndicatorSpec, CompletableFuture<double[]>> indicators = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Part, CompletableFuture<double[]>> parts = new ConcurrentHashMap<>();

    public IndicatorCache(BarSeries series) {
        this.series = Objects.requireNonNull(series, "series");
    }

    public BarSeries series() {
        return series;
    }

    /** The full-length series {@code spec} names, NaN during its warm-up; computed on first request. */
    public double[] get(IndicatorSpec spec) {
        return once(indicators, spec, () -> IndicatorCalculator.build(spec, this));
    }

    /**
     * Writes the series {@code spec} names, the values {@link #get} would give, into
     * {@code out[off..off + bars)}, without keeping it: for a caller that keeps it as a slice of a
     * larger array. Intermediates are computed and kept as for {@link #get}.
     *
     * @throws IllegalArgumentException for the bars' own columns (OPEN ... VOLUME), which are not computed
     */
    public void computeInto(IndicatorSpec spec, double[] out, int off) {
        IndicatorCalculator.buildInto(spec, this, out, off);
    }

    /** How many indicator series have been computed (each at most once; intermediates not counted). */
    public int computed() {
        return indicators.size();
    }

    /** The indicators computed so far (intermediates not included). */
    public Set<IndicatorSpec> computedSpecs() {
        return Set.copyOf(indicators.keySet());
    }

    /**
     * Lets go of the intermediates computed so far (EMAs behind MACD, deviations behind the bands,
     * log returns, ...), keeping the indicators. A run calls it once its rules' indicators are
     * computed: what stays reachable for the run's length is what its rules read, so a young
     * collection during the run copies half as much. An indicator asked later computes the
     * intermediates it needs again, to the same values (they depend on the series only).
     */
    public void releaseParts() {
        parts.clear();
    }

    double[] part(Part part) {
        return once(parts, part, () -> IndicatorCalculator.buildPart(part, this));
    }

    /*
     * Not computeIfAbsent: building one entry requests others from the same maps, which
     * ConcurrentHashMap forbids inside its compute functions. Entries depend on each other only
     * downward (an indicator on its parts, a part on smaller parts), so waiting cannot deadlock.
     */
    private static <K> double[] once(ConcurrentHashMap<K, CompletableFuture<double[]>> map, K key,
            Supplier<double[]> build) {
        CompletableFuture<double[]> entry = map.get(key);
        if (entry == null) {
            CompletableFuture<double[]> mine = new CompletableFuture<>();
            entry = map.putIfAbsent(key, mine);
            if (entry == null) {
                try {
                    double[] values = build.get();
                    mine.complete(values);
                    return values;
                } catch (RuntimeException | Error e) {
                    map.remove(key, mine); // a later request tries again rather than failing for ever
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
        }
        try {
            return entry.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }
}
