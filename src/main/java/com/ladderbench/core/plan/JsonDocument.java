package com.ladderbench.core.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a JSON input into a tree, and nothing else: no binding into classes, no default typing,
 * so a document can only ever become data. Duplicate fields and anything after the top-level
 * object are errors. Every failure becomes one {@link Problem} located by line and column.
 */
public final class JsonDocument {
    private JsonDocument() {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /**
     * Nodes built straight from the parser's tokens: an ObjectMapper would only be used for its tree
     * reader, and setting one up (serializers, date formats, locale data) costs a {@code validate}
     * more than the reading itself. Same nodes as {@code ObjectMapper.readTree} with its defaults.
     */
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The file's text, decoded strictly as UTF-8. */
    public static String readText(Path file) throws InvalidInputException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw InvalidInputException.of(name, null, "is a directory, not a file");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(name, null, "file not found");
        } catch (AccessDeniedException e) {
            throw InvalidInputException.of(name, null, "permission denied: the file cannot be read");
        } catch (IOException e) {
            String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
            throw InvalidInputException.of(name, null, "the file cannot be read" + detail);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(name, "line " + lineOfFirstBadByte(bytes),
                    "the file is not UTF-8 text (save it as UTF-8)");
        }
    }

    /**
     * Parses {@code text} as one JSON object.
     *
     * @param what what the document should be, for messages: "a plan", "a run configuration"
     */
    public static ObjectNode parseObject(String text, String file, String what) throws InvalidInputException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text; // a BOM is not content
        try (JsonParser p = FACTORY.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw problem(file, SyntaxMessages.location(p.currentLocation()),
                        "the text is empty: expected " + what + " as a JSON object { ... }");
            }
            if (first != JsonToken.START_OBJECT) {
                throw problem(file, SyntaxMessages.location(p.currentTokenLocation()),
                        what + " must be a JSON object { ... }, found " + describe(first));
            }
            JsonNode root = readValue(p);
            rejectTrailingContent(p, file, what);
            return (ObjectNode) root;
        } catch (JsonProcessingException e) {
            throw problem(file, SyntaxMessages.location(e.getLocation()), SyntaxMessages.describe(e));
        } catch (IOException e) {
            // reading from a String does no I/O; kept so a parser fault still reaches the user as a problem
            throw problem(file, null, "the text cannot be read as JSON");
        }
    }

    /** The value starting at the parser's current token, which it leaves on the value's last token. */
    private static JsonNode readValue(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    object.set(name, readValue(p));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) array.add(readValue(p));
                return array;
            }
            case VALUE_STRING: return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT: return NODES.numberNode(p.getIntValue());
                    case LONG: return NODES.numberNode(p.getLongValue());
                    default: return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT: return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE: return NODES.booleanNode(true);
            case VALUE_FALSE: return NODES.booleanNode(false);
            case VALUE_NULL: return NODES.nullNode();
            default: throw new JsonParseException(p, "unexpected token " + p.currentToken());
        }
    }

    private static void rejectTrailingContent(JsonParser p, String file, String what) throws InvalidInputException {
        String after = "unexpected text after the end of " + what + " (the JSON object is already complete)";
        try {
            if (p.nextToken() != null) {
                throw problem(file, SyntaxMessages.location(p.currentTokenLocation()), after);
            }
        } catch (JsonProcessingException e) {
            throw problem(file, SyntaxMessages.location(e.getLocation()), after);
        } catch (IOException e) {
            throw problem(file, null, after);
        }
    }

    private static String describe(JsonToken t) {
        switch (t) {
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return "'" + t.asString() + "'";
        }
    }

    private static InvalidInputException problem(String file, String location, String message) {
        return new InvalidInputException(new Problem(file, location, message));
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true); // stops at the first malformed sequence
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }
}
