package com.ladderbench.model;

import java.util.List;

/**
 * Block events kept as columns, read-only: each {@link BlockEvent} (and its detail text) is built
 * only when it is read, so a run with millions of events does not hold millions of objects.
 * {@link RunResult} keeps such a list as it is rather than copying (which would build them all).
 */
public interface BlockEventColumns extends List<BlockEvent> {
}
