package com.ladderbench.core.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JSON parser's complaints into sentences an analyst can act on: no parser class
 * names, character codes, feature flags or "Source: REDACTED" location noise. The location
 * itself travels separately as {@code line L, col C}.
 */
final class SyntaxMessages {
    private SyntaxMessages() {
    }

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.*?)' \\(code [^)]*\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'$");
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '(.*?)'");
    private static final Pattern BAD_ESCAPE = Pattern.compile("^Unrecognized character escape '(.*?)'");
    private static final Pattern CTRL_CHAR = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

    /** {@code line 3, col 7}, or null when the parser did not say where. */
    static String location(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) return null;
        return loc.getColumnNr() < 1 ? "line " + loc.getLineNr()
                : "line " + loc.getLineNr() + ", col " + loc.getColumnNr();
    }

    static String describe(JsonProcessingException e) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String opened = openedStructure(e);
        if (e instanceof JsonEOFException || raw.startsWith("Unexpected end-of-input")) {
            if (raw.contains("closing quote")) return "the text ends inside a string: a closing \" is missing";
            return opened == null ? "the text ends too early: the JSON is incomplete"
                    : "the text ends too early: the " + opened + " is never closed";
        }
        Matcher m = DUPLICATE.matcher(raw);
        if (m.find()) return "duplicate field '" + m.group(1) + "': each field may appear only once";
        m = CLOSE_MARKER.matcher(raw);
        if (m.find()) {
            if (opened == null) return "unexpected '" + m.group(1) + "': nothing is open to close here";
            return "unexpected '" + m.group(1) + "': the " + opened + " must be closed with '" + m.group(2) + "' first";
        }
        if (raw.contains("maybe a (non-standard) comment")) return "comments are not allowed in JSON";
        if (raw.contains("in numeric value") || raw.startsWith("Invalid numeric value")) return invalidNumber(raw);
        m = UNEXPECTED_CHAR.matcher(raw);
        if (m.find()) return unexpectedCharacter(m.group(1), raw);
        m = UNRECOGNIZED_TOKEN.matcher(raw);
        if (m.find()) {
            return "unrecognised word '" + m.group(1)
                    + "': expected a value (a string in double quotes, a number, true, false, null, an object or an array)";
        }
        m = NON_STANDARD.matcher(raw);
        if (m.find()) return "'" + m.group(1) + "' is not a JSON number";
        m = BAD_ESCAPE.matcher(raw);
        if (m.find()) return "invalid escape '\\" + m.group(1) + "' in a string";
        m = CTRL_CHAR.matcher(raw);
        if (m.find()) {
            int code = Integer.parseInt(m.group(1));
            return code == 10 || code == 13 ? "a string must not span lines: write a line break as \\n"
                    : "a control character inside a string must be escaped";
        }
        if (raw.startsWith("Number value length")) return "number has too many digits";
        if (raw.startsWith("String value length")) return "string is too long";
        if (raw.contains("nesting depth")) return "objects and arrays are nested too deeply";
        return scrub(raw);
    }

    private static String invalidNumber(String raw) {
        if (raw.contains("Leading zeroes")) return "invalid number: leading zeroes are not allowed";
        if (raw.contains("Decimal point not followed")) return "invalid number: a digit must follow the decimal point";
        if (raw.contains("minus sign")) return "invalid number: a digit must follow '-'";
        if (raw.contains("plus sign")) return "invalid number: a leading '+' is not allowed";
        if (raw.contains("Exponent indicator not followed")) return "invalid number: a digit must follow the exponent";
        return "invalid number";
    }

    private static String unexpectedCharacter(String ch, String raw) {
        String shown = ch.isEmpty() ? "character" : "'" + ch + "'";
        if (raw.contains("double-quote to start field name")) {
            return "}".equals(ch) ? "a comma before '}' is not allowed (trailing comma)"
                    : "expected a field name in double quotes, found " + shown;
        }
        if (raw.contains("colon to separate field name and value")) return "expected ':' after the field name, found " + shown;
        if (raw.contains("comma to separate Object entries")) return "expected ',' or '}' after a field's value, found " + shown
                + ("\"".equals(ch) ? " (a missing comma?)" : "");
        if (raw.contains("comma to separate Array entries")) return "expected ',' or ']' after an array element, found " + shown
                + ("\"".equals(ch) || "{".equals(ch) ? " (a missing comma?)" : "");
        if ("'".equals(ch)) return "strings must be in double quotes, not single quotes";
        if ("]".equals(ch)) return "expected a value, found ']' (a trailing comma?)";
        return "expected a value, found " + shown;
    }

    /** "object that starts at line 1, col 1", from the parser's context when the error happened. */
    private static String openedStructure(JsonProcessingException e) {
        if (!(e instanceof StreamReadException sre) || sre.getProcessor() == null) return null;
        JsonParser p = sre.getProcessor();
        JsonStreamContext ctx = p.getParsingContext();
        if (ctx == null || ctx.inRoot()) return null;
        String where = location(ctx.startLocation(p.currentLocation().contentReference()));
        String kind = ctx.inObject() ? "object" : "array";
        return where == null ? kind : kind + " that starts at " + where;
    }

    /** Last resort for messages not recognised above: drop the parser's internals. */
    static String scrub(String raw) {
        String s = raw;
        int cut = s.indexOf("[Source:");
        if (cut >= 0) s = s.substring(0, cut);
        s = s.replaceAll("\\s*\\(code [^)]*\\)", "")
                .replaceAll("\\s*\\(?(for|start marker at)\\s*$", "")
                .replaceAll("`[^`]*`", "")
                .replaceAll("\\s*(enable|disable)\\s+to allow", "")
                .replaceAll("\\s+", " ")
                .trim();
        if (s.endsWith("(") || s.endsWith(",")) s = s.substring(0, s.length() - 1).trim();
        if (s.isEmpty()) return "not valid JSON";
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
