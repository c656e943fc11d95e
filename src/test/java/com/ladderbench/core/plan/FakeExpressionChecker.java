package com.ladderbench.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for the rule language: every word in {@code unknown} is reported as an unknown
 * identifier at its 1-based column, like the real checker would.
 */
final class FakeExpressionChecker implements ExpressionChecker {
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private final Set<String> unknown;
    private final List<String> seen = new ArrayList<>();

    FakeExpressionChecker(String... unknown) {
        this.unknown = Set.of(unknown);
    }

    @Override
    public List<ExpressionError> check(String source) {
        seen.add(source);
        List<ExpressionError> errors = new ArrayList<>();
        Matcher m = WORD.matcher(source);
        while (m.find()) {
            if (unknown.contains(m.group())) {
                errors.add(new ExpressionError(m.start() + 1, "unknown identifier '" + m.group() + "'"));
            }
        }
        return errors;
    }

    /** Every expression handed to the checker, in order. */
    List<String> seen() {
        return seen;
    }
}
