package com.ladderbench.core.prompts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine-checkable parts of the prompt texts. Examples are marked so a test can find them:
 * a line {@code rule: EXPR} is a valid example rule, a line {@code wrong: EXPR} is a deliberate
 * counter-example, and a {@code ```json} fence holds either a whole plan or an array of triggers.
 */
final class PromptText {
    private static final Pattern RULE_LINE = Pattern.compile("(?m)^[ \\t]*rule:[ \\t]*(\\S.*?)[ \\t]*$");
    private static final Pattern WRONG_LINE = Pattern.compile("(?m)^[ \\t]*wrong:[ \\t]*(\\S.*?)[ \\t]*$");
    private static final Pattern JSON_BLOCK = Pattern.compile("(?s)```json\\R(.*?)\\R```");

    private PromptText() {
    }

    static List<String> ruleLines(String text) {
        return all(RULE_LINE, text);
    }

    static List<String> wrongLines(String text) {
        return all(WRONG_LINE, text);
    }

    static List<String> jsonBlocks(String text) {
        return all(JSON_BLOCK, text);
    }

    /** A JSON block as a plan: an array of triggers is wrapped into the smallest plan around it. */
    static JsonNode asPlan(String block) {
        JsonNode node = PlanSchema.parse(block);
        if (!node.isArray()) return node;
        var plan = PlanSchema.JSON.createObjectNode();
        plan.put("plan_id", "snippet");
        plan.set("triggers", node);
        return plan;
    }

    /** Every rule expression in a plan, keyed by its JSON path. */
    static Map<String, String> rulesOf(JsonNode plan) {
        Map<String, String> rules = new LinkedHashMap<>();
        JsonNode regime = plan.path("risk_off").path("regime_rule");
        if (regime.isTextual()) rules.put("risk_off.regime_rule", regime.asText());
        JsonNode triggers = plan.path("triggers");
        for (int i = 0; i < triggers.size(); i++) {
            for (String field : List.of("entry_rule", "exit_rule", "hold_rule")) {
                JsonNode rule = triggers.get(i).path(field);
                if (rule.isTextual()) rules.put("triggers[" + i + "]." + field, rule.asText());
            }
        }
        return rules;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }
}
