package com.ladderbench.core.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StrategistPromptsTest {

    /** A tiny prompt library with non-ASCII text, a nested file and a non-.txt file that must not be listed. */
    private static final Map<String, String> LIBRARY = new LinkedHashMap<>();

    static {
        LIBRARY.put("prompts/strategist_prompt.txt", "Role.\n{{PLAN_SCHEMA}}\nGuide:\n{{STRATEGY_GUIDANCE}}\nEnd.\n");
        LIBRARY.put("prompts/strategies/zeta.txt", "  zeta – σ guidance\n\n");
        LIBRARY.put("prompts/strategies/alpha.txt", "alpha guidance");
        LIBRARY.put("prompts/strategies/notes.md", "not a strategy");
        LIBRARY.put("prompts/strategies/old/beta.txt", "nested, not a strategy");
        LIBRARY.put("schema/plan.schema.json", "{\"description\": \"ü\"}\n");
    }

    static List<String> strategies() {
        return StrategistPrompts.strategies();
    }

    @Test
    void strategiesAreTheTemplateNamesSorted() {
        assertEquals(List.of("defensive", "mean_reversion", "trend_following", "volatility_breakout"),
                StrategistPrompts.strategies());
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void assembleFillsBothPlaceholdersForEveryStrategy(String strategy) {
        String prompt = StrategistPrompts.assemble(strategy);
        assertFalse(prompt.contains("{{"), "placeholder left in " + strategy);
        assertTrue(prompt.contains(StrategistPrompts.schema().strip()), "schema missing");
        String guidance = new ClasspathResources(getClass().getClassLoader())
                .read("prompts/strategies/" + strategy + ".txt").strip();
        assertTrue(prompt.contains(guidance), "strategy guidance missing");
        assertTrue(prompt.indexOf("\"$schema\"") < prompt.indexOf(guidance), "schema belongs before the guidance");
    }

    @Test
    void assembledPromptIsDeterministic() {
        assertEquals(StrategistPrompts.assemble("defensive"), StrategistPrompts.assemble("defensive"));
    }

    @Test
    void unknownStrategyIsRejectedListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StrategistPrompts.assemble("momentum"));
        assertTrue(e.getMessage().contains("'momentum'"), e.getMessage());
        assertTrue(e.getMessage().contains("defensive, mean_reversion, trend_following, volatility_breakout"),
                e.getMessage());
    }

    @Test
    void pathLikeOrNullStrategyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> StrategistPrompts.assemble("../strategist_prompt"));
        assertThrows(IllegalArgumentException.class, () -> StrategistPrompts.assemble("strategies/defensive"));
        assertThrows(IllegalArgumentException.class, () -> StrategistPrompts.assemble(null));
    }

    @Test
    void schemaIsTheDraft202012PlanSchema() {
        var node = PlanSchema.parse(StrategistPrompts.schema());
        assertEquals("https://json-schema.org/draft/2020-12/schema", node.path("$schema").asText());
        assertEquals(List.of("plan_id", "triggers"),
                List.of(node.path("required").get(0).asText(), node.path("required").get(1).asText()));
    }

    @Test
    void loadsFromAJarWithoutDirectoryEntries(@TempDir Path tmp) throws IOException {
        // The shaded jar is the production case; jars need not list directories, so listing must not rely on them.
        Path jar = tmp.resolve("lib.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> e : LIBRARY.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        assertLibraryReadsBack(jar.toUri().toURL());
    }

    @Test
    void loadsFromAClassesDirectory(@TempDir Path tmp) throws IOException {
        for (Map.Entry<String, String> e : LIBRARY.entrySet()) {
            Path file = tmp.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
        assertLibraryReadsBack(tmp.toUri().toURL());
    }

    private static void assertLibraryReadsBack(URL root) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root}, null)) {
            PromptLibrary library = new PromptLibrary(new ClasspathResources(loader));
            assertEquals(List.of("alpha", "zeta"), library.strategies());
            assertEquals("{\"description\": \"ü\"}\n", library.schema());
            assertEquals("Role.\n{\"description\": \"ü\"}\nGuide:\nzeta – σ guidance\nEnd.\n", library.assemble("zeta"));
            assertThrows(IllegalArgumentException.class, () -> library.assemble("beta"));
            assertThrows(IllegalArgumentException.class, () -> library.assemble("notes"));
        }
    }

    @Test
    void missingResourceIsAPackagingFaultNamingTheResource(@TempDir Path tmp) throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, null)) {
            PromptLibrary library = new PromptLibrary(new ClasspathResources(empty));
            IllegalStateException e = assertThrows(IllegalStateException.class, library::schema);
            assertTrue(e.getMessage().contains("schema/plan.schema.json"), e.getMessage());
            assertThrows(IllegalStateException.class, library::strategies);
        }
    }

    @Test
    void fillInsertsValuesLiterallyAndInOnePass() {
        String filled = PromptLibrary.fill("a {{PLAN_SCHEMA}} b {{STRATEGY_GUIDANCE}} c", Map.of(
                PromptLibrary.SCHEMA_PLACEHOLDER, "{{STRATEGY_GUIDANCE}} $1 \\",
                PromptLibrary.STRATEGY_PLACEHOLDER, "g"));
        assertEquals("a {{STRATEGY_GUIDANCE}} $1 \\ b g c", filled);
    }

    @Test
    void shippedTextsAreStrictUtf8() throws IOException {
        List<String> paths = new java.util.ArrayList<>(List.of(PromptLibrary.PROMPT, PromptLibrary.SCHEMA));
        StrategistPrompts.strategies().forEach(st -> paths.add(PromptLibrary.STRATEGIES + "/" + st + ".txt"));
        for (String path : paths) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
                assertTrue(in != null, path);
                // newDecoder() reports malformed input instead of substituting U+FFFD.
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes()));
            }
        }
    }
}
