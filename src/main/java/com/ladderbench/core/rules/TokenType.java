package com.ladderbench.core.rules;

/** Lexical categories of the rule language. Keywords are recognised by the lexer, not the parser. */
enum TokenType {
    NUMBER, TEXT, NAME,
    AND, OR, NOT, BETWEEN, TRUE, FALSE, NONE,
    LT, LE, GT, GE, EQ, NE,
    PLUS, MINUS, STAR, SLASH,
    LPAREN, RPAREN, LBRACKET, RBRACKET,
    END
}
