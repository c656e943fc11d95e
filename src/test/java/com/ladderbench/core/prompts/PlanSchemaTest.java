package com.ladderbench.core.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** resources/schema/plan.schema.json: a valid 2020-12 schema that pins SPEC §2.1 as tightly as a schema can. */
class PlanSchemaTest {
    private static final PlanSchema SCHEMA = new PlanSchema();

    /** Every keyword of the 2020-12 vocabularies (core, applicator, validation, meta-data, format, content, unevaluated). */
    private static final Set<String> KEYWORDS_2020_12 = Set.of(
            "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
            "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items",
            "contains", "properties", "patternProperties", "additionalProperties", "propertyNames",
            "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
            "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
            "maxProperties", "minProperties", "required", "dependentRequired",
            "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
            "format", "contentEncoding", "contentMediaType", "contentSchema",
            "unevaluatedItems", "unevaluatedProperties");

    static Path fixtures(String kind) throws URISyntaxException {
        return Path.of(PlanSchemaTest.class.getResource("/schema-fixtures/" + kind).toURI());
    }

    static Stream<Path> goodFixtures() throws Exception {
        return jsonFiles(fixtures("good"));
    }

    static Stream<Path> badFixtures() throws Exception {
        return jsonFiles(fixtures("bad"));
    }

    private static Stream<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void schemaIsValidAgainstTheDraft202012MetaSchema() {
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> problems = meta.validate(SCHEMA.node());
        assertEquals(Set.of(), problems);
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.node().path("$schema").asText());
    }

    @Test
    void metaSchemaCheckRejectsAMalformedSchema() {
        // Without this the check above could pass by loading an empty meta-schema.
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertFalse(meta.validate(PlanSchema.parse("{\"type\": \"decimal\", \"minimum\": \"0\", \"required\": [1]}")).isEmpty());
    }

    @Test
    void schemaUsesOnlyDraft202012Keywords() {
        // The meta-schema tolerates unknown keywords, so a typo such as "exclusiveMinimun" would pass it
        // and silently constrain nothing.
        List<String> unknown = new ArrayList<>();
        walkSchemas(SCHEMA.node(), "#", (schema, at) -> schema.fieldNames().forEachRemaining(k -> {
            if (!KEYWORDS_2020_12.contains(k)) unknown.add(at + "/" + k);
        }));
        assertEquals(List.of(), unknown);
    }

    @Test
    void everyPropertyAndObjectIsClosedAndDescribed() {
        List<String> faults = new ArrayList<>();
        walkSchemas(SCHEMA.node(), "#", (schema, at) -> {
            if (at.contains("/if") || at.contains("/then")) return; // conditions and their consequences, not descriptions of data
            if (schema.has("properties") && !schema.path("additionalProperties").isBoolean()) {
                faults.add(at + ": object without additionalProperties: false");
            }
            schema.path("properties").fields().forEachRemaining(p -> {
                String description = p.getValue().path("description").asText("");
                if (description.length() < 20) faults.add(at + "/properties/" + p.getKey() + ": no useful description");
            });
        });
        assertEquals(List.of(), faults);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFixtures")
    void goodFixturePassesTheSchema(Path plan) {
        assertEquals(List.of(), render(SCHEMA.validate(plan)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFixtures")
    void goodFixtureRulesUseOnlyRuleLanguageNames(Path plan) {
        Map<String, String> rules = PromptText.rulesOf(PlanSchema.read(plan));
        assertFalse(rules.isEmpty());
        rules.forEach((at, rule) -> assertEquals(List.of(), RuleIdentifiers.problems(rule), at + ": " + rule));
    }

    @Test
    void goodFixturesCoverEveryCategoryTheRiskOffBlockAndTheDirectionAliases() throws Exception {
        Set<String> categories = new TreeSet<>();
        Set<String> directions = new TreeSet<>();
        Set<String> sizingModes = new TreeSet<>();
        boolean riskOffBlock = false;
        for (Path p : goodFixtures().toList()) {
            JsonNode plan = PlanSchema.read(p);
            riskOffBlock |= plan.path("risk_off").has("regime_rule") && plan.path("risk_off").has("latch_bars");
            plan.path("triggers").forEach(t -> {
                categories.add(t.path("category").isNull() ? "other" : t.path("category").asText("other"));
                directions.add(t.path("direction").asText());
            });
            plan.path("sizing_rules").forEach(s -> sizingModes.add(s.path("sizing_mode").asText()));
        }
        assertEquals(enumOf("trigger", "category"), categories);
        assertEquals(enumOf("trigger", "direction"), directions);
        assertEquals(enumOf("sizing_rule", "sizing_mode"), sizingModes);
        assertTrue(riskOffBlock, "no good fixture has a full risk_off block");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFixtures")
    void badFixtureFailsForExactlyTheRuleItIsNamedFor(Path plan) throws Exception {
        JsonNode expected = expectations().get(plan.getFileName().toString());
        assertTrue(expected != null, "no entry in bad-expectations.json for " + plan.getFileName());
        List<ValidationMessage> messages = SCHEMA.validate(plan);
        assertFalse(messages.isEmpty(), "passed the schema");
        for (ValidationMessage m : messages) {
            String what = m.toString();
            assertEquals(expected.path("keyword").asText(), m.getType(), what);
            assertEquals(expected.path("at").asText(), m.getInstanceLocation().toString(), what);
            if (expected.has("property")) assertEquals(expected.path("property").asText(), m.getProperty(), what);
        }
    }

    @Test
    void everyExpectationNamesABadFixture() throws Exception {
        Set<String> files = badFixtures().map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, new TreeSet<>(expectations().keySet()));
    }

    @Test
    void badFixturesCoverEveryConditionalRule() throws Exception {
        Set<String> names = expectations().keySet();
        for (String rule : List.of("exit_fraction_on_emergency_exit", "exit_fraction_on_risk_off",
                "risk_reduce_without_exit_rule", "risk_off_without_exit_rule", "emergency_exit_without_exit_rule",
                "exit_direction_without_exit_rule", "flat_alias_without_exit_rule", "flat_exit_alias_without_exit_rule",
                "long_without_entry_rule", "short_without_entry_rule", "fixed_fraction_without_target_risk_pct",
                "notional_without_notional", "vol_target_without_vol_target_annual")) {
            assertTrue(names.contains(rule + ".json"), rule);
        }
    }

    private static Map<String, JsonNode> expectations() throws Exception {
        JsonNode all = PlanSchema.read(fixtures("bad").resolveSibling("bad-expectations.json"));
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        all.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Set<String> enumOf(String def, String property) {
        Set<String> values = new TreeSet<>();
        SCHEMA.node().path("$defs").path(def).path("properties").path(property).path("enum")
                .forEach(v -> {
                    if (!v.isNull()) values.add(v.asText()); // null = absent (SPEC §2.1), not a value
                });
        assertFalse(values.isEmpty(), def + "." + property);
        return values;
    }

    private static List<String> render(List<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::toString).toList();
    }

    interface SchemaVisitor {
        void visit(JsonNode schema, String at);
    }

    /** Visits every subschema: the keys of properties and $defs are names, not keywords. */
    static void walkSchemas(JsonNode schema, String at, SchemaVisitor visitor) {
        if (!schema.isObject()) return;
        visitor.visit(schema, at);
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            switch (key) {
                case "properties", "$defs", "patternProperties", "dependentSchemas" ->
                        value.fields().forEachRemaining(p -> walkSchemas(p.getValue(), at + "/" + key + "/" + p.getKey(), visitor));
                case "allOf", "anyOf", "oneOf", "prefixItems" -> {
                    for (int i = 0; i < value.size(); i++) walkSchemas(value.get(i), at + "/" + key + "/" + i, visitor);
                }
                case "items", "not", "if", "then", "else", "additionalProperties", "contains", "propertyNames",
                        "unevaluatedItems", "unevaluatedProperties" -> walkSchemas(value, at + "/" + key, visitor);
                default -> { }
            }
        }
    }
}
