package com.ladderbench.core.rules;

import java.util.List;

/**
 * The syntax tree of a rule. Every node knows the 1-based column of the token that names it
 * (its operator, or the literal / name itself), so checks can point at it.
 * Chains of one precedence level ({@code a + b - c}, {@code a and b and c}, {@code 1 < x < 2})
 * are single n-ary nodes: the tree's depth then grows only with nesting, which the parser bounds.
 */
public sealed interface Expr {

    int column();

    record NumberLiteral(int column, double value) implements Expr {}

    record BoolLiteral(int column, boolean value) implements Expr {}

    record NoneLiteral(int column) implements Expr {}

    /** A quoted text; only meaningful as {@code position == 'flat'|'long'|'short'}. */
    record TextLiteral(int column, String value) implements Expr {}

    /** An identifier as written; resolved by {@link Identifiers}. */
    record Name(int column, String name) implements Expr {}

    /** {@code name[bars]}; {@code column} is the name's, {@code bracketColumn} that of the '['. */
    record Lag(int column, Name target, int bars, int bracketColumn) implements Expr {}

    record Negate(int column, Expr operand) implements Expr {}

    record Not(int column, Expr operand) implements Expr {}

    enum ArithmeticOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/");

        private final String symbol;

        ArithmeticOp(String symbol) { this.symbol = symbol; }

        public String symbol() { return symbol; }
    }

    /** One {@code op operand} step of an arithmetic chain, with the operator's column. */
    record ArithmeticStep(ArithmeticOp op, int column, Expr operand) {}

    /** {@code first op1 x1 op2 x2 ...}, evaluated left to right; {@code column} is the first operator's. */
    record Arithmetic(int column, Expr first, List<ArithmeticStep> steps) implements Expr {
        public Arithmetic {
            steps = List.copyOf(steps);
        }
    }

    enum LogicalOp {
        AND("and"), OR("or");

        private final String word;

        LogicalOp(String word) { this.word = word; }

        public String word() { return word; }
    }

    /** {@code a and b and c} (or {@code or}); {@code column} is the first operator's. */
    record Logical(int column, LogicalOp op, List<Expr> operands) implements Expr {
        public Logical {
            operands = List.copyOf(operands);
        }
    }

    enum CompareOp {
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!=");

        private final String symbol;

        CompareOp(String symbol) { this.symbol = symbol; }

        public String symbol() { return symbol; }

        public boolean isEquality() { return this == EQ || this == NE; }
    }

    /** One {@code op operand} link of a comparison chain, with the operator's column. */
    record CompareStep(CompareOp op, int column, Expr operand) {}

    /**
     * {@code first op1 x1 op2 x2 ...}, Python-style: means {@code first op1 x1 and x1 op2 x2 ...}
     * with each operand written (and checked) once.
     */
    record Comparison(int column, Expr first, List<CompareStep> steps) implements Expr {
        public Comparison {
            steps = List.copyOf(steps);
        }
    }

    /** {@code value between low and high}: inclusive at both ends; {@code column} is that of 'between'. */
    record Between(int column, Expr value, Expr low, Expr high) implements Expr {}
}
