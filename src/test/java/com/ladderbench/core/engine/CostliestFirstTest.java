package com.ladderbench.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * Preparing a run's indicators in parallel: threads take the costliest job left, ties in the
 * order given, and every job runs exactly once, on however many threads.
 */
class CostliestFirstTest {

    @Test
    void jobsAreTakenCostliestFirstAndJobsOfEqualCostInTheOrderAdded() {
        CostliestFirst batch = new CostliestFirst();
        long[] costs = {3, 20, 0, 20, 9, 3};
        List<Integer> ran = new ArrayList<>();
        for (int k = 0; k < costs.length; k++) {
            int id = k; // a job of its own: it records which it is
            batch.add(costs[k], () -> ran.add(id));
        }
        for (CostliestFirst.Job j : batch.order()) j.work().run();
        // 20 (added 2nd), 20 (4th), 9, 3 (1st), 3 (6th), 0
        assertEquals(List.of(1, 3, 4, 0, 5, 2), ran);
    }

    @Test
    void everyJobRunsExactlyOnceOnOneThreadOrMany() throws Exception {
        for (int threads : new int[] {1, 2, 8}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(200);
            CostliestFirst batch = new CostliestFirst();
            for (int k = 0; k < runs.length(); k++) {
                int id = k;
                batch.add(k % 7, () -> runs.incrementAndGet(id));
            }
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(batch::run).get();
            } finally {
                pool.shutdown();
            }
            for (int k = 0; k < runs.length(); k++) assertEquals(1, runs.get(k), "job " + k + " on " + threads);
        }
        CostliestFirst empty = new CostliestFirst();
        empty.run(); // nothing to run is no error
        // one job (a plan whose rules read no indicator: the schedule only) runs, on the caller's thread
        List<Thread> ranOn = new ArrayList<>();
        CostliestFirst one = new CostliestFirst();
        one.add(1, () -> ranOn.add(Thread.currentThread()));
        one.run();
        assertEquals(List.of(Thread.currentThread()), ranOn);
    }

    @Test
    void aJobsExceptionReachesTheCaller() {
        CostliestFirst batch = new CostliestFirst();
        IllegalStateException thrown = new IllegalStateException("bad period");
        batch.add(5, () -> { });
        batch.add(9, () -> {
            throw thrown;
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, batch::run);
        // thrown on another thread, the fork-join pool rethrows a copy caused by it
        assertSame(thrown, e == thrown ? e : e.getCause());
    }
}
