package com.ladderbench.core.plan;

import java.util.List;

/**
 * Reads rule-expression fields: a non-blank string, checked by the rule language, each of its
 * errors reported at the field's path with the column inside the expression.
 */
final class RuleFields {
    private final ExpressionChecker checker;
    private final Findings findings;

    RuleFields(ExpressionChecker checker, Findings findings) {
        this.checker = checker;
        this.findings = findings;
    }

    /** The rule's source text, or null when absent or invalid (a problem is then reported). */
    String read(ObjectFields fields, String name) {
        String source = fields.string(name, false);
        if (source == null) return null;
        if (source.isBlank()) {
            findings.error(fields.at(name), "must not be empty: write an expression or leave the field out");
            return null;
        }
        List<ExpressionChecker.ExpressionError> errors = checker.check(source);
        for (ExpressionChecker.ExpressionError e : errors) {
            findings.error(fields.at(name), "col " + e.column() + ": " + e.message());
        }
        return errors.isEmpty() ? source : null;
    }
}
