package com.ladderbench.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.ladderbench.model.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects errors and warnings while a document is walked, so all of them are reported at once. */
final class Findings {
    private record Finding(JsonPath path, String message) {
    }

    private final List<Finding> errors = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();

    void error(JsonPath path, String message) {
        errors.add(new Finding(path, message));
    }

    void warning(JsonPath path, String message) {
        warnings.add(new Finding(path, message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<Problem> errors(String file, JsonNode root) {
        return toProblems(errors, file, root, Problem.Severity.ERROR);
    }

    List<Problem> warnings(String file, JsonNode root) {
        return toProblems(warnings, file, root, Problem.Severity.WARNING);
    }

    private static List<Problem> toProblems(List<Finding> findings, String file, JsonNode root,
            Problem.Severity severity) {
        List<Finding> sorted = new ArrayList<>(findings);
        DocumentOrder order = new DocumentOrder(root);
        sorted.sort((a, b) -> order.compare(a.path(), b.path())); // List.sort is stable
        List<Problem> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            String location = f.path().render();
            out.add(new Problem(file, location.isEmpty() ? null : location, f.message(), severity));
        }
        return out;
    }
}
