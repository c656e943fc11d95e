package com.ladderbench.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Running out of heap is one line with the heap size and how to raise it, exit 1; never a trace. */
final class OutOfMemory {
    private OutOfMemory() {
    }

    /** The error itself, or wrapped by a worker pool (a sweep's or comparison's parallel runs). */
    static boolean causedBy(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) return true;
            if (c.getCause() == c) break;
        }
        return false;
    }

    static int report(PrintWriter err) {
        err.println(message(Runtime.getRuntime().maxMemory()));
        err.flush();
        return LadderbenchCommand.INTERNAL_ERROR;
    }

    static String message(long maxHeapBytes) {
        long mb = maxHeapBytes / (1024 * 1024);
        String heap = mb >= 1024 ? String.format(Locale.ROOT, "%.1f GB", mb / 1024.0) : mb + " MB";
        return "error: out of memory (the Java heap is limited to " + heap + "); use smaller inputs or a larger heap,"
                + " e.g. java -Xmx" + Math.max(2, (mb * 2 + 1023) / 1024) + "g -jar ladderbench.jar ...";
    }
}
