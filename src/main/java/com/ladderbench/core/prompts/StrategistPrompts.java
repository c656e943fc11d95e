package com.ladderbench.core.prompts;

import java.util.List;

/**
 * The strategist prompt an analyst copies into an LLM to draft a plan: the main prompt
 * ({@code /prompts/strategist_prompt.txt}) with the plan JSON Schema
 * ({@code /schema/plan.schema.json}) and one strategy template ({@code /prompts/strategies/NAME.txt})
 * filled in. Everything is read from the class path, so it works from the shaded jar too.
 */
public final class StrategistPrompts {

    private StrategistPrompts() {
    }

    /** Names of the strategy templates, e.g. {@code trend_following}, sorted. */
    public static List<String> strategies() {
        return library().strategies();
    }

    /**
     * The main prompt with the schema and the named strategy's guidance in place.
     *
     * @throws IllegalArgumentException for a strategy not in {@link #strategies()}; the message lists them
     */
    public static String assemble(String strategy) {
        return library().assemble(strategy);
    }

    /** The plan JSON Schema (draft 2020-12) as text. */
    public static String schema() {
        return library().schema();
    }

    private static PromptLibrary library() {
        return new PromptLibrary(new ClasspathResources(StrategistPrompts.class.getClassLoader()));
    }
}
