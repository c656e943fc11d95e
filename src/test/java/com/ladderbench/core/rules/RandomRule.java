package com.ladderbench.core.rules;

import static com.ladderbench.core.rules.RuleResult.FALSE;
import static com.ladderbench.core.rules.RuleResult.MISSING;
import static com.ladderbench.core.rules.RuleResult.TRUE;

import java.util.Random;

/**
 * Generates random well-typed rules together with an independent, straightforward evaluation of
 * the documented semantics, to compare the compiled form against.
 */
final class RandomRule {
    /** Reference numeric value: a kind plus, for VALUE, the number. */
    static final int VALUE = 0, NONE = 1, MISSING_NUM = 2;

    record Num(int kind, double v) {
        static final Num NONE_NUM = new Num(NONE, 0);
        static final Num MISSING_VALUE = new Num(MISSING_NUM, 0);

        static Num of(double v) {
            return Double.isNaN(v) ? NONE_NUM : new Num(VALUE, v);
        }
    }

    interface Gen {
        String source();

        default int cond(EvalContext c) { throw new IllegalStateException("not a condition"); }

        default Num num(EvalContext c) { throw new IllegalStateException("not a number"); }
    }

    private final Random random;
    private final RuleFuzzTest.Data data;

    RandomRule(Random random, RuleFuzzTest.Data data) {
        this.random = random;
        this.data = data;
    }

    private String sp() {
        return random.nextInt(4) == 0 ? "" : " ";
    }

    Gen condition(int depth) {
        int choice = depth >= 4 ? random.nextInt(4) : random.nextInt(12);
        switch (choice) {
            case 0: {
                boolean b = random.nextBoolean();
                String text = b ? (random.nextBoolean() ? "true" : "True") : (random.nextBoolean() ? "false" : "False");
                return cond(text, c -> b ? TRUE : FALSE);
            }
            case 1: {
                int sign = random.nextInt(3) - 1;
                String name = sign == 0 ? "is_flat" : sign == 1 ? "is_long" : "is_short";
                return cond(name, c -> c.positionSign == sign ? TRUE : FALSE);
            }
            case 2: {
                int sign = random.nextInt(3) - 1;
                boolean eq = random.nextBoolean();
                String word = sign == 0 ? "'flat'" : sign == 1 ? "'long'" : "\"short\"";
                return cond("position " + (eq ? "==" : "!=") + " " + word, c -> (c.positionSign == sign) == eq ? TRUE : FALSE);
            }
            case 3: return compare(number(depth + 1), number(depth + 1));
            case 4: return compare(number(depth + 1), number(depth + 1));
            case 5: { // chain of three
                Gen a = number(depth + 1), b = number(depth + 1), x = number(depth + 1);
                String op1 = compareOp(), op2 = compareOp();
                return cond(a.source() + sp() + op1 + sp() + b.source() + sp() + op2 + sp() + x.source(),
                        c -> and(compare(op1, a.num(c), b.num(c)), compare(op2, b.num(c), x.num(c))));
            }
            case 6: {
                Gen x = number(depth + 1), lo = number(depth + 1), hi = number(depth + 1);
                return cond(x.source() + " between " + lo.source() + " and " + hi.source(), c -> {
                    Num a = x.num(c), l = lo.num(c), h = hi.num(c);
                    if (a.kind() == MISSING_NUM || l.kind() == MISSING_NUM || h.kind() == MISSING_NUM) return MISSING;
                    if (a.kind() == NONE || l.kind() == NONE || h.kind() == NONE) return FALSE;
                    return l.v() <= a.v() && a.v() <= h.v() ? TRUE : FALSE;
                });
            }
            case 7: {
                Gen operand = condition(depth + 1);
                return cond("not " + paren(operand.source()), c -> {
                    int r = operand.cond(c);
                    return r == MISSING ? MISSING : r == TRUE ? FALSE : TRUE;
                });
            }
            case 8: case 9: {
                boolean isAnd = choice == 8;
                Gen a = condition(depth + 1), b = condition(depth + 1), x = condition(depth + 1);
                boolean three = random.nextBoolean();
                String op = isAnd ? " and " : " or ";
                String text = paren(a.source()) + op + paren(b.source()) + (three ? op + paren(x.source()) : "");
                return cond(text, c -> {
                    int r = isAnd ? and(a.cond(c), b.cond(c)) : or(a.cond(c), b.cond(c));
                    return three ? (isAnd ? and(r, x.cond(c)) : or(r, x.cond(c))) : r;
                });
            }
            case 10: {
                Gen a = condition(depth + 1), b = condition(depth + 1);
                boolean eq = random.nextBoolean();
                return cond(paren(a.source()) + (eq ? " == " : " != ") + paren(b.source()), c -> {
                    int x = a.cond(c), y = b.cond(c);
                    if (x == MISSING || y == MISSING) return MISSING;
                    return (x == y) == eq ? TRUE : FALSE;
                });
            }
            default: {
                Gen a = condition(depth + 1);
                return cond(paren(a.source()) + (random.nextBoolean() ? " == " : " != ") + "none",
                        c -> a.cond(c) == MISSING ? MISSING : FALSE);
            }
        }
    }

    private Gen compare(Gen a, Gen b) {
        String op = compareOp();
        return cond(a.source() + sp() + op + sp() + b.source(), c -> compare(op, a.num(c), b.num(c)));
    }

    private String compareOp() {
        return new String[] {"<", "<=", ">", ">=", "==", "!="}[random.nextInt(6)];
    }

    Gen number(int depth) {
        int choice = depth >= 5 ? random.nextInt(4) : random.nextInt(8);
        switch (choice) {
            case 0: {
                int v = random.nextInt(5) - 1;
                String text = random.nextBoolean() ? Integer.toString(v) : v + ".0";
                return num(text.startsWith("-") ? "(" + text + ")" : text, c -> Num.of(v));
            }
            case 1: {
                String[] names = {"close", "open", "sma_short", "tf_4h_close"};
                String name = names[random.nextInt(names.length)];
                int lag = random.nextInt(3) == 0 ? random.nextInt(4) : -1;
                String text = lag < 0 ? name : name + "[" + lag + "]";
                int l = Math.max(lag, 0);
                return num(text, c -> {
                    double v = data.read(name, l, c.bar);
                    return Double.isNaN(v) ? Num.MISSING_VALUE : new Num(VALUE, v);
                });
            }
            case 2: {
                if (random.nextInt(4) == 0) return num("none", c -> Num.NONE_NUM);
                if (random.nextBoolean()) return num("bars_in_position", c -> Num.of(c.barsInPosition));
                return num("unrealized_pnl_pct", c -> Num.of(c.unrealizedPnlPct));
            }
            case 3: {
                Gen a = number(depth + 1);
                return num("-" + paren(a.source()), c -> {
                    Num x = a.num(c);
                    return x.kind() == VALUE ? Num.of(-x.v()) : x;
                });
            }
            default: {
                Gen a = number(depth + 1), b = number(depth + 1);
                char op = "+-*/".charAt(random.nextInt(4));
                return num(paren(a.source()) + sp() + op + sp() + paren(b.source()), c -> arithmetic(op, a.num(c), b.num(c)));
            }
        }
    }

    private static String paren(String s) {
        return "(" + s + ")";
    }

    static Num arithmetic(char op, Num a, Num b) {
        if (a.kind() == MISSING_NUM || b.kind() == MISSING_NUM) return Num.MISSING_VALUE;
        if (a.kind() == NONE || b.kind() == NONE) return Num.NONE_NUM;
        switch (op) {
            case '+': return Num.of(a.v() + b.v());
            case '-': return Num.of(a.v() - b.v());
            case '*': return Num.of(a.v() * b.v());
            default: return b.v() == 0 ? Num.NONE_NUM : Num.of(a.v() / b.v());
        }
    }

    static int compare(String op, Num a, Num b) {
        if (a.kind() == MISSING_NUM || b.kind() == MISSING_NUM) return MISSING;
        if (a.kind() == NONE || b.kind() == NONE) return FALSE;
        boolean r;
        switch (op) {
            case "<": r = a.v() < b.v(); break;
            case "<=": r = a.v() <= b.v(); break;
            case ">": r = a.v() > b.v(); break;
            case ">=": r = a.v() >= b.v(); break;
            case "==": r = a.v() == b.v(); break;
            default: r = a.v() != b.v(); break;
        }
        return r ? TRUE : FALSE;
    }

    static int and(int a, int b) {
        if (a == FALSE || b == FALSE) return FALSE;
        return a == MISSING || b == MISSING ? MISSING : TRUE;
    }

    static int or(int a, int b) {
        if (a == TRUE || b == TRUE) return TRUE;
        return a == MISSING || b == MISSING ? MISSING : FALSE;
    }

    interface CondFn { int eval(EvalContext c); }

    interface NumFn { Num eval(EvalContext c); }

    private static Gen cond(String source, CondFn fn) {
        return new Gen() {
            @Override public String source() { return source; }

            @Override public int cond(EvalContext c) { return fn.eval(c); }
        };
    }

    private static Gen num(String source, NumFn fn) {
        return new Gen() {
            @Override public String source() { return source; }

            @Override public Num num(EvalContext c) { return fn.eval(c); }
        };
    }
}
