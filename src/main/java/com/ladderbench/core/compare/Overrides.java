package com.ladderbench.core.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.core.plan.RunConfigLoader;
import com.ladderbench.core.report.PlanJson;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Plan;
import com.ladderbench.model.Problem;
import com.ladderbench.model.RunConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Applies overrides to a plan and configuration. Each override edits the JSON form of the plan
 * or config, and the result is loaded again by the ordinary loaders, so an override is
 * validated exactly like a hand-edited plan: a bad value or unknown path is bad input.
 */
public final class Overrides {
    /** Trailing tokens fail: {@code 8 9} is text (and then a type error), never the number 8. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Overrides() {
    }

    /** @param where names the option for messages, e.g. {@code --variant trim25} */
    public static Scenario apply(Plan plan, RunConfig config, List<ParameterOverride> overrides, String where)
            throws InvalidInputException {
        ObjectNode planJson = PlanJson.toJson(plan);
        ObjectNode configJson = PlanJson.toJson(config);
        List<Problem> problems = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        boolean planTouched = false;
        boolean configTouched = false;
        for (ParameterOverride o : overrides) {
            String[] parts = o.path().split("\\.", -1);
            JsonNode value = literal(o.value());
            String err = null;
            switch (parts[0]) {
                case "config":
                    if (parts.length != 2) {
                        err = "config overrides name one field, e.g. config.min_hold_bars";
                    } else {
                        configJson.set(parts[1], value);
                        configTouched = true;
                    }
                    break;
                case "triggers":
                    err = setTrigger(planJson, parts, value);
                    planTouched |= err == null;
                    break;
                case "plan":
                    if (parts.length < 2) {
                        err = "plan overrides name a field, e.g. plan.risk_off.latch_bars";
                    } else {
                        err = setPath(planJson, parts, 1, value);
                        planTouched |= err == null;
                    }
                    break;
                default:
                    err = "unknown override path '" + o.path() + "': it starts with config., triggers.<id>. or plan.";
            }
            if (err != null) {
                problems.add(new Problem(null, where, o.render() + ": " + err));
            } else {
                applied.add(o.render());
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Plan newPlan = plan;
        RunConfig newConfig = config;
        try {
            if (planTouched) newPlan = RunInputs.planLoader().parse(write(planJson), "plan").plan();
            if (configTouched) newConfig = RunConfigLoader.parse(write(configJson), "config");
        } catch (InvalidInputException e) {
            List<Problem> mapped = new ArrayList<>();
            StringJoiner all = new StringJoiner(", ");
            applied.forEach(all::add);
            for (Problem p : e.problems()) {
                mapped.add(new Problem(null, where, "after " + all + ": " + p.render()));
            }
            throw new InvalidInputException(mapped);
        }
        return new Scenario(newPlan, newConfig, applied);
    }

    private static String setTrigger(ObjectNode plan, String[] parts, JsonNode value) {
        if (parts.length != 3) return "trigger overrides look like triggers.<id>.<field>";
        ArrayNode triggers = (ArrayNode) plan.get("triggers");
        StringJoiner ids = new StringJoiner(", ");
        for (JsonNode t : triggers) {
            ids.add(t.get("id").asText());
            if (t.get("id").asText().equals(parts[1])) {
                if (value.isNull()) {
                    ((ObjectNode) t).remove(parts[2]);
                } else {
                    ((ObjectNode) t).set(parts[2], value);
                }
                return null;
            }
        }
        return "no trigger with id '" + parts[1] + "' (triggers: " + ids + ")";
    }

    private static String setPath(ObjectNode root, String[] parts, int from, JsonNode value) {
        ObjectNode node = root;
        for (int i = from; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (child == null || child.isNull()) {
                child = node.putObject(parts[i]);
            }
            if (!child.isObject()) return "'" + parts[i] + "' is not an object";
            node = (ObjectNode) child;
        }
        String leaf = parts[parts.length - 1];
        if (value.isNull()) {
            node.remove(leaf);
        } else {
            node.set(leaf, value);
        }
        return null;
    }

    /**
     * A JSON literal when the whole text is one (8, 0.25, true, null, "x"), otherwise the text
     * itself: {@code 8 9}, {@code 0x10} and {@code NaN} stay text, which a number field refuses.
     */
    static JsonNode literal(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            if (n != null && !n.isMissingNode()) return n;
        } catch (JsonProcessingException e) {
            // plain text such as an unquoted grade or rule
        }
        return TextNode.valueOf(text);
    }

    private static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
