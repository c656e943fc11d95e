package com.ladderbench.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Iterator;

/**
 * Orders paths as their values appear in one document, so problems read top to bottom no matter
 * in which order the validator happened to find them. A field that is missing from the document
 * (a "required field" problem) sorts after its siblings; ties keep the order they were reported in.
 */
final class DocumentOrder implements Comparator<JsonPath> {
    private final JsonNode root;

    DocumentOrder(JsonNode root) {
        this.root = root;
    }

    @Override
    public int compare(JsonPath a, JsonPath b) {
        JsonNode node = root;
        int common = Math.min(a.segments().size(), b.segments().size());
        for (int i = 0; i < common; i++) {
            JsonPath.Segment sa = a.segments().get(i);
            JsonPath.Segment sb = b.segments().get(i);
            int c = Integer.compare(rank(node, sa), rank(node, sb));
            if (c != 0) return c;
            if (!sa.equals(sb)) return 0; // both missing from the document: keep report order
            node = child(node, sa);
        }
        return Integer.compare(a.segments().size(), b.segments().size());
    }

    private static int rank(JsonNode node, JsonPath.Segment s) {
        if (s instanceof JsonPath.Index i) return i.index();
        if (node == null || !node.isObject()) return 0;
        String name = ((JsonPath.Key) s).name();
        int pos = 0;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); pos++) {
            if (it.next().equals(name)) return pos;
        }
        return Integer.MAX_VALUE;
    }

    private static JsonNode child(JsonNode node, JsonPath.Segment s) {
        if (node == null) return null;
        if (s instanceof JsonPath.Index i) return node.isArray() ? node.get(i.index()) : null;
        return node.isObject() ? node.get(((JsonPath.Key) s).name()) : null;
    }
}
