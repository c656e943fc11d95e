package com.ladderbench.core.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bundled sample plan ({@code sample-backtests/NAME/plan.json}) must satisfy the schema the
 * strategist prompt teaches. The folder may be empty or absent; then only the schema check runs.
 * The plan loader's own validation of the same files belongs next to the loader.
 */
class SamplePlansTest {
    private static final PlanSchema SCHEMA = new PlanSchema();

    static Path sampleRoot() {
        return Path.of(System.getProperty("basedir", ".")).resolve("sample-backtests");
    }

    /** {@code root/NAME/plan.json} for every NAME that has one, sorted; empty when root is absent. */
    static List<Path> samplePlans(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.map(d -> d.resolve("plan.json")).filter(Files::isRegularFile).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySamplePlanPassesThePlanSchema() throws IOException {
        DynamicTest schemaLoads = DynamicTest.dynamicTest("plan schema loads", () -> {
            assertTrue(SCHEMA.node().path("properties").has("triggers"));
            assertFalse(SCHEMA.validate(PlanSchema.parse("{}")).isEmpty(), "an empty plan must fail");
        });
        return Stream.concat(Stream.of(schemaLoads), samplePlans(sampleRoot()).stream().map(plan ->
                DynamicTest.dynamicTest(sampleRoot().relativize(plan).toString(),
                        () -> assertEquals(List.of(), render(SCHEMA.validate(plan))))));
    }

    @Test
    void samplePlansAreFoundOnePerBacktestFolder(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("b_trend"));
        Files.writeString(root.resolve("b_trend/plan.json"), "{}");
        Files.createDirectories(root.resolve("a_defensive"));
        Files.writeString(root.resolve("a_defensive/plan.json"), "{}");
        Files.createDirectories(root.resolve("c_no_plan"));
        Files.writeString(root.resolve("c_no_plan/config.json"), "{}");
        Files.writeString(root.resolve("plan.json"), "{}");
        assertEquals(List.of(root.resolve("a_defensive/plan.json"), root.resolve("b_trend/plan.json")),
                samplePlans(root));
        assertEquals(List.of(), samplePlans(root.resolve("absent")));
    }

    private static List<String> render(List<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::toString).toList();
    }
}
