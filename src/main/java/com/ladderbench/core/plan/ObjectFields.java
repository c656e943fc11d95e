package com.ladderbench.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.core.text.EditDistance;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed access to the fields of one JSON object at a known path. Every accessor reports what is
 * wrong to the shared {@link Findings} and returns null instead of throwing, so a walk over a
 * document finds every problem in one pass. Unknown fields are reported when the reader is made.
 */
final class ObjectFields {
    private final ObjectNode node;
    private final JsonPath path;
    private final Findings findings;
    private final boolean nullIsAbsent;

    private ObjectFields(ObjectNode node, JsonPath path, Findings findings, boolean nullIsAbsent) {
        this.node = node;
        this.path = path;
        this.findings = findings;
        this.nullIsAbsent = nullIsAbsent;
    }

    /**
     * @param nullIsAbsent true when an explicit {@code null} means the same as a missing field
     *     (plans: strategists write {@code "exit_fraction": null}); false where null has its own
     *     meaning and only nullable fields accept it (run configurations)
     */
    static ObjectFields of(ObjectNode node, JsonPath path, Findings findings, boolean nullIsAbsent,
            List<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                findings.error(path.field(name), unknownFieldMessage(name, allowed));
            }
        }
        return new ObjectFields(node, path, findings, nullIsAbsent);
    }

    static String unknownFieldMessage(String name, List<String> allowed) {
        StringBuilder sb = new StringBuilder("unknown field '").append(name).append('\'');
        String guess = closest(name, allowed);
        if (guess != null) sb.append(" (did you mean '").append(guess).append("'?)");
        sb.append("; allowed: ").append(String.join(", ", allowed));
        return sb.toString();
    }

    JsonPath at(String name) {
        return path.field(name);
    }

    /** The field's value, or null when it is absent (or null, where null means absent). */
    JsonNode get(String name) {
        JsonNode v = node.get(name);
        if (v == null || (nullIsAbsent && v.isNull())) return null;
        return v;
    }

    boolean isPresent(String name) {
        return get(name) != null;
    }

    boolean isExplicitNull(String name) {
        JsonNode v = node.get(name);
        return v != null && v.isNull();
    }

    /** A string field; a required one must be present and not blank. */
    String string(String name, boolean required) {
        JsonNode v = get(name);
        if (v == null) {
            if (required) missing(name);
            return null;
        }
        if (!v.isTextual()) {
            wrongType(name, "a string", v);
            return null;
        }
        if (required && v.asText().isBlank()) {
            findings.error(at(name), "must not be empty");
            return null;
        }
        return v.asText();
    }

    /** A finite number within {@code range}; null when absent or invalid. */
    Double number(String name, NumberRange range) {
        JsonNode v = get(name);
        if (v == null) return null;
        if (!v.isNumber()) {
            wrongType(name, "a number", v);
            return null;
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            findings.error(at(name), "must be a finite number, got " + v.asText());
            return null;
        }
        if (!range.contains(d)) {
            findings.error(at(name), "must be " + range.describe() + ", got " + Numbers.format(d));
            return null;
        }
        return d;
    }

    /** A whole number >= {@code min}; 4.0 counts as 4, 4.5 is an error. Null when absent or invalid. */
    Integer integer(String name, int min) {
        JsonNode v = get(name);
        if (v == null) return null;
        if (!v.isNumber()) {
            wrongType(name, "a whole number", v);
            return null;
        }
        double d = v.doubleValue();
        boolean whole = v.isIntegralNumber() || (Double.isFinite(d) && d == Math.rint(d));
        if (!whole) {
            findings.error(at(name), "must be a whole number, got " + Numbers.format(d));
            return null;
        }
        if (d < min) {
            findings.error(at(name), "must be >= " + min + ", got " + Numbers.format(d));
            return null;
        }
        if (d > Integer.MAX_VALUE) {
            findings.error(at(name), "must be at most " + Integer.MAX_VALUE + ", got " + Numbers.format(d));
            return null;
        }
        return (int) d;
    }

    Boolean bool(String name) {
        JsonNode v = get(name);
        if (v == null) return null;
        if (!v.isBoolean()) {
            wrongType(name, "true or false", v);
            return null;
        }
        return v.booleanValue();
    }

    /** A string naming one of a closed set of values; null when absent or invalid. */
    <E> E choice(String name, boolean required, Function<String, Optional<E>> parse, List<String> allowed) {
        String s = string(name, required);
        if (s == null) return null;
        Optional<E> value = parse.apply(s);
        if (value.isEmpty()) {
            findings.error(at(name), "must be one of " + String.join(", ", allowed) + ", got '" + s + "'");
            return null;
        }
        return value.get();
    }

    ObjectNode object(String name) {
        JsonNode v = get(name);
        if (v == null) return null;
        if (!v.isObject()) {
            wrongType(name, "an object", v);
            return null;
        }
        return (ObjectNode) v;
    }

    ArrayNode array(String name, boolean required) {
        JsonNode v = get(name);
        if (v == null) {
            if (required) missing(name);
            return null;
        }
        if (!v.isArray()) {
            wrongType(name, "an array", v);
            return null;
        }
        return (ArrayNode) v;
    }

    void missing(String name) {
        findings.error(at(name), "required field is missing");
    }

    private void wrongType(String name, String expected, JsonNode actual) {
        findings.error(at(name), "must be " + expected + ", got " + typeName(actual));
    }

    static String typeName(JsonNode v) {
        switch (v.getNodeType()) {
            case STRING: return "string";
            case NUMBER: return "number";
            case BOOLEAN: return "boolean";
            case ARRAY: return "array";
            case OBJECT: return "object";
            case NULL: return "null";
            default: return "unsupported value";
        }
    }

    /** The allowed name a misspelt or shortened one most likely meant, or null. */
    private static String closest(String name, List<String> allowed) {
        String best = null;
        int bestDistance = 3;
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String candidate : allowed) {
            if (lower.length() >= 4 && candidate.startsWith(lower)) return candidate; // "latch" for "latch_bars"
        }
        for (String candidate : allowed) {
            int d = EditDistance.between(lower, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }
}
