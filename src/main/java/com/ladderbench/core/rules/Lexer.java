package com.ladderbench.core.rules;

import java.util.ArrayList;
import java.util.List;

/** Splits a rule into tokens. Every failure is a {@link RuleSyntaxException} with a column. */
final class Lexer {
    private final String src;
    private int pos;

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokenize(String src) throws RuleSyntaxException {
        return new Lexer(src).run();
    }

    /**
     * Characters of the token that starts at {@code from} (0-based); at least 1. A token the lexer
     * refuses (an unterminated text, a bad number) counts up to where the lexer stopped.
     */
    static int tokenLength(String src, int from) {
        Lexer l = new Lexer(src);
        l.pos = from;
        if (from >= src.length()) return 0;
        try {
            l.next();
        } catch (RuleSyntaxException e) {
            // pos is where reading stopped; a bad number ("12abc") spans the word it starts
            char c = src.charAt(from);
            if (isDigit(c) || c == '.') {
                while (l.pos < src.length() && (isNameStart(src.charAt(l.pos)) || isDigit(src.charAt(l.pos))
                        || src.charAt(l.pos) == '.')) l.pos++;
            }
        }
        return Math.max(1, Math.min(src.length(), l.pos) - from);
    }

    private List<Token> run() throws RuleSyntaxException {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= src.length()) {
                out.add(new Token(TokenType.END, "", pos + 1, 0));
                return out;
            }
            out.add(next());
        }
    }

    private void skipSpace() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') return;
            pos++;
        }
    }

    private Token next() throws RuleSyntaxException {
        int start = pos;
        char c = src.charAt(pos);
        if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) return number();
        if (isNameStart(c)) return name();
        if (c == '\'' || c == '"') return text(c);
        pos++;
        char n = pos < src.length() ? src.charAt(pos) : '\0';
        switch (c) {
            case '(': return op(TokenType.LPAREN, start);
            case ')': return op(TokenType.RPAREN, start);
            case '[': return op(TokenType.LBRACKET, start);
            case ']': return op(TokenType.RBRACKET, start);
            case '+': return op(TokenType.PLUS, start);
            case '-': return op(TokenType.MINUS, start);
            case '*': return op(TokenType.STAR, start);
            case '/': return op(TokenType.SLASH, start);
            case '<':
                if (n == '=') { pos++; return op(TokenType.LE, start); }
                if (n == '>') throw new RuleSyntaxException(start + 1, "unexpected '<>' (use '!=')");
                return op(TokenType.LT, start);
            case '>':
                if (n == '=') { pos++; return op(TokenType.GE, start); }
                return op(TokenType.GT, start);
            case '=':
                if (n == '=') { pos++; return op(TokenType.EQ, start); }
                throw new RuleSyntaxException(start + 1, "unexpected '=' (use '==' to compare)");
            case '!':
                if (n == '=') { pos++; return op(TokenType.NE, start); }
                throw new RuleSyntaxException(start + 1, "unexpected '!' (use 'not')");
            case '&':
                throw new RuleSyntaxException(start + 1, "unexpected '" + c + (n == '&' ? "&" : "") + "' (use 'and')");
            case '|':
                throw new RuleSyntaxException(start + 1, "unexpected '" + c + (n == '|' ? "|" : "") + "' (use 'or')");
            default:
                throw new RuleSyntaxException(start + 1, "unexpected character " + show(c));
        }
    }

    private Token op(TokenType type, int start) {
        return new Token(type, src.substring(start, pos), start + 1, 0);
    }

    private Token number() throws RuleSyntaxException {
        int start = pos;
        while (pos < src.length() && isDigit(src.charAt(pos))) pos++;
        if (pos < src.length() && src.charAt(pos) == '.') {
            pos++;
            while (pos < src.length() && isDigit(src.charAt(pos))) pos++;
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
            if (pos >= src.length() || !isDigit(src.charAt(pos))) {
                pos = mark + 1;
                throw invalidNumber(start);
            }
            while (pos < src.length() && isDigit(src.charAt(pos))) pos++;
        }
        // "12abc", "1.2.3": reject instead of silently splitting into two tokens
        if (pos < src.length() && (isNameStart(src.charAt(pos)) || isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
            throw invalidNumber(start);
        }
        String text = src.substring(start, pos);
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw invalidNumber(start);
        }
        if (Double.isInfinite(value)) throw new RuleSyntaxException(start + 1, "number " + text + " is out of range");
        return new Token(TokenType.NUMBER, text, start + 1, value);
    }

    private RuleSyntaxException invalidNumber(int start) {
        int end = pos;
        while (end < src.length() && (isNameStart(src.charAt(end)) || isDigit(src.charAt(end)) || src.charAt(end) == '.')) end++;
        return new RuleSyntaxException(start + 1, "invalid number '" + clip(src.substring(start, end)) + "'");
    }

    private Token name() {
        int start = pos;
        while (pos < src.length() && (isNameStart(src.charAt(pos)) || isDigit(src.charAt(pos)))) pos++;
        String text = src.substring(start, pos);
        return new Token(keyword(text), text, start + 1, 0);
    }

    private static TokenType keyword(String text) {
        switch (text) {
            case "and": return TokenType.AND;
            case "or": return TokenType.OR;
            case "not": return TokenType.NOT;
            case "between": return TokenType.BETWEEN;
            // Python's capitalised spellings too: strategists write Python
            case "true": case "True": return TokenType.TRUE;
            case "false": case "False": return TokenType.FALSE;
            case "none": case "None": return TokenType.NONE;
            default: return TokenType.NAME;
        }
    }

    private Token text(char quote) throws RuleSyntaxException {
        int start = pos;
        pos++;
        while (pos < src.length() && src.charAt(pos) != quote) pos++;
        if (pos >= src.length()) throw new RuleSyntaxException(start + 1, "unterminated text: missing closing " + quote);
        String content = src.substring(start + 1, pos);
        pos++;
        return new Token(TokenType.TEXT, content, start + 1, 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static String show(char c) {
        if (c >= 0x20 && c < 0x7f) return "'" + c + "'";
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }

    /** Keeps messages short when the offending text is huge. */
    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
