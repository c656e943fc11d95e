package com.ladderbench.core.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ladderbench.model.Timeframe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema and the strategist prompt teach exactly the timeframes the loader accepts, 1w included. */
class TimeframesTaughtTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "."));

    @Test
    void theSchemaEnumListsEveryTimeframe() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(ROOT.resolve("resources/schema/plan.schema.json").toFile());
        List<String> listed = new ArrayList<>();
        schema.findParent("timeframe").path("timeframe").path("enum").forEach(n -> listed.add(n.asText()));
        assertEquals(Arrays.stream(Timeframe.values()).map(Timeframe::label).toList(), listed);
        assertTrue(listed.contains("1w"));
    }

    @Test
    void thePromptNamesEveryTimeframeAndWhenAWeekStarts() throws Exception {
        String prompt = Files.readString(ROOT.resolve("resources/prompts/strategist_prompt.txt"))
                .replaceAll("\\s+", " ");
        assertTrue(prompt.contains(Timeframe.labels()), "the prompt lists: " + Timeframe.labels());
        assertTrue(prompt.contains("a week starts Monday 00:00 UTC"), "the prompt says when a week starts");
    }
}
