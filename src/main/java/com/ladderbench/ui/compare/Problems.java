package com.ladderbench.ui.compare;

import com.ladderbench.core.engine.RunCancelledException;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.util.stream.Collectors;

/** Turns what a failed run threw into text for the analyst: bad input as its problems, never a stack trace. */
final class Problems {
    private Problems() {
    }

    static String describe(InvalidInputException e) {
        return e.problems().stream().map(Problem::render).collect(Collectors.joining("\n"));
    }

    static String describe(Throwable t) {
        if (t instanceof InvalidInputException bad) return describe(bad);
        if (t instanceof RunCancelledException) return "cancelled";
        String m = t == null ? null : t.getMessage();
        return m == null || m.isBlank() ? "unexpected " + (t == null ? "failure" : t.getClass().getSimpleName()) : m;
    }
}
