package com.ladderbench.core.compare;

import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Metrics;
import java.util.List;

/**
 * Where a checked sweep's points run: on this machine's cores ({@link Sweep#LOCAL}, the default)
 * or as tasks of a cluster (the Spark job). Every executor runs a point with
 * {@link Sweep#runPoint}, so where a point ran never changes its metrics.
 */
@FunctionalInterface
public interface SweepExecutor {

    /** Each point's metrics, in grid order. */
    List<Metrics> run(SweepGrid grid, MarketData data, RunMonitor monitor) throws InvalidInputException;
}
