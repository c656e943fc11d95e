package com.ladderbench.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.engine.RunMonitor;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Runs on N threads mean N threads for everything they compute, the parallel parts inside a run
 * (its indicators) included: a one-thread sweep is a one-thread baseline.
 */
class ParallelRunsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void whatTheTasksComputeInParallelRunsOnTheirOwnThreadsAndNoMore(int threads) throws Exception {
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        List<ParallelRuns.Task<Long>> tasks = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            int from = k * 10_000;
            tasks.add(monitor -> IntStream.range(from, from + 10_000).parallel()
                    .peek(i -> used.add(Thread.currentThread())).asLongStream().sum());
        }
        Runnable first = () -> IntStream.range(0, 10_000).parallel().forEach(i -> used.add(Thread.currentThread()));

        List<Long> sums = ParallelRuns.run(first, tasks, threads, RunMonitor.NONE);

        for (int k = 0; k < 6; k++) {
            long from = k * 10_000L;
            assertEquals((from + from + 9_999) * 10_000 / 2, sums.get(k), "results in task order");
        }
        assertTrue(used.size() <= threads, used.size() + " threads for " + threads);
        for (Thread t : used) {
            assertEquals("ladderbench-run", t.getName(), "no common-pool or spare thread computed anything");
        }
    }

    @Test
    void theSharedWorkIsDoneBeforeAnyTaskStarts() throws Exception {
        AtomicBoolean shared = new AtomicBoolean();
        List<ParallelRuns.Task<Boolean>> tasks = new ArrayList<>();
        for (int k = 0; k < 4; k++) tasks.add(monitor -> shared.get());
        List<Boolean> sawIt = ParallelRuns.run(() -> shared.set(true), tasks, 2, RunMonitor.NONE);
        assertEquals(List.of(true, true, true, true), sawIt);
    }

    @Test
    void aTasksBadInputComesBackAsItsOwnException() {
        InvalidInputException bad = new InvalidInputException(new Problem(null, "--param", "no"));
        List<ParallelRuns.Task<Integer>> tasks = List.of(monitor -> 1, monitor -> {
            throw bad;
        });
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ParallelRuns.run(tasks, 2, RunMonitor.NONE));
        assertSame(bad, e, "not a copy made on another thread");
        IllegalStateException bug = new IllegalStateException("reconciliation failed");
        List<ParallelRuns.Task<Integer>> failing = List.of(monitor -> {
            throw bug;
        });
        assertSame(bug, assertThrows(IllegalStateException.class, () -> ParallelRuns.run(failing, 1, RunMonitor.NONE)));
    }
}
