package com.ladderbench.spark;

import com.ladderbench.core.compare.Sweep;
import com.ladderbench.core.compare.SweepExecutor;
import com.ladderbench.core.compare.SweepGrid;
import com.ladderbench.core.compare.SweepPoint;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Metrics;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs a checked sweep's points as Spark tasks, one task per point. The plan, configuration and
 * columnar data are broadcast once; a task receives only its point's overrides, runs the point
 * with {@link Sweep#runPoint} exactly as the local sweep does, and sends back only the metrics.
 * A failed task is retried by Spark (a point's run is deterministic, so a retry gives the same
 * metrics); a job that still fails is an internal error, never a partial table. Progress and
 * cancellation are Spark's (its UI and {@code yarn application -kill} or the like), so the
 * {@link RunMonitor} is not consulted.
 */
public final class SparkSweepExecutor implements SweepExecutor {
    private final Supplier<JavaSparkContext> context;
    private final TaskFault fault;

    /**
     * @param context the Spark context, asked for only once the inputs and every point are checked,
     *     so bad input never starts a cluster job
     */
    public SparkSweepExecutor(Supplier<JavaSparkContext> context) {
        this(context, TaskFault.NONE);
    }

    SparkSweepExecutor(Supplier<JavaSparkContext> context, TaskFault fault) {
        this.context = context;
        this.fault = fault;
    }

    @Override
    public List<Metrics> run(SweepGrid grid, MarketData data, RunMonitor monitor) throws InvalidInputException {
        JavaSparkContext sc = context.get();
        Broadcast<SweepInputs> inputs = sc.broadcast(SweepInputs.of(grid.plan(), grid.config(), data));
        try {
            // one partition per point: the cluster balances uneven points, and a retry redoes one point only
            return sc.parallelize(grid.points(), grid.points().size())
                    .map(new RunPoint(inputs, fault))
                    .collect();
        } finally {
            inputs.destroy();
        }
    }

    /** The task: one point on the broadcast inputs. */
    private static final class RunPoint implements Function<SweepPoint, Metrics> {
        private static final long serialVersionUID = 1L;

        private final Broadcast<SweepInputs> inputs;
        private final TaskFault fault;

        RunPoint(Broadcast<SweepInputs> inputs, TaskFault fault) {
            this.inputs = inputs;
            this.fault = fault;
        }

        @Override
        public Metrics call(SweepPoint point) throws InvalidInputException {
            TaskContext task = TaskContext.get();
            fault.beforeRun(task.partitionId(), task.attemptNumber());
            SweepInputs.Decoded in = inputs.value().decoded();
            return Sweep.runPoint(Sweep.scenario(in.plan(), in.config(), point), in.prepared(), RunMonitor.NONE);
        }
    }
}
