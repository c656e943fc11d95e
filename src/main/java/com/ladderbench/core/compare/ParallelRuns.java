package com.ladderbench.core.compare;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
import com.ladderbench.core.data.MarketData;
import com.ladderbench.core.engine.PreparedData;
import com.ladderbench.core.engine.RunCancelledException;
import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent backtests across the machine's cores. Runs share the read-only market data
 * and what is derived from it alone (indicators, clocks: {@link PreparedData}) and nothing else,
 * so each result is identical to running it alone; results come back in request order.
 */
final class ParallelRuns {
    private ParallelRuns() {
    }

    /** One independent run; {@code monitor} says whether to stop. */
    @FunctionalInterface
    interface Task<T> {
        T run(RunMonitor monitor) throws InvalidInputException;
    }

    static List<RunResult> run(List<BacktestRequest> requests, RunMonitor monitor) throws InvalidInputException {
        List<Task<RunResult>> tasks = new ArrayList<>();
        PreparedData shared = null;
        for (BacktestRequest r : requests) {
            MarketData data = r.data();
            if (shared == null || shared.data() != data) shared = new PreparedData(data);
            PreparedData prepared = shared;
            tasks.add(each -> BacktestRunner.run(r, prepared, each));
        }
        return run(tasks, Runtime.getRuntime().availableProcessors(), monitor);
    }

    /**
     * The tasks' results in task order, on at most {@code threads} threads; a task's result is
     * dropped from here only by the caller, so keep {@code T} small for many tasks.
     */
    static <T> List<T> run(List<Task<T>> tasks, int threads, RunMonitor monitor) throws InvalidInputException {
        int n = Math.max(1, Math.min(tasks.size(), threads));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "ladderbench-run");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        RunMonitor each = new RunMonitor() {
            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Task<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    T res = task.run(each);
                    monitor.progress((double) done.incrementAndGet() / tasks.size());
                    return res;
                }));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(get(f));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> f) throws InvalidInputException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunCancelledException();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof InvalidInputException bad) throw bad;
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }
}
