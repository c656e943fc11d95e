package com.ladderbench.core.prompts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The prompt resources of one class loader; {@link StrategistPrompts} is its public face. */
final class PromptLibrary {
    static final String PROMPT = "prompts/strategist_prompt.txt";
    static final String STRATEGIES = "prompts/strategies";
    static final String SCHEMA = "schema/plan.schema.json";
    static final String SCHEMA_PLACEHOLDER = "{{PLAN_SCHEMA}}";
    static final String STRATEGY_PLACEHOLDER = "{{STRATEGY_GUIDANCE}}";

    private static final String SUFFIX = ".txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(PLAN_SCHEMA|STRATEGY_GUIDANCE)}}");

    private final ClasspathResources resources;

    PromptLibrary(ClasspathResources resources) {
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    List<String> strategies() {
        return resources.list(PROMPT, STRATEGIES, SUFFIX);
    }

    String schema() {
        return resources.read(SCHEMA);
    }

    String assemble(String strategy) {
        List<String> known = strategies();
        if (strategy == null || !known.contains(strategy)) {
            throw new IllegalArgumentException(
                    "unknown strategy '" + strategy + "'; known strategies: " + String.join(", ", known));
        }
        return fill(resources.read(PROMPT), Map.of(
                SCHEMA_PLACEHOLDER, schema().strip(),
                STRATEGY_PLACEHOLDER, resources.read(STRATEGIES + "/" + strategy + SUFFIX).strip()));
    }

    /**
     * Replaces each placeholder in one pass, so text inserted for one placeholder is never
     * scanned for the other.
     */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 16_384);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
