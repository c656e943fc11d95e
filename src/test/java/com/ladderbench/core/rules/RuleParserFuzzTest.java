package com.ladderbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any text given as a rule expression parses or is refused with a {@link RuleSyntaxException}
 * pointing at a column inside (or one past) the text; the checker the plan loader uses agrees
 * with the parser and never throws. Corpus:
 * {@code src/test/resources/com/ladderbench/core/rules/RuleParserFuzzTestInputs/}.
 */
class RuleParserFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void anyRuleTextParsesOrIsASyntaxErrorWithAColumn(byte[] input) {
        String source = new String(input, StandardCharsets.UTF_8);
        List<RuleError> errors = RuleChecker.check(source);
        assertNotNull(errors);
        try {
            RuleCompiler.references(source);
            Expr e = RuleParser.parse(source);
            assertNotNull(e);
        } catch (RuleSyntaxException e) {
            assertTrue(e.column() >= 1 && e.column() <= Math.max(source.length(), RuleParser.MAX_LENGTH) + 1,
                    () -> "column " + e.column() + " outside a rule of " + source.length() + " characters");
            assertFalse(e.reason() == null || e.reason().isBlank(), "syntax error without a reason");
            assertFalse(errors.isEmpty(), () -> "the parser refuses what the checker accepts: " + e.getMessage());
            return;
        }
        errors.forEach(err -> assertEquals(RuleError.class, err.getClass()));
    }
}
