package com.ladderbench.core.rules;

import com.ladderbench.core.rules.Expr.ArithmeticStep;
import com.ladderbench.core.rules.Expr.CompareStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains a compiled rule at one bar without a second semantics: every sub-expression's value is
 * read from the very node the rule was compiled to (the compiler records which node each
 * sub-expression became), so the explanation agrees with {@link CompiledRule#evaluate} by
 * construction. Runs only for decision traces, outside the per-bar loop.
 */
final class RuleExplainer {
    private final Expr root;
    private final TypeChecker types;
    private final Map<Object, Object> nodes;

    RuleExplainer(Expr root, TypeChecker types, Map<Object, Object> nodes) {
        this.root = root;
        this.types = types;
        this.nodes = nodes;
    }

    RuleExplanation explain(String source, int result, EvalContext ctx) {
        Map<String, RuleExplanation.Reading> readings = new LinkedHashMap<>();
        Set<Object> deciding = Collections.newSetFromMap(new IdentityHashMap<>());
        if (result == RuleResult.FALSE) falseParts(root, ctx, deciding);
        if (result == RuleResult.MISSING) missingParts(root, ctx, deciding);
        List<RuleExplanation.Segment> segments = new ArrayList<>();
        print(root, ctx, deciding, false, readings, segments);
        List<String> decidingText = new ArrayList<>();
        collectDecidingText(root, deciding, ctx, decidingText);
        return new RuleExplanation(source, result, new ArrayList<>(readings.values()), decidingText,
                merge(segments));
    }

    // ---------------------------------------------------------------- values

    private int cond(Object e, EvalContext ctx) {
        return ((CondNode) nodes.get(e)).eval(ctx);
    }

    private boolean isCondition(Expr e) {
        return nodes.get(e) instanceof CondNode;
    }

    // ---------------------------------------------------------------- deciding parts

    /** The smallest sub-expressions that make {@code e} (known to be false) false. */
    private void falseParts(Expr e, EvalContext ctx, Set<Object> out) {
        if (e instanceof Expr.Logical l) {
            if (l.op() == Expr.LogicalOp.AND) {
                // the first false operand decides a conjunction
                for (Expr o : l.operands()) {
                    if (cond(o, ctx) == RuleResult.FALSE) {
                        falseParts(o, ctx, out);
                        return;
                    }
                }
            } else {
                // a disjunction is false only because every operand is
                for (Expr o : l.operands()) falseParts(o, ctx, out);
                return;
            }
        }
        if (e instanceof Expr.Comparison c && c.steps().size() > 1) {
            for (CompareStep s : c.steps()) {
                if (nodes.get(s) != null && cond(s, ctx) == RuleResult.FALSE) {
                    out.add(s);
                    return;
                }
            }
        }
        out.add(e);
    }

    /** The comparisons that are missing in a rule that is missing. */
    private void missingParts(Expr e, EvalContext ctx, Set<Object> out) {
        if (e instanceof Expr.Logical l) {
            for (Expr o : l.operands()) {
                if (cond(o, ctx) == RuleResult.MISSING) missingParts(o, ctx, out);
            }
            return;
        }
        if (e instanceof Expr.Not n && isCondition(n.operand())) {
            missingParts(n.operand(), ctx, out);
            return;
        }
        out.add(e);
    }

    // ---------------------------------------------------------------- printing

    private void print(Expr e, EvalContext ctx, Set<Object> deciding, boolean inDeciding,
            Map<String, RuleExplanation.Reading> readings, List<RuleExplanation.Segment> out) {
        boolean d = inDeciding || deciding.contains(e);
        if (e instanceof Expr.NumberLiteral n) {
            out.add(seg(number(n.value()), d));
        } else if (e instanceof Expr.BoolLiteral b) {
            out.add(seg(Boolean.toString(b.value()), d));
        } else if (e instanceof Expr.NoneLiteral) {
            out.add(seg("none", d));
        } else if (e instanceof Expr.TextLiteral t) {
            out.add(seg("'" + t.value() + "'", d));
        } else if (e instanceof Expr.Name n) {
            RuleExplanation.Reading r = reading(n, n.name(), ctx);
            readings.putIfAbsent(r.name(), r);
            out.add(new RuleExplanation.Segment(n.name(), r, d));
        } else if (e instanceof Expr.Lag l) {
            String label = l.target().name() + "[" + l.bars() + "]";
            RuleExplanation.Reading r = reading(l, label, ctx);
            readings.putIfAbsent(r.name(), r);
            out.add(new RuleExplanation.Segment(label, r, d));
        } else if (e instanceof Expr.Negate n) {
            out.add(seg("-", d));
            child(e, n.operand(), ctx, deciding, d, readings, out);
        } else if (e instanceof Expr.Not n) {
            out.add(seg("not ", d));
            child(e, n.operand(), ctx, deciding, d, readings, out);
        } else if (e instanceof Expr.Arithmetic a) {
            child(e, a.first(), ctx, deciding, d, readings, out);
            for (ArithmeticStep s : a.steps()) {
                out.add(seg(" " + s.op().symbol() + " ", d));
                child(e, s.operand(), ctx, deciding, d, readings, out);
            }
        } else if (e instanceof Expr.Logical l) {
            for (int i = 0; i < l.operands().size(); i++) {
                if (i > 0) out.add(seg(" " + l.op().word() + " ", d));
                child(e, l.operands().get(i), ctx, deciding, d, readings, out);
            }
        } else if (e instanceof Expr.Comparison c) {
            // a decisive link of a chain covers its two operands and its operator
            Expr left = c.first();
            boolean firstLinkDeciding = d || deciding.contains(c.steps().get(0));
            child(e, left, ctx, deciding, firstLinkDeciding, readings, out);
            for (int i = 0; i < c.steps().size(); i++) {
                CompareStep s = c.steps().get(i);
                boolean link = d || deciding.contains(s);
                out.add(seg(" " + s.op().symbol() + " ", link));
                boolean next = i + 1 < c.steps().size() && deciding.contains(c.steps().get(i + 1));
                child(e, s.operand(), ctx, deciding, link || next, readings, out);
            }
        } else if (e instanceof Expr.Between b) {
            child(e, b.value(), ctx, deciding, d, readings, out);
            out.add(seg(" between ", d));
            child(e, b.low(), ctx, deciding, d, readings, out);
            out.add(seg(" and ", d));
            child(e, b.high(), ctx, deciding, d, readings, out);
        }
    }

    private void child(Expr parent, Expr c, EvalContext ctx, Set<Object> deciding, boolean d,
            Map<String, RuleExplanation.Reading> readings, List<RuleExplanation.Segment> out) {
        // comparisons do not nest without parentheses: (a between b and c) == none
        boolean parens = precedence(c) < precedence(parent)
                || (precedence(c) == precedence(parent) && (precedence(c) == 4 || isChain(c) && c != firstOf(parent)));
        if (parens) out.add(seg("(", d || deciding.contains(c)));
        print(c, ctx, deciding, d, readings, out);
        if (parens) out.add(seg(")", d || deciding.contains(c)));
    }

    private static Expr firstOf(Expr parent) {
        if (parent instanceof Expr.Arithmetic a) return a.first();
        if (parent instanceof Expr.Logical l) return l.operands().get(0);
        return null;
    }

    private static boolean isChain(Expr e) {
        return e instanceof Expr.Arithmetic || e instanceof Expr.Logical || e instanceof Expr.Comparison;
    }

    /** Binding strength, loosest first, as the parser reads it. */
    private static int precedence(Expr e) {
        if (e instanceof Expr.Logical l) return l.op() == Expr.LogicalOp.OR ? 1 : 2;
        if (e instanceof Expr.Not) return 3;
        if (e instanceof Expr.Comparison || e instanceof Expr.Between) return 4;
        if (e instanceof Expr.Arithmetic a) {
            Expr.ArithmeticOp op = a.steps().get(0).op();
            return op == Expr.ArithmeticOp.ADD || op == Expr.ArithmeticOp.SUBTRACT ? 5 : 6;
        }
        if (e instanceof Expr.Negate) return 7;
        return 8;
    }

    private RuleExplanation.Reading reading(Expr e, String label, EvalContext ctx) {
        Object node = nodes.get(e);
        if (node instanceof NumNode n) {
            double v = n.value(ctx);
            return new RuleExplanation.Reading(label, v, v != v && n.missing(ctx), null);
        }
        if (node instanceof CondNode c) {
            int r = c.eval(ctx);
            return new RuleExplanation.Reading(label, Double.NaN, r == RuleResult.MISSING, RuleResult.name(r));
        }
        // the position identifier, compared with a text
        String side = ctx.positionSign > 0 ? "long" : ctx.positionSign < 0 ? "short" : "flat";
        return new RuleExplanation.Reading(label, Double.NaN, false, side);
    }

    private void collectDecidingText(Expr e, Set<Object> deciding, EvalContext ctx, List<String> out) {
        if (deciding.isEmpty()) return;
        walk(e, x -> {
            if (deciding.contains(x)) out.add(text(x, ctx));
        });
        walkSteps(e, (c, i) -> {
            CompareStep s = c.steps().get(i);
            if (!deciding.contains(s)) return;
            Expr left = i == 0 ? c.first() : c.steps().get(i - 1).operand();
            out.add(text(left, ctx) + " " + s.op().symbol() + " " + text(s.operand(), ctx));
        });
    }

    private String text(Expr e, EvalContext ctx) {
        List<RuleExplanation.Segment> segs = new ArrayList<>();
        print(e, ctx, Set.of(), false, new LinkedHashMap<>(), segs);
        StringBuilder b = new StringBuilder();
        for (RuleExplanation.Segment s : segs) b.append(s.text());
        return b.toString();
    }

    private static void walk(Expr e, java.util.function.Consumer<Expr> visit) {
        visit.accept(e);
        for (Expr c : children(e)) walk(c, visit);
    }

    private static void walkSteps(Expr e, java.util.function.ObjIntConsumer<Expr.Comparison> visit) {
        if (e instanceof Expr.Comparison c) {
            for (int i = 0; i < c.steps().size(); i++) visit.accept(c, i);
        }
        for (Expr c : children(e)) walkSteps(c, visit);
    }

    private static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.Lag l) out.add(l.target());
        if (e instanceof Expr.Negate n) out.add(n.operand());
        if (e instanceof Expr.Not n) out.add(n.operand());
        if (e instanceof Expr.Arithmetic a) {
            out.add(a.first());
            for (ArithmeticStep s : a.steps()) out.add(s.operand());
        }
        if (e instanceof Expr.Logical l) out.addAll(l.operands());
        if (e instanceof Expr.Comparison c) {
            out.add(c.first());
            for (CompareStep s : c.steps()) out.add(s.operand());
        }
        if (e instanceof Expr.Between b) {
            out.add(b.value());
            out.add(b.low());
            out.add(b.high());
        }
        return out;
    }

    private static RuleExplanation.Segment seg(String text, boolean deciding) {
        return new RuleExplanation.Segment(text, null, deciding);
    }

    /** Adjacent plain segments of one kind become one, so a reader gets few, whole pieces. */
    private static List<RuleExplanation.Segment> merge(List<RuleExplanation.Segment> in) {
        List<RuleExplanation.Segment> out = new ArrayList<>();
        for (RuleExplanation.Segment s : in) {
            int last = out.size() - 1;
            if (last >= 0 && s.reading() == null && out.get(last).reading() == null
                    && out.get(last).deciding() == s.deciding()) {
                out.set(last, new RuleExplanation.Segment(out.get(last).text() + s.text(), null, s.deciding()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** A literal as written: integers without a decimal point. */
    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
