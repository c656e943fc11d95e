package com.ladderbench.core.rules;

/**
 * One token with its 1-based column. {@code text} is the token as written (used in messages);
 * for TEXT tokens it is the content between the quotes.
 */
record Token(TokenType type, String text, int column, double number) {

    /** How the token reads in an error message. */
    String describe() {
        switch (type) {
            case END: return "end of rule";
            case NUMBER: return "number " + Lexer.clip(text);
            case TEXT: return "text '" + Lexer.clip(text) + "'";
            default: return "'" + Lexer.clip(text) + "'";
        }
    }
}
