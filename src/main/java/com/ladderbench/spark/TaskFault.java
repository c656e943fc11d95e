package com.ladderbench.spark;

import java.io.Serializable;

/**
 * A test's way to make a task fail on purpose, to show that Spark's retry gives the same result;
 * {@link #NONE} in every real job. Called at the start of each task attempt.
 */
@FunctionalInterface
interface TaskFault extends Serializable {
    TaskFault NONE = (partition, attempt) -> { };

    void beforeRun(int partition, int attempt);

    /** Fails the first attempt of one partition's task, as a lost executor or a full disk would. */
    static TaskFault failFirstAttemptOf(int partition) {
        return (p, attempt) -> {
            if (p == partition && attempt == 0) {
                throw new IllegalStateException("injected failure of partition " + partition + ", attempt 0");
            }
        };
    }
}
