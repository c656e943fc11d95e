package com.ladderbench.core.rules;

import java.util.stream.Collectors;

/** Prints a tree as an s-expression so tests can state structure (precedence, associativity) compactly. */
final class Sexpr {
    private Sexpr() {}

    static String of(String rule) {
        try {
            return print(RuleParser.parse(rule));
        } catch (RuleSyntaxException e) {
            throw new AssertionError("should parse: " + rule + " -> " + e.getMessage(), e);
        }
    }

    static String print(Expr e) {
        if (e instanceof Expr.NumberLiteral) {
            double v = ((Expr.NumberLiteral) e).value();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        if (e instanceof Expr.BoolLiteral) return Boolean.toString(((Expr.BoolLiteral) e).value());
        if (e instanceof Expr.NoneLiteral) return "none";
        if (e instanceof Expr.TextLiteral) return "'" + ((Expr.TextLiteral) e).value() + "'";
        if (e instanceof Expr.Name) return ((Expr.Name) e).name();
        if (e instanceof Expr.Lag) return ((Expr.Lag) e).target().name() + "[" + ((Expr.Lag) e).bars() + "]";
        if (e instanceof Expr.Negate) return "(neg " + print(((Expr.Negate) e).operand()) + ")";
        if (e instanceof Expr.Not) return "(not " + print(((Expr.Not) e).operand()) + ")";
        if (e instanceof Expr.Arithmetic) {
            // print chains left-nested, which is how they evaluate
            Expr.Arithmetic a = (Expr.Arithmetic) e;
            String acc = print(a.first());
            for (Expr.ArithmeticStep s : a.steps()) acc = "(" + s.op().symbol() + " " + acc + " " + print(s.operand()) + ")";
            return acc;
        }
        if (e instanceof Expr.Logical) {
            Expr.Logical l = (Expr.Logical) e;
            return "(" + l.op().word() + " " + l.operands().stream().map(Sexpr::print).collect(Collectors.joining(" ")) + ")";
        }
        if (e instanceof Expr.Between) {
            Expr.Between b = (Expr.Between) e;
            return "(between " + print(b.value()) + " " + print(b.low()) + " " + print(b.high()) + ")";
        }
        Expr.Comparison c = (Expr.Comparison) e;
        StringBuilder sb = new StringBuilder("(cmp ").append(print(c.first()));
        for (Expr.CompareStep s : c.steps()) sb.append(' ').append(s.op().symbol()).append(' ').append(print(s.operand()));
        return sb.append(')').toString();
    }
}
