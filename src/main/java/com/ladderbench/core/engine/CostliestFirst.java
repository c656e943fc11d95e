package com.ladderbench.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Independent jobs run in parallel on the caller's fork-join pool (a sweep's own workers; the
 * common pool otherwise), each thread taking the costliest job left whenever it is free. A
 * parallel stream over the jobs themselves halves their list between the threads whatever the
 * jobs cost, and one thread may finish its half long before the other: with a dozen indicators
 * of very different costs on two cores, preparing a run was as slow as on one. Jobs of equal cost
 * start in the order given. What a job computes must not depend on which thread runs it.
 */
final class CostliestFirst {
    /** A job and what it costs, in any unit shared by the jobs of one batch. */
    record Job(long cost, Runnable work) {
    }

    private final List<Job> jobs = new ArrayList<>();

    void add(long cost, Runnable work) {
        jobs.add(new Job(cost, work));
    }

    /** The jobs in the order threads take them: costliest first, ties in the order added. */
    List<Job> order() {
        List<Job> ordered = new ArrayList<>(jobs);
        ordered.sort(Comparator.comparingLong(Job::cost).reversed());
        return ordered;
    }

    /** Runs every job once and returns when all have run; a job's exception is rethrown here. */
    void run() {
        List<Job> ordered = order();
        AtomicInteger next = new AtomicInteger();
        int threads = Math.min(ordered.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (Job j : ordered) j.work().run();
            return;
        }
        IntStream.range(0, threads).parallel().forEach(t -> {
            for (int j = next.getAndIncrement(); j < ordered.size(); j = next.getAndIncrement()) {
                ordered.get(j).work().run();
            }
        });
    }
}
