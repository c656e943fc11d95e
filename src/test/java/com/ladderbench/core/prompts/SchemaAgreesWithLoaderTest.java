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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The schema the prompt teaches and the loader the product runs must agree, with no exceptions:
 * every sample plan and every good fixture (explicit nulls for optional fields included) passes
 * both, and every plan the schema refuses is refused by the loader too.
 */
class SchemaAgreesWithLoaderTest {
    private static final PlanSchema SCHEMA = new PlanSchema();

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
    Stream<DynamicTest> aPlanTheSchemaAcceptsIsAcceptedByTheLoaderToo() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/schema-fixtures/good");
        List<Path> good;
        try (Stream<Path> files = Files.list(dir)) {
            good = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(good.stream().anyMatch(f -> f.getFileName().toString().equals("optional_fields_null.json")));
        return good.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            assertEquals(List.of(), SCHEMA.validate(f).stream().map(Object::toString).toList());
            RunInputs.planLoader().load(f);
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
        return bad.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    assertFalse(SCHEMA.validate(f).isEmpty(), "the schema refuses it");
                    assertThrows(InvalidInputException.class, () -> RunInputs.planLoader().load(f));
                }));
    }
}
