package com.ladderbench.core.compare;

import com.ladderbench.core.backtest.BacktestRequest;
import com.ladderbench.core.backtest.BacktestRunner;
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
 * and nothing else, so each result is identical to running it alone; results come back in
 * request order.
 */
final class ParallelRuns {
    private ParallelRuns() {
    }

    static List<RunResult> run(List<BacktestRequest> requests, RunMonitor monitor) throws InvalidInputException {
        int threads = Math.max(1, Math.min(requests.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
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
            List<Future<RunResult>> futures = new ArrayList<>();
            for (BacktestRequest r : requests) {
                futures.add(pool.submit(() -> {
                    RunResult res = BacktestRunner.run(r, each);
                    monitor.progress((double) done.incrementAndGet() / requests.size());
                    return res;
                }));
            }
            List<RunResult> out = new ArrayList<>();
            for (Future<RunResult> f : futures) out.add(get(f));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunResult get(Future<RunResult> f) throws InvalidInputException {
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
