package com.ladderbench.core.prompts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** The shipped plan schema, compiled once per test class, as tests and sample checks use it. */
final class PlanSchema {
    static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode node;
    private final JsonSchema schema;

    PlanSchema() {
        node = parse(StrategistPrompts.schema());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    JsonNode node() {
        return node;
    }

    /** Every violation, ordered by instance location then keyword so failures read the same each run. */
    List<ValidationMessage> validate(JsonNode plan) {
        return schema.validate(plan).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getType))
                .toList();
    }

    List<ValidationMessage> validate(Path planFile) {
        return validate(read(planFile));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
