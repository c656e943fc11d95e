package com.ladderbench.core.rules;

import java.util.List;

/** Validates a rule: syntax, identifiers and types. Reports every semantic problem, each with its column. */
public final class RuleChecker {
    private RuleChecker() {}

    /** Problems in column order; empty when the rule is fine. A syntax error is reported alone. */
    public static List<RuleError> check(String source) {
        Expr root;
        try {
            root = RuleParser.parse(source);
        } catch (RuleSyntaxException e) {
            return List.of(new RuleError(e.column(), e.reason()));
        }
        return List.copyOf(TypeChecker.check(root).errors());
    }
}
