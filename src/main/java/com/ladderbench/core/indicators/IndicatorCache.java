package com.ladderbench.core.indicators;

import com.ladderbench.model.BarSeries;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The indicators of one series, each computed at most once, with the intermediates they share
 * (the MACD line behind signal and histogram, the SMA and deviation behind the Bollinger bands,
 * EMAs, true range, log returns) computed once too.
 *
 * <p>Returned arrays are shared between callers and must be treated as read-only. Thread-safe,
 * so the runs of a sweep can share one cache per series: a request waits while another thread
 * computes, then finds the value computed (each entry is built once, whoever asks first).
 */
public final class IndicatorCache {
    private final BarSeries series;
    private final Map<IndicatorSpec, double[]> indicators = new HashMap<>();
    private final Map<Part, double[]> parts = new HashMap<>();

    public IndicatorCache(BarSeries series) {
        this.series = Objects.requireNonNull(series, "series");
    }

    public BarSeries series() {
        return series;
    }

    /** The full-length series {@code spec} names, NaN during its warm-up; computed on first request. */
    public synchronized double[] get(IndicatorSpec spec) {
        // Not computeIfAbsent: building one entry requests others, and HashMap forbids nested updates.
        double[] values = indicators.get(spec);
        if (values == null) {
            values = IndicatorCalculator.build(spec, this);
            indicators.put(spec, values);
        }
        return values;
    }

    /** How many indicator series have been computed (each at most once; intermediates not counted). */
    public synchronized int computed() {
        return indicators.size();
    }

    synchronized double[] part(Part part) {
        double[] values = parts.get(part);
        if (values == null) {
            values = IndicatorCalculator.buildPart(part, this);
            parts.put(part, values);
        }
        return values;
    }
}
