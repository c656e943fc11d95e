package com.ladderbench.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a JSON tree token by token into a generator, as {@code ObjectMapper.writeTree} does with
 * its default settings. Setting up an ObjectMapper (serializer factories, type introspection,
 * date formats) costs a short command more than writing its whole output, and a tree needs none of it.
 */
final class JsonTrees {
    private JsonTrees() {
    }

    /** Fields in the tree's order. */
    static void write(JsonGenerator g, JsonNode node) throws IOException {
        write(g, node, false);
    }

    /** Fields of every object ordered by name (String order), at every depth. */
    static void writeSorted(JsonGenerator g, JsonNode node) throws IOException {
        write(g, node, true);
    }

    private static void write(JsonGenerator g, JsonNode node, boolean sorted) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT: {
                g.writeStartObject();
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                if (sorted) {
                    TreeMap<String, JsonNode> byName = new TreeMap<>();
                    fields.forEachRemaining(f -> byName.put(f.getKey(), f.getValue()));
                    fields = byName.entrySet().iterator();
                }
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    g.writeFieldName(field.getKey());
                    write(g, field.getValue(), sorted);
                }
                g.writeEndObject();
                return;
            }
            case ARRAY: {
                g.writeStartArray();
                for (JsonNode element : node) write(g, element, sorted);
                g.writeEndArray();
                return;
            }
            case STRING: g.writeString(node.textValue()); return;
            case BOOLEAN: g.writeBoolean(node.booleanValue()); return;
            case NULL: g.writeNull(); return;
            case NUMBER: writeNumber(g, node); return;
            default: throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static void writeNumber(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.numberType()) {
            case INT: g.writeNumber(n.intValue()); return;
            case LONG: g.writeNumber(n.longValue()); return;
            case BIG_INTEGER: g.writeNumber(n.bigIntegerValue()); return;
            case FLOAT: g.writeNumber(n.floatValue()); return;
            case DOUBLE: g.writeNumber(n.doubleValue()); return;
            case BIG_DECIMAL: g.writeNumber(n.decimalValue()); return;
            default: throw new IllegalArgumentException("not a JSON number: " + n);
        }
    }
}
