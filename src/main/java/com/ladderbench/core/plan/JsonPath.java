package com.ladderbench.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Where a value sits in a JSON document: {@code triggers[3].exit_rule}. The root renders as "". */
record JsonPath(List<Segment> segments) {

    sealed interface Segment permits Key, Index {
    }

    record Key(String name) implements Segment {
    }

    record Index(int index) implements Segment {
    }

    static final JsonPath ROOT = new JsonPath(List.of());

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    JsonPath {
        segments = List.copyOf(segments);
    }

    JsonPath field(String name) {
        return append(new Key(name));
    }

    JsonPath index(int index) {
        return append(new Index(index));
    }

    private JsonPath append(Segment s) {
        List<Segment> next = new ArrayList<>(segments);
        next.add(s);
        return new JsonPath(next);
    }

    /** The path as users read it; odd field names (spaces, dots) are quoted so the path stays unambiguous. */
    String render() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (s instanceof Index i) {
                sb.append('[').append(i.index()).append(']');
            } else {
                String name = ((Key) s).name();
                if (PLAIN_NAME.matcher(name).matches()) {
                    if (sb.length() > 0) sb.append('.');
                    sb.append(name);
                } else {
                    sb.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
                }
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
