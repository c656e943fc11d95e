package com.ladderbench.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Files that are not JSON at all: one problem each, at a line and column, in plain words. */
class JsonSyntaxTest {
    private static final Pattern LINE_COL = Pattern.compile("line \\d+, col \\d+");
    /** Parser internals that must never reach an analyst. */
    private static final List<String> NOISE = List.of("Source", "REDACTED", "jackson", "Jackson", "Exception",
            "(code", "Feature", "`", "CTRL-CHAR", "JSON String, Number");

    private final PlanLoader loader = new PlanLoader(ExpressionChecker.NONE);

    private Problem onlyProblem(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.parse(json, "p.json"));
        assertEquals(1, e.problems().size(), () -> "one problem expected, got " + e.problems());
        return e.problems().get(0);
    }

    private static void assertPlain(Problem p) {
        for (String word : NOISE) {
            assertFalse(p.message().contains(word), () -> "parser noise '" + word + "' in: " + p.render());
        }
    }

    @Test
    void emptyFileIsOneProblemAtLineOneColumnOne() {
        Path file = Fixtures.path("empty.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.load(file));
        assertEquals(List.of(new Problem(file.toString(), "line 1, col 1",
                "the text is empty: expected a plan as a JSON object { ... }")), e.problems());
    }

    @Test
    void whitespaceOnlyIsEmptyAndLocatedAtItsEnd() {
        assertEquals(new Problem("p.json", "line 2, col 2", "the text is empty: expected a plan as a JSON object { ... }"),
                onlyProblem("  \n "));
    }

    @Test
    void truncatedFileNamesLineAndColumn() {
        Path file = Fixtures.path("truncated.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.load(file));
        assertEquals(List.of(new Problem(file.toString(), "line 21, col 16",
                "the text ends inside a string: a closing \" is missing")), e.problems());
    }

    @Test
    void truncatedObjectSaysWhichStructureIsNeverClosed() {
        assertEquals(new Problem("p.json", "line 3, col 20",
                "the text ends too early: the array that starts at line 3, col 15 is never closed"),
                onlyProblem("{\n  \"plan_id\": \"x\",\n  \"triggers\": [{}, "));
    }

    @Test
    void nonJsonFileIsOneProblemWithLocation() {
        Path file = Fixtures.path("not-json.txt");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.load(file));
        assertEquals(List.of(new Problem(file.toString(), "line 1, col 8", "unrecognised word 'plan_id': expected a "
                + "value (a string in double quotes, a number, true, false, null, an object or an array)")), e.problems());
    }

    @Test
    void missingCommaIsLocatedAtTheNextField() {
        Path file = Fixtures.path("missing-comma.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.load(file));
        assertEquals(List.of(new Problem(file.toString(), "line 7, col 7",
                "expected ',' or '}' after a field's value, found '\"' (a missing comma?)")), e.problems());
    }

    @Test
    void duplicateFieldIsAnError() {
        Path file = Fixtures.path("duplicate-field.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.load(file));
        assertEquals(List.of(new Problem(file.toString(), "line 4, col 68",
                "duplicate field 'timeframe': each field may appear only once")), e.problems());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("{\"a\":1} x", "line 1, col 10",
                        "unexpected text after the end of a plan (the JSON object is already complete)"),
                Arguments.of("{\"a\":1} {}", "line 1, col 9",
                        "unexpected text after the end of a plan (the JSON object is already complete)"),
                Arguments.of("[]", "line 1, col 1", "a plan must be a JSON object { ... }, found an array"),
                Arguments.of("42", "line 1, col 1", "a plan must be a JSON object { ... }, found a number"),
                Arguments.of("{a:1}", "line 1, col 2", "expected a field name in double quotes, found 'a'"),
                Arguments.of("{\"a\" 1}", "line 1, col 6", "expected ':' after the field name, found '1'"),
                Arguments.of("{\"a\":}", "line 1, col 6", "expected a value, found '}'"),
                Arguments.of("{\"a\":1,}", "line 1, col 8", "a comma before '}' is not allowed (trailing comma)"),
                Arguments.of("{\"a\":[1,]}", "line 1, col 9", "expected a value, found ']' (a trailing comma?)"),
                Arguments.of("{\"a\":[1 2]}", "line 1, col 9", "expected ',' or ']' after an array element, found '2'"),
                Arguments.of("{\"a\":1]", "line 1, col 7",
                        "unexpected ']': the object that starts at line 1, col 1 must be closed with '}' first"),
                Arguments.of("}", "line 1, col 1", "unexpected '}': nothing is open to close here"),
                Arguments.of("// note\n{}", "line 1, col 1", "comments are not allowed in JSON"),
                Arguments.of("{\"a\":'x'}", "line 1, col 6", "strings must be in double quotes, not single quotes"),
                Arguments.of("{\"a\":01}", "line 1, col 7", "invalid number: leading zeroes are not allowed"),
                Arguments.of("{\"a\":1.}", "line 1, col 7", "invalid number: a digit must follow the decimal point"),
                Arguments.of("{\"a\":+1}", "line 1, col 7", "invalid number: a leading '+' is not allowed"),
                Arguments.of("{\"a\":NaN}", "line 1, col 9", "'NaN' is not a JSON number"),
                Arguments.of("{\"a\":tru}", "line 1, col 9", "unrecognised word 'tru': expected a value (a string in "
                        + "double quotes, a number, true, false, null, an object or an array)"),
                Arguments.of("{\"a\":\"x\ny\"}", "line 1, col 8", "a string must not span lines: write a line break as \\n"),
                Arguments.of("{\"a\":\"\\q\"}", "line 1, col 8", "invalid escape '\\q' in a string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void syntaxErrorsAreOneProblemInPlainWords(String json, String location, String message) {
        Problem p = onlyProblem(json);
        assertEquals(new Problem("p.json", location, message), p);
        assertPlain(p);
    }

    @Test
    void everyTruncationOfAValidPlanIsOneLocatedPlainProblem() {
        String full = Fixtures.text("valid-plan.json");
        int end = full.lastIndexOf('}');
        for (int cut = 0; cut <= end; cut++) {
            String prefix = full.substring(0, cut);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.parse(prefix, "p.json"),
                    "prefix of length " + cut);
            assertEquals(1, e.problems().size(), "prefix of length " + cut);
            Problem p = e.problems().get(0);
            assertNotNull(p.location(), "prefix of length " + cut);
            assertTrue(LINE_COL.matcher(p.location()).matches(), p.render());
            assertPlain(p);
        }
    }

    @Test
    void byteOrderMarkIsNotContent() throws Exception {
        assertEquals(9, loader.parse("\uFEFF" + Fixtures.text("valid-plan.json"), "p.json").plan().triggers().size());
    }

    @Test
    void fileThatIsNotUtf8IsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, new byte[] {'{', '\n', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.load(file));
        assertEquals(List.of(new Problem(file.toString(), "line 2", "the file is not UTF-8 text (save it as UTF-8)")),
                e.problems());
    }

    @Test
    void missingFileIsAProblemNotAnIoException(@TempDir Path dir) {
        Path file = dir.resolve("nope.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.load(file));
        assertEquals(List.of(new Problem(file.toString(), null, "file not found")), e.problems());
    }

    @Test
    void directoryIsAProblem(@TempDir Path dir) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.load(dir));
        assertEquals(List.of(new Problem(dir.toString(), null, "is a directory, not a file")), e.problems());
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.strings().withChars("{}[]\":,.-+0123456789eEtrufalsn \n\\'/#ab").ofMaxLength(40)
                .injectDuplicates(0.1);
    }

    @Property(tries = 2000)
    void anyTextGivesAPlanOrPlainProblemsNeverAnotherException(@ForAll("jsonish") String text) {
        try {
            loader.parse(text, "p.json");
        } catch (InvalidInputException e) {
            assertFalse(e.problems().isEmpty());
            e.problems().forEach(JsonSyntaxTest::assertPlain);
        }
    }
}
