package com.ladderbench.core.rules;

import com.ladderbench.core.rules.Expr.ArithmeticOp;
import com.ladderbench.core.rules.Expr.ArithmeticStep;
import com.ladderbench.core.rules.Expr.CompareOp;
import com.ladderbench.core.rules.Expr.CompareStep;
import com.ladderbench.core.rules.Expr.LogicalOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser. Precedence, loosest first:
 * {@code or < and < not < comparison/between < + - < * / < unary minus < lag [N] < primary}.
 * Recursion only happens through parentheses, {@code not} and unary minus, and is capped at
 * {@link #MAX_NESTING} so hostile input gets an error instead of a StackOverflowError.
 */
public final class RuleParser {
    public static final int MAX_LENGTH = 100_000;
    public static final int MAX_NESTING = 200;
    /** Longest lag accepted; beyond any series a backtest can hold comfortably. */
    public static final int MAX_LAG = 1_000_000;

    private final List<Token> tokens;
    private int pos;
    private int nesting;

    private RuleParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Expr parse(String source) throws RuleSyntaxException {
        if (source == null || source.isBlank()) throw new RuleSyntaxException(1, "rule is empty");
        if (source.length() > MAX_LENGTH) {
            throw new RuleSyntaxException(MAX_LENGTH + 1,
                    "rule is " + source.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
        }
        RuleParser parser = new RuleParser(Lexer.tokenize(source));
        Expr e = parser.or();
        Token t = parser.peek();
        if (t.type() != TokenType.END) {
            if (t.type() == TokenType.RPAREN) throw new RuleSyntaxException(t.column(), "unexpected ')' (no matching '(')");
            throw parser.unexpected(t);
        }
        return e;
    }

    private Expr or() throws RuleSyntaxException {
        Expr first = and();
        if (peek().type() != TokenType.OR) return first;
        int column = peek().column();
        List<Expr> operands = new ArrayList<>();
        operands.add(first);
        while (peek().type() == TokenType.OR) {
            pos++;
            operands.add(and());
        }
        return new Expr.Logical(column, LogicalOp.OR, operands);
    }

    private Expr and() throws RuleSyntaxException {
        Expr first = not();
        if (peek().type() != TokenType.AND) return first;
        int column = peek().column();
        List<Expr> operands = new ArrayList<>();
        operands.add(first);
        while (peek().type() == TokenType.AND) {
            pos++;
            operands.add(not());
        }
        return new Expr.Logical(column, LogicalOp.AND, operands);
    }

    private Expr not() throws RuleSyntaxException {
        Token t = peek();
        if (t.type() != TokenType.NOT) return comparison();
        pos++;
        enter(t);
        Expr operand = not();
        nesting--;
        return new Expr.Not(t.column(), operand);
    }

    private Expr comparison() throws RuleSyntaxException {
        Expr first = additive();
        Token t = peek();
        if (t.type() == TokenType.BETWEEN) {
            pos++;
            Expr low = additive();
            Token and = peek();
            if (and.type() != TokenType.AND) {
                throw new RuleSyntaxException(and.column(), "expected 'and' after 'between ...', found " + and.describe());
            }
            pos++;
            Expr high = additive();
            return new Expr.Between(t.column(), first, low, high);
        }
        CompareOp op = compareOp(t.type());
        if (op == null) return first;
        List<CompareStep> steps = new ArrayList<>();
        while (op != null) {
            Token opToken = peek();
            pos++;
            steps.add(new CompareStep(op, opToken.column(), additive()));
            op = compareOp(peek().type());
        }
        if (peek().type() == TokenType.BETWEEN) {
            throw new RuleSyntaxException(peek().column(), "'between' cannot follow a comparison; use parentheses or 'and'");
        }
        return new Expr.Comparison(t.column(), first, steps);
    }

    private static CompareOp compareOp(TokenType type) {
        switch (type) {
            case LT: return CompareOp.LT;
            case LE: return CompareOp.LE;
            case GT: return CompareOp.GT;
            case GE: return CompareOp.GE;
            case EQ: return CompareOp.EQ;
            case NE: return CompareOp.NE;
            default: return null;
        }
    }

    private Expr additive() throws RuleSyntaxException {
        Expr first = multiplicative();
        List<ArithmeticStep> steps = null;
        int column = peek().column();
        while (peek().type() == TokenType.PLUS || peek().type() == TokenType.MINUS) {
            Token op = tokens.get(pos++);
            if (steps == null) steps = new ArrayList<>();
            steps.add(new ArithmeticStep(op.type() == TokenType.PLUS ? ArithmeticOp.ADD : ArithmeticOp.SUBTRACT,
                    op.column(), multiplicative()));
        }
        return steps == null ? first : new Expr.Arithmetic(column, first, steps);
    }

    private Expr multiplicative() throws RuleSyntaxException {
        Expr first = unary();
        List<ArithmeticStep> steps = null;
        int column = peek().column();
        while (peek().type() == TokenType.STAR || peek().type() == TokenType.SLASH) {
            Token op = tokens.get(pos++);
            if (steps == null) steps = new ArrayList<>();
            steps.add(new ArithmeticStep(op.type() == TokenType.STAR ? ArithmeticOp.MULTIPLY : ArithmeticOp.DIVIDE,
                    op.column(), unary()));
        }
        return steps == null ? first : new Expr.Arithmetic(column, first, steps);
    }

    private Expr unary() throws RuleSyntaxException {
        Token t = peek();
        if (t.type() != TokenType.MINUS) return postfix();
        pos++;
        enter(t);
        Expr operand = unary();
        nesting--;
        return new Expr.Negate(t.column(), operand);
    }

    private Expr postfix() throws RuleSyntaxException {
        Expr e = primary();
        Token open = peek();
        if (open.type() != TokenType.LBRACKET) return e;
        if (!(e instanceof Expr.Name)) {
            throw new RuleSyntaxException(open.column(), "a lag [N] applies only to a name, e.g. close[1]");
        }
        pos++;
        Token n = peek();
        if (n.type() == TokenType.MINUS) {
            throw new RuleSyntaxException(n.column(), "a lag must be a whole number of bars >= 0, e.g. close[1]");
        }
        if (n.type() != TokenType.NUMBER) {
            throw new RuleSyntaxException(n.column(), "expected a number of bars inside [ ], found " + n.describe());
        }
        if (!isWholeNumber(n.text())) {
            throw new RuleSyntaxException(n.column(), "a lag must be a whole number of bars >= 0, found " + n.text());
        }
        if (n.number() > MAX_LAG) {
            throw new RuleSyntaxException(n.column(), "a lag of " + n.text() + " bars is too long; at most " + MAX_LAG);
        }
        pos++;
        Token close = peek();
        if (close.type() != TokenType.RBRACKET) {
            throw new RuleSyntaxException(close.column(), "expected ']', found " + close.describe());
        }
        pos++;
        if (peek().type() == TokenType.LBRACKET) {
            throw new RuleSyntaxException(peek().column(), "only one lag [N] per name; write close[3], not close[1][2]");
        }
        return new Expr.Lag(e.column(), (Expr.Name) e, (int) n.number(), open.column());
    }

    private static boolean isWholeNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') return false;
        }
        return true;
    }

    private Expr primary() throws RuleSyntaxException {
        Token t = peek();
        switch (t.type()) {
            case NUMBER: pos++; return new Expr.NumberLiteral(t.column(), t.number());
            case TEXT: pos++; return new Expr.TextLiteral(t.column(), t.text());
            case TRUE: pos++; return new Expr.BoolLiteral(t.column(), true);
            case FALSE: pos++; return new Expr.BoolLiteral(t.column(), false);
            case NONE: pos++; return new Expr.NoneLiteral(t.column());
            case NAME: pos++; return new Expr.Name(t.column(), t.text());
            case LPAREN: {
                pos++;
                enter(t);
                Expr inner = or();
                nesting--;
                Token close = peek();
                if (close.type() != TokenType.RPAREN) {
                    throw new RuleSyntaxException(close.column(),
                            "expected ')' to close '(' at col " + t.column() + ", found " + close.describe());
                }
                pos++;
                return inner;
            }
            case END:
                throw new RuleSyntaxException(t.column(), "unexpected end of rule: expected a value");
            default:
                throw unexpected(t);
        }
    }

    private void enter(Token t) throws RuleSyntaxException {
        if (++nesting > MAX_NESTING) {
            throw new RuleSyntaxException(t.column(), "expression nested more than " + MAX_NESTING + " levels deep");
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private RuleSyntaxException unexpected(Token t) {
        if (t.type() == TokenType.END) return new RuleSyntaxException(t.column(), "unexpected end of rule");
        String hint = "";
        Token prev = pos > 0 ? tokens.get(pos - 1) : null;
        if (t.type() == TokenType.NAME && prev != null && prev.type() != TokenType.LPAREN) {
            hint = " (missing 'and' / 'or' or an operator before it?)";
        }
        return new RuleSyntaxException(t.column(), "unexpected " + t.describe() + hint);
    }
}
