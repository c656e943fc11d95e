package com.ladderbench.core.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples in the prompt and strategy texts teach only what the engine accepts. */
class PromptExamplesTest {
    private static final PlanSchema SCHEMA = new PlanSchema();
    private static final ClasspathResources RESOURCES = new ClasspathResources(PromptExamplesTest.class.getClassLoader());

    static Stream<Arguments> texts() {
        List<Arguments> texts = new ArrayList<>();
        texts.add(Arguments.of("strategist_prompt", RESOURCES.read(PromptLibrary.PROMPT)));
        for (String s : StrategistPrompts.strategies()) {
            texts.add(Arguments.of("strategies/" + s, RESOURCES.read(PromptLibrary.STRATEGIES + "/" + s + ".txt")));
        }
        return texts.stream();
    }

    static Stream<String> strategyTexts() {
        return StrategistPrompts.strategies().stream().map(s -> RESOURCES.read(PromptLibrary.STRATEGIES + "/" + s + ".txt"));
    }

    private static String mainPrompt() {
        return RESOURCES.read(PromptLibrary.PROMPT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void everyExampleRuleLineUsesOnlyRuleLanguageNames(String name, String text) {
        List<String> rules = PromptText.ruleLines(text);
        assertTrue(rules.size() >= 5, name + " has only " + rules.size() + " example rules");
        List<String> faults = new ArrayList<>();
        for (String rule : rules) {
            RuleIdentifiers.problems(rule).forEach(p -> faults.add(rule + " -> " + p));
        }
        assertEquals(List.of(), faults);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void everyJsonExamplePassesTheSchemaAndUsesOnlyRuleLanguageNames(String name, String text) {
        List<String> blocks = PromptText.jsonBlocks(text);
        assertFalse(blocks.isEmpty(), name + " has no JSON example");
        List<String> faults = new ArrayList<>();
        for (String block : blocks) {
            JsonNode plan = PromptText.asPlan(block);
            SCHEMA.validate(plan).forEach(m -> faults.add("schema: " + m));
            PromptText.rulesOf(plan).forEach((at, rule) ->
                    RuleIdentifiers.problems(rule).forEach(p -> faults.add(at + ": " + rule + " -> " + p)));
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void counterExamplesInThePromptAreRejectedByTheChecker() {
        List<String> wrong = PromptText.wrongLines(mainPrompt());
        assertTrue(wrong.size() >= 5, "too few counter-examples: " + wrong);
        for (String rule : wrong) {
            assertFalse(RuleIdentifiers.problems(rule).isEmpty(), "counter-example is valid: " + rule);
        }
    }

    @Test
    void mainPromptHoldsOneWorkedExamplePlanWithTheWholeLadderAndRiskOffBlock() {
        List<String> blocks = PromptText.jsonBlocks(mainPrompt());
        assertEquals(1, blocks.size());
        JsonNode plan = PlanSchema.parse(blocks.get(0));
        assertTrue(plan.isObject() && plan.has("plan_id"), "the worked example is not a whole plan");
        assertEquals(List.of(), SCHEMA.validate(plan));
        assertTrue(plan.path("risk_off").has("regime_rule") && plan.path("risk_off").has("latch_bars"));
        assertLadderIsComplete(plan);
    }

    @ParameterizedTest
    @MethodSource("strategyTexts")
    void everyStrategyShowsEveryLadderRungWithATypicalFraction(String text) {
        for (String block : PromptText.jsonBlocks(text)) {
            assertLadderIsComplete(PromptText.asPlan(block));
        }
    }

    @Test
    void mainPromptCarriesEachPlaceholderExactlyOnce() {
        String prompt = mainPrompt();
        assertEquals(1, occurrences(prompt, PromptLibrary.SCHEMA_PLACEHOLDER));
        assertEquals(1, occurrences(prompt, PromptLibrary.STRATEGY_PLACEHOLDER));
    }

    @Test
    void mainPromptTeachesTheLadderAsSpecSection9DefinesIt() {
        String prompt = mainPrompt();
        for (String phrase : List.of(
                "risk_reduce - conditions weakening but not critical", "momentum fading", "approaching resistance",
                "unfavourable volume profile", "use 0.25 to 0.5",
                "risk_off - defensive posture warranted", "regime shift signal", "correlation breakdown starting",
                "sustained adverse move", "risk_off.regime_rule", "risk_off.latch_bars",
                "emergency_exit - something is broken, exposure must go to zero", "flash crash", "liquidity gap",
                "exchange anomaly", "circuit-breaker conditions", "raise its threshold",
                "emergency_exit > risk_off > risk_reduce > normal exits",
                "same-bar veto", "min hold", "hold_rule", "cooldown",
                "tf_<timeframe>_<name>", "LAST COMPLETED", "warming up")) {
            assertTrue(prompt.contains(phrase), "prompt lacks: " + phrase);
        }
    }

    /** A risk_reduce, a risk_off and an emergency_exit, each with an exit_rule; trims of 0.25 to 0.5. */
    private static void assertLadderIsComplete(JsonNode plan) {
        Set<String> categories = new TreeSet<>();
        for (JsonNode t : plan.path("triggers")) {
            String category = t.path("category").asText("other");
            categories.add(category);
            if (category.equals("risk_reduce")) {
                double f = t.path("exit_fraction").asDouble(1.0);
                assertTrue(f >= 0.25 && f <= 0.5, t.path("id").asText() + ": exit_fraction " + f);
            }
        }
        assertTrue(categories.containsAll(Set.of("risk_reduce", "risk_off", "emergency_exit")), categories.toString());
    }

    private static int occurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
