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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
        return run(null, tasks, Math.max(1, Math.min(tasks.size(), threads)), monitor);
    }

    /**
     * As {@link #run(List, int, RunMonitor)}, with {@code first} (if not null) run on the same
     * threads before any task starts: work the tasks share, such as their indicators.
     */
    static <T> List<T> run(Runnable first, List<Task<T>> tasks, int threads, RunMonitor monitor)
            throws InvalidInputException {
        ForkJoinPool pool = pool(Math.max(1, threads));
        AtomicInteger done = new AtomicInteger();
        RunMonitor each = new RunMonitor() {
            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
        try {
            if (first != null) get(CompletableFuture.runAsync(first, pool));
            List<Future<T>> futures = new ArrayList<>();
            for (Task<T> task : tasks) {
                // a CompletableFuture hands back the task's own exception (a pool's task may copy it)
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        T res = task.run(each);
                        monitor.progress((double) done.incrementAndGet() / tasks.size());
                        return res;
                    } catch (InvalidInputException e) {
                        throw new CompletionException(e);
                    }
                }, pool));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(get(f));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Exactly {@code threads} workers, and never more: what a run computes in parallel itself
     * (indicators, on parallel streams) runs on these workers too, and a worker that waits for
     * an indicator another is computing waits rather than having a spare thread started, so a
     * one-thread sweep is one thread's work.
     */
    private static ForkJoinPool pool(int threads) {
        return new ForkJoinPool(threads, p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("ladderbench-run");
            t.setDaemon(true);
            return t;
        }, null, false, threads, threads, 1, p -> true, 60, TimeUnit.SECONDS);
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
