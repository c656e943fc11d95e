package com.ladderbench.core.prompts;

import com.ladderbench.core.indicators.IndicatorSpec;
import com.ladderbench.model.Timeframe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the names in an example rule against the rule language's vocabulary (SPEC §3):
 * keywords, position state, indicator names as {@link IndicatorSpec#parse} knows them, and the
 * {@code tf_<timeframe>_} prefix on an indicator name. Deliberately only a tokenizer, not a
 * parser: the prompts must teach names the engine will accept, whatever the grammar's fine print.
 */
final class RuleIdentifiers {
    static final Set<String> KEYWORDS = Set.of("and", "or", "not", "between", "true", "false", "none");
    static final Set<String> POSITION_STATE =
            Set.of("position", "is_flat", "is_long", "is_short", "bars_in_position", "unrealized_pnl_pct");
    static final Set<String> POSITION_VALUES = Set.of("flat", "long", "short");

    private static final Pattern HIGHER_TIMEFRAME = Pattern.compile("tf_("
            + Arrays.stream(Timeframe.values()).map(Timeframe::label).collect(Collectors.joining("|"))
            + ")_(.+)");

    private RuleIdentifiers() {
    }

    static boolean isKnownIdentifier(String name) {
        if (KEYWORDS.contains(name) || POSITION_STATE.contains(name)) return true;
        if (IndicatorSpec.parse(name).isPresent()) return true;
        Matcher m = HIGHER_TIMEFRAME.matcher(name);
        // Only series have a higher-timeframe value; position state belongs to the symbol.
        return m.matches() && IndicatorSpec.parse(m.group(2)).isPresent();
    }

    /** What is wrong with the names and string literals of {@code rule}; empty when nothing is. */
    static List<String> problems(String rule) {
        List<String> problems = new ArrayList<>();
        int i = 0;
        int n = rule.length();
        while (i < n) {
            char c = rule.charAt(i);
            if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(rule.charAt(i + 1)))) {
                i = skipNumber(rule, i);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(rule.charAt(i)) || rule.charAt(i) == '_')) i++;
                String name = rule.substring(start, i);
                if (!isKnownIdentifier(name)) problems.add("col " + (start + 1) + ": unknown identifier '" + name + "'");
            } else if (c == '\'' || c == '"') {
                int end = rule.indexOf(c, i + 1);
                if (end < 0) {
                    problems.add("col " + (i + 1) + ": unterminated string");
                    break;
                }
                String literal = rule.substring(i + 1, end);
                if (!POSITION_VALUES.contains(literal)) {
                    problems.add("col " + (i + 1) + ": string '" + literal + "' is not flat, long or short");
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return problems;
    }

    private static int skipNumber(String s, int i) {
        int n = s.length();
        while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            if (j < n && Character.isDigit(s.charAt(j))) {
                i = j;
                while (i < n && Character.isDigit(s.charAt(i))) i++;
            }
        }
        return i;
    }
}
