package com.ladderbench.core.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.core.backtest.RunInputs;
import com.ladderbench.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The schema the prompt teaches and the loader the product runs must agree: every sample plan
 * passes both, and every plan the schema refuses for a rule the loader also enforces is refused
 * by the loader too.
 */
class SchemaAgreesWithLoaderTest {
    private static final PlanSchema SCHEMA = new PlanSchema();
    /**
     * Fixtures the schema refuses but the loader accepts on purpose: LLMs write explicit nulls
     * for optional fields, and the loader reads them as absent.
     */
    private static final Set<String> LOADER_IS_LENIENT = Set.of("optional_field_null.json");

    @TestFactory
    Stream<DynamicTest> everySamplePlanPassesTheLoaderWithoutWarnings() throws IOException {
        List<Path> plans = SamplePlansTest.samplePlans(SamplePlansTest.sampleRoot());
        assertTrue(plans.size() >= 3, "the three bundled samples are found: " + plans);
        return plans.stream().map(p -> DynamicTest.dynamicTest(p.getParent().getFileName().toString(), () -> {
            assertEquals(List.of(), SCHEMA.validate(p).stream().map(Object::toString).toList());
            assertEquals(List.of(), RunInputs.planLoader().load(p).warnings());
        }));
    }

    @TestFactory
    Stream<DynamicTest> aPlanTheSchemaRefusesIsRefusedByTheLoaderToo() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/schema-fixtures/bad");
        List<Path> bad;
        try (Stream<Path> files = Files.list(dir)) {
            bad = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(bad.isEmpty());
        return bad.stream().filter(f -> !LOADER_IS_LENIENT.contains(f.getFileName().toString()))
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    assertFalse(SCHEMA.validate(f).isEmpty(), "the schema refuses it");
                    assertThrows(InvalidInputException.class, () -> RunInputs.planLoader().load(f));
                }));
    }
}
