package com.ladderbench.core.rules;

import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.model.Timeframe;
import java.util.Objects;

/**
 * A series a rule reads. {@code timeframe} is null for the trigger's own timeframe and set for
 * {@code tf_<tf>_<name>}, which reads that timeframe's last completed bar. Lags are not part of
 * the reference: {@code close} and {@code close[3]} read the same series.
 */
public record SeriesRef(Timeframe timeframe, IndicatorSpec spec) implements Identifier {
    public SeriesRef {
        Objects.requireNonNull(spec, "spec");
    }
}
