package com.ladderbench.model;

import java.util.List;

/**
 * Bad input: a plan, data file, fills file, config or override the user must fix. Carries every
 * problem found, not just the first. The CLI maps it to exit status 2, the UI to an error dialog.
 */
public final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public static InvalidInputException of(String file, String location, String message) {
        return new InvalidInputException(new Problem(file, location, message));
    }

    public List<Problem> problems() { return problems; }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) return "invalid input";
        StringBuilder sb = new StringBuilder(problems.get(0).render());
        if (problems.size() > 1) sb.append(" (and ").append(problems.size() - 1).append(" more)");
        return sb.toString();
    }
}
