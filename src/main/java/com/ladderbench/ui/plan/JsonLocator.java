package com.ladderbench.ui.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a problem's JSON path ({@code triggers[3].exit_rule}) sits in a plan's text, so a
 * double-clicked problem can select it. A path that is not in the text (a missing field) falls
 * back to its nearest enclosing value, e.g. the trigger; text that does not parse up to there gives
 * the place parsing stopped.
 */
public final class JsonLocator {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLocator() {
    }

    /** Characters {@code [start, end)} of the text. */
    public record Range(int start, int end) {
    }

    public static Range locate(String json, String path) {
        List<String> segments = segments(path);
        for (int n = segments.size(); n >= 0; n--) {
            Found f = find(json, pointer(segments.subList(0, n)));
            if (f != null) return f.range();
        }
        return new Range(0, 0);
    }

    /**
     * Characters {@code [from, to)} of the string value at a path (a rule), as offsets into the
     * JSON text: escapes such as {@code \"} count as one character of the value. Falls back to
     * {@link #locate} when the path holds no string.
     */
    public static Range locateInString(String json, String path, int from, int to) {
        Found f = find(json, pointer(segments(path)));
        if (f == null || f.valueStart() < 0 || f.valueStart() >= json.length() || json.charAt(f.valueStart()) != '"') {
            return locate(json, path);
        }
        int start = -1;
        int i = f.valueStart() + 1; // past the opening quote
        int index = 0;
        while (i < f.range().end() - 1) {
            if (index == from) start = i;
            if (index == to) return new Range(start, i);
            i += json.charAt(i) != '\\' ? 1 : json.charAt(i + 1) == 'u' ? 6 : 2;
            index++;
        }
        int end = f.range().end() - 1; // the closing quote
        return new Range(start < 0 ? end : start, end);
    }

    /** A value's range (from its field name), and where the value itself starts. */
    private record Found(Range range, int valueStart) {
    }

    /** {@code triggers[3].exit_rule} → [triggers, 3, exit_rule]; quoted names {@code ["a b"]} are unquoted. */
    static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        if (path == null) return out;
        int i = 0;
        StringBuilder name = new StringBuilder();
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                flush(name, out);
                i++;
            } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '"') {
                flush(name, out);
                i += 2;
                StringBuilder quoted = new StringBuilder();
                while (i < path.length() && path.charAt(i) != '"') {
                    if (path.charAt(i) == '\\' && i + 1 < path.length()) i++;
                    quoted.append(path.charAt(i++));
                }
                out.add(quoted.toString());
                i += 2; // closing quote and bracket
            } else if (c == '[') {
                flush(name, out);
                int close = path.indexOf(']', i);
                if (close < 0) break;
                out.add(path.substring(i + 1, close));
                i = close + 1;
            } else {
                name.append(c);
                i++;
            }
        }
        flush(name, out);
        return out;
    }

    private static void flush(StringBuilder name, List<String> out) {
        if (name.length() > 0) out.add(name.toString());
        name.setLength(0);
    }

    private static JsonPointer pointer(List<String> segments) {
        JsonPointer p = JsonPointer.empty();
        for (String s : segments) {
            p = s.chars().allMatch(Character::isDigit) && !s.isEmpty() ? p.appendIndex(Integer.parseInt(s))
                    : p.appendProperty(s);
        }
        return p;
    }

    /** The value at the pointer, from its field name (when it has one) to its end; null when absent. */
    private static Found find(String json, JsonPointer target) {
        int lastGood = 0;
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                lastGood = (int) p.currentTokenLocation().getCharOffset();
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                if (!p.getParsingContext().pathAsPointer().equals(target)) continue;
                int start = lastGood;
                if (t == JsonToken.FIELD_NAME) t = p.nextToken();
                int valueStart = (int) p.currentTokenLocation().getCharOffset();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else {
                    p.finishToken(); // strings are read lazily: the end is known only once read
                }
                return new Found(new Range(start, (int) p.currentLocation().getCharOffset()), valueStart);
            }
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // broken JSON: point at where it broke, which is what the parse problem is about
            int at = e.getLocation() == null ? lastGood : (int) Math.max(0, e.getLocation().getCharOffset());
            return target.matches() ? new Found(new Range(at, at), -1) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
