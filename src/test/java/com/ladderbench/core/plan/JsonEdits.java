package com.ladderbench.core.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies edits to a JSON document so a test can state a bad plan as a one-line change to a good
 * one: {@code triggers[2].exit_fraction = 1.5} sets a value (appending when the index is the array's
 * size), {@code triggers[0].id -} removes a field; several edits are separated by {@code ;}.
 */
final class JsonEdits {
    private JsonEdits() {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");

    static String apply(String json, String edits) {
        try {
            JsonNode root = MAPPER.readTree(json);
            for (String edit : edits.split(";")) {
                applyOne(root, edit.trim());
            }
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad edit " + edits, e);
        }
    }

    private static void applyOne(JsonNode root, String edit) throws JsonProcessingException {
        boolean remove = edit.endsWith(" -");
        int eq = edit.indexOf(" = ");
        String path = remove ? edit.substring(0, edit.length() - 2).trim() : edit.substring(0, eq).trim();
        List<Object> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) segments.add(m.group(1) != null ? m.group(1) : (Object) Integer.parseInt(m.group(2)));
        JsonNode parent = root;
        for (Object s : segments.subList(0, segments.size() - 1)) {
            parent = s instanceof Integer i ? parent.get(i) : parent.get((String) s);
        }
        Object last = segments.get(segments.size() - 1);
        if (remove) {
            if (last instanceof Integer i) ((ArrayNode) parent).remove(i);
            else ((ObjectNode) parent).remove((String) last);
            return;
        }
        JsonNode value = MAPPER.readTree(edit.substring(eq + 3));
        if (last instanceof Integer i) {
            ArrayNode array = (ArrayNode) parent;
            if (i == array.size()) array.add(value);
            else array.set(i, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }
}
